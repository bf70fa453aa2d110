#include "demo_data.h"

#include "word_lists.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <functional>
#include <string_view>

namespace rapport::demo {

namespace {

constexpr std::array roles {"decision_maker", "influencer", "user", "order_processor",
                            "gatekeeper"};
constexpr std::array segments {"retail", "hospitality", "health", "trades", "industry"};

} // namespace

std::mt19937_64 Generator::rngFor(std::uint64_t kind, int index) const
{
    // A stream of its own for each record, so that what is drawn for one record does not
    // depend on how many records came before it.
    std::seed_seq seed {m_seed, kind, static_cast<std::uint64_t>(index)};
    return std::mt19937_64(seed);
}

Generator::Customer Generator::customer(int index) const
{
    auto rng = rngFor(1, index);
    NoteWriter writer(rng);
    Customer customer;
    customer.name = writer.companyName();
    customer.town = writer.town();
    customer.language = index % 3 == 0 ? Language::German : Language::English;
    return customer;
}

Generator::Person Generator::person(int index, int accountCount) const
{
    auto rng = rngFor(2, index);
    NoteWriter writer(rng);
    Person person;
    person.subject.firstName = writer.firstName();
    person.lastName = writer.lastName();
    person.subject.childIsDaughter = rng() % 2 == 0;
    person.subject.childName = writer.firstName(person.subject.childIsDaughter);
    person.subject.interest = writer.interest();
    person.hasChild = rng() % 3 != 0;
    person.accountIndex
        = static_cast<int>(rng() % static_cast<std::uint64_t>(std::max(accountCount, 1)));
    return person;
}

NoteSubject Generator::subjectOf(const Person &person, const Customer &at)
{
    auto subject = person.subject;
    subject.town = at.town;
    if (!person.hasChild)
        subject.childName.clear(); // the notes then speak of no child
    return subject;
}

int Generator::pick(int count)
{
    return static_cast<int>(m_rng() % static_cast<std::uint64_t>(count));
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
    const auto who = customer(index);
    NoteWriter writer(m_rng);
    NoteSubject owner;
    owner.firstName = writer.firstName();
    owner.town = who.town;
    return Json {
        {"type", "account"},
        {"schema", 1},
        {"name", who.name},
        {"town", who.town},
        {"segment", segments[static_cast<std::size_t>(pick(static_cast<int>(segments.size())))]},
        {"tier", std::string(1, static_cast<char>('A' + pick(3)))},
        {"size", 1 + pick(500)},
        {"potential", 1 + pick(2000)},
        {"cadenceDays", 14 * (1 + pick(6))},
        {"notes", writer.accountNotes(who.language, owner, 1, 4)}};
}

Json Generator::contact(int index, int accountCount)
{
    const auto who = person(index, accountCount);
    const auto at = customer(who.accountIndex);
    NoteWriter writer(m_rng);
    const auto subject = subjectOf(who, at);
    Json family = Json::array();
    if (who.hasChild)
        family.push_back(Json {
            {"id", "f1"},
            {"name", who.subject.childName},
            {"relation", subject.childIsDaughter ? "daughter" : "son"},
            {"interests", Json::array({std::string(words::interests()[writer.interest()])})}});
    if (pick(3) == 0) {
        const bool daughter = pick(2) == 0;
        family.push_back(Json {{"id", "f2"},
                               {"name", writer.firstName(daughter)},
                               {"relation", daughter ? "daughter" : "son"},
                               {"interests", Json::array()}});
    }
    return Json {{"type", "contact"},
                 {"schema", 1},
                 {"accountId", accountId(who.accountIndex)},
                 {"firstName", subject.firstName},
                 {"lastName", who.lastName},
                 {"role", roles[static_cast<std::size_t>(pick(static_cast<int>(roles.size())))]},
                 {"email", "person" + std::to_string(index) + "@example.org"},
                 {"phone", "+49 170 " + std::to_string(1000000 + index)},
                 // The customer's language, or by index where that is English.
                 {"preferredLanguage",
                  at.language == Language::German
                      ? "German"
                      : std::array {"English", "English", "Danish", "French"}[index % 4]},
                 {"birthday", date(1955, 2000)},
                 {"family", family},
                 {"hobbies", Json::array({std::string(words::interests()[subject.interest])})},
                 {"howWeMet", writer.howWeMet(at.language, subject)},
                 {"notes", writer.personNotes(at.language, subject, 1, 5)}};
}

Json Generator::visit(int accountCount, int contactCount)
{
    const int contactIndex = pick(contactCount);
    const auto who = person(contactIndex, accountCount);
    const auto at = customer(who.accountIndex);
    NoteWriter writer(m_rng);
    const auto subject = subjectOf(who, at);
    return Json {{"type", "visit"},
                 {"schema", 1},
                 {"accountId", accountId(who.accountIndex)},
                 {"contactIds", Json::array({contactId(contactIndex)})},
                 {"date", date(2019, 2026)},
                 {"title", writer.visitTitle(at.language)},
                 {"notes", writer.visitNotes(at.language, subject, 3, 14)},
                 {"outcome", writer.visitOutcome(at.language, subject)}};
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
                 Generator::visitId(i), {}, false, generator.visit(accounts, contacts)};
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
