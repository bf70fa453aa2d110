#include "demo_data.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <functional>
#include <string_view>

namespace rapport::demo {

namespace {

constexpr std::array firstNames {"Anna",    "Jonas",  "Mara",   "Lukas",  "Sofia", "Ben",
                                 "Emma",    "Paul",   "Lea",    "Felix",  "Ida",   "Noah",
                                 "Clara",   "Elias",  "Marta",  "Tomasz", "Aylin", "Mehmet",
                                 "Siobhan", "Pierre", "Giulia", "Ruth",   "Oskar", "Nele"};
constexpr std::array lastNames {"Weber",   "Schmidt", "Kowalski", "Berg",   "Lind",
                                "Fischer", "Novak",   "Rossi",    "Dubois", "Yilmaz",
                                "O'Brien", "Hofmann", "Krüger",   "Meyer",  "Wagner",
                                "Becker",  "Larsen",  "Santos",   "Horvat", "Svoboda"};
constexpr std::array towns {"Bremen",    "Köln",     "Leipzig", "Kassel", "Münster",
                            "Ulm",       "Freiburg", "Rostock", "Erfurt", "Augsburg",
                            "Bielefeld", "Trier",    "Passau",  "Lübeck"};
constexpr std::array trades {"Bakery",     "Brewery",  "Dental Practice",  "Garden Centre",
                             "Joinery",    "Pharmacy", "Print Shop",       "Hotel",
                             "Car Repair", "Butcher",  "Veterinary Clinic"};
constexpr std::array interests {"baseball cards", "sailing",  "chess",       "marathons",
                                "jazz",           "football", "gardening",   "birdwatching",
                                "wine",           "cycling",  "photography", "fishing"};
constexpr std::array roles {"decision_maker", "influencer", "user", "order_processor",
                            "gatekeeper"};
constexpr std::array segments {"retail", "hospitality", "health", "trades", "industry"};
constexpr std::array words {
    "the",      "order",      "delivery", "price",    "new",     "line",      "samples",
    "brochure", "next",       "quarter",  "asked",    "about",   "team",      "expansion",
    "budget",   "meeting",    "visit",    "customer", "happy",   "with",      "service",
    "wants",    "discount",   "trial",    "machine",  "support", "training",  "contract",
    "renewal",  "competitor", "offer",    "follow",   "up",      "call",      "week",
    "month",    "invoice",    "problem",  "solved",   "and",     "we",        "talked",
    "his",      "her",        "daughter", "son",      "holiday", "warehouse", "stock"};

} // namespace

int Generator::pick(int count)
{
    return static_cast<int>(m_rng() % static_cast<std::uint64_t>(count));
}

std::string Generator::sentence(int minWords, int maxWords)
{
    const int count = minWords + pick(maxWords - minWords + 1);
    std::string text;
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            text += (i % 12 == 0) ? ". " : " ";
        text += words[static_cast<std::size_t>(pick(static_cast<int>(words.size())))];
    }
    text += '.';
    return text;
}

std::string Generator::date(int firstYear, int lastYear)
{
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d",
                  firstYear + pick(lastYear - firstYear + 1), 1 + pick(12), 1 + pick(28));
    return buffer;
}

Json Generator::account(int index)
{
    const auto &town = towns[static_cast<std::size_t>(pick(static_cast<int>(towns.size())))];
    const auto &trade = trades[static_cast<std::size_t>(pick(static_cast<int>(trades.size())))];
    const auto &owner
        = lastNames[static_cast<std::size_t>(pick(static_cast<int>(lastNames.size())))];
    return Json {
        {"type", "account"},
        {"schema", 1},
        {"name", std::string(owner) + " " + trade + " " + std::to_string(index)},
        {"town", town},
        {"segment", segments[static_cast<std::size_t>(pick(static_cast<int>(segments.size())))]},
        {"tier", std::string(1, static_cast<char>('A' + pick(3)))},
        {"size", 1 + pick(500)},
        {"potential", 1 + pick(2000)},
        {"cadenceDays", 14 * (1 + pick(6))},
        {"notes", sentence(10, 40)}};
}

Json Generator::contact(int index, int accountCount)
{
    Json family = Json::array();
    for (int i = pick(3); i > 0; --i) {
        family.push_back(
            Json {{"id", "f" + std::to_string(i)},
                  {"name",
                   firstNames[static_cast<std::size_t>(pick(static_cast<int>(firstNames.size())))]},
                  {"relation", pick(2) ? "son" : "daughter"},
                  {"interests",
                   Json::array({interests[static_cast<std::size_t>(
                       pick(static_cast<int>(interests.size())))]})}});
    }
    return Json {
        {"type", "contact"},
        {"schema", 1},
        {"accountId", accountId(pick(accountCount))},
        {"firstName",
         firstNames[static_cast<std::size_t>(pick(static_cast<int>(firstNames.size())))]},
        {"lastName", lastNames[static_cast<std::size_t>(pick(static_cast<int>(lastNames.size())))]},
        {"role", roles[static_cast<std::size_t>(pick(static_cast<int>(roles.size())))]},
        {"email", "person" + std::to_string(index) + "@example.org"},
        {"phone", "+49 170 " + std::to_string(1000000 + index)},
        // By index, not drawn: what the other fields draw stays as it was for every seed.
        {"preferredLanguage", std::array {"German", "English", "Danish", "French"}[index % 4]},
        {"birthday", date(1955, 2000)},
        {"family", family},
        {"hobbies",
         Json::array(
             {interests[static_cast<std::size_t>(pick(static_cast<int>(interests.size())))]})},
        {"howWeMet", sentence(5, 15)},
        {"notes", sentence(20, 80)}};
}

Json Generator::visit(int index, int accountCount, int contactCount)
{
    return Json {{"type", "visit"},
                 {"schema", 1},
                 {"accountId", accountId(pick(accountCount))},
                 {"contactIds", Json::array({contactId(pick(contactCount))})},
                 {"date", date(2019, 2026)},
                 {"title", "Visit " + std::to_string(index)},
                 {"notes", sentence(40, 160)},
                 {"outcome", sentence(5, 20)}};
}

Status writeNotebook(Store &store, std::uint64_t seed, int accounts, int contacts, int visits)
{
    Generator generator(seed);
    struct Kind
    {
        int count;
        std::function<Document(int)> make;
    };
    const Kind kinds[] = {
        {accounts,
         [&](int i) {
             return Document {Generator::accountId(i), {}, false, generator.account(i)};
         }},
        {contacts,
         [&](int i) {
             return Document {Generator::contactId(i), {}, false, generator.contact(i, accounts)};
         }},
        {visits,
         [&](int i) {
             return Document {
                 Generator::visitId(i), {}, false, generator.visit(i, accounts, contacts)};
         }},
    };
    // Large batches: one durable commit per 2,000 documents, as an import would write.
    constexpr int batchSize = 2000;
    for (const auto &kind : kinds) {
        for (int first = 0; first < kind.count; first += batchSize) {
            auto status = store.writeBatch([&]() -> Status {
                for (int i = first; i < std::min(first + batchSize, kind.count); ++i) {
                    auto written = store.put(kind.make(i));
                    if (!written)
                        return written.error();
                }
                return {};
            });
            if (!status)
                return status;
        }
    }
    return {};
}

} // namespace rapport::demo
