#include "app/demo_notebook.h"

#include "app/demo_pictures.h"
#include "demo_data.h"
#include "merge/duplicates.h"
#include "models/display_text.h"
#include "notebook/notebook_queries.h"
#include "notebook/place_fields.h"
#include "store/store.h"
#include "town_places.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <utility>

namespace {

constexpr int accountCount = 40;
constexpr int contactCount = 120;
constexpr int visitCount = 240;

constexpr std::array feedbackSaid {"Happy with the delivery times",   "The new line sells well",
                                   "Prices went up too fast",         "Service call took a week",
                                   "Training helped the staff a lot", "Wants faster answers"};
constexpr std::array nextSteps {"Send the brochure",
                                "Bring samples",
                                "Answer the price question",
                                "Call about the delivery date",
                                "Bring the baseball cards",
                                "Send the quote",
                                "Introduce the service technician",
                                "Check the invoice"};

// The photo of a person's card (and, for one, the signed order as a PDF), kept with them as a
// salesperson keeps them.
rapport::Status attachCardPhoto(rapport::Store &store, const std::string &contactId, bool withOrder)
{
    auto contact = store.get(contactId);
    if (!contact)
        return contact.error();
    const auto text = [&](const char *key) {
        return QString::fromStdString(contact->body.value(key, std::string()));
    };
    auto account = store.get(contact->body.value("accountId", std::string()));
    const QString company
        = account ? QString::fromStdString(account->body.value("name", std::string())) : QString();
    contact->attachments.emplace(
        "business-card.jpg",
        rapport::Attachment::ofBytes(
            "image/jpeg",
            businessCardPhoto(text("firstName") + QLatin1Char(' ') + text("lastName"), company,
                              text("phone"), text("email"))));
    if (withOrder)
        contact->attachments.emplace(
            "signed-order.pdf",
            rapport::Attachment::ofBytes("application/pdf",
                                         "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
                                         "1 0 obj << /Type /Catalog >> endobj\n"
                                         "trailer << /Root 1 0 R >>\n%%EOF\n"));
    auto written = store.put(*contact);
    return written ? rapport::Status {} : rapport::Status {written.error()};
}

// The pages the screenshots open show them: the first person by name has their card and an
// order; two people of the first customer by name have their cards.
rapport::Status attachCardPhotos(rapport::Store &store)
{
    rapport::NotebookQueries queries(store);
    auto first = queries.contactsByName(std::nullopt, 1);
    if (!first)
        return first.error();
    if (!first->empty())
        if (auto kept = attachCardPhoto(store, first->front().id, true); !kept)
            return kept;
    auto accounts = queries.accounts({}, std::nullopt, 1);
    if (!accounts)
        return accounts.error();
    if (accounts->empty())
        return {};
    auto people = queries.contactsOfAccount(accounts->front().id);
    if (!people)
        return people.error();
    for (std::size_t i = 0; i < std::min<std::size_t>(2, people->size()); ++i)
        if (auto kept = attachCardPhoto(store, (*people)[i].id, false); !kept)
            return kept;
    return {};
}

// Where the demo salesperson lives and starts the day (the screenshots' `--at`).
constexpr rapport::places::GeoPoint home {52.520, 13.405}; // Berlin

// A point `metres` from `from` towards `degrees` (near enough on a town's scale).
rapport::places::GeoPoint offset(const rapport::places::GeoPoint &from, double metres,
                                 double degrees)
{
    const double radians = degrees * 3.14159265358979 / 180;
    const double north = metres * std::cos(radians), east = metres * std::sin(radians);
    return {from.latitude + north / 111'195,
            from.longitude + east / (111'195 * std::cos(from.latitude * 3.14159265358979 / 180))};
}

} // namespace

QString fillDemoNotebook(rapport::Store &store, const QDate &today)
{
    auto stats = store.stats();
    if (!stats)
        return QString::fromStdString(stats.error().message);
    if (stats->documents > 0)
        return QStringLiteral("--demo fills an empty notebook only; this one holds %1 records.")
            .arg(stats->documents);
    rapport::demo::Generator generate(static_cast<std::uint64_t>(today.toJulianDay()));
    auto put = [&store](const std::string &id, rapport::Json body) {
        rapport::Document doc;
        doc.id = id;
        doc.body = std::move(body);
        auto written = store.put(doc);
        return written ? rapport::Status {} : rapport::Status {written.error()};
    };
    auto written = store.writeBatch([&]() -> rapport::Status {
        using G = rapport::demo::Generator;
        // Each customer stands in its town: a third pinned by the salesperson, the others
        // learnt from where their visits were recorded (one in fifteen recorded elsewhere).
        std::map<std::string, rapport::places::GeoPoint> sites;
        for (int i = 0; i < accountCount; ++i) {
            auto account = generate.account(i);
            if (auto town = rapport::demo::townPlace(account.value("town", std::string()))) {
                const auto site = offset(*town, 300 + (i * 733) % 2500, i * 137.5);
                sites.emplace(G::accountId(i), site);
                if (i % 3 == 0)
                    account["place"] = rapport::notebook::placeJson(site);
            }
            if (auto ok = put(G::accountId(i), std::move(account)); !ok)
                return ok;
        }
        auto placeVisit = [&sites](rapport::Json &visit, int i) {
            const auto site = sites.find(visit.value("accountId", std::string()));
            if (site == sites.end())
                return;
            const bool stray = i % 15 == 7;
            auto position = rapport::notebook::placeJson(
                offset(site->second, stray ? 2000 + (i * 31) % 3000 : (i * 53) % 60, i * 97.0));
            position["accuracy"] = 5 + (i * 7) % 30;
            visit["position"] = std::move(position);
            if (!stray)
                visit["onSite"] = true;
        };
        for (int i = 0; i < contactCount; ++i) {
            auto contact = generate.contact(i, accountCount);
            // A few birthdays fall in the coming week, so that Today has some to show.
            if (i % 17 == 0)
                contact["birthday"] = "1979-" + display::isoDate(today.addDays(i % 7)).substr(5);
            if (auto ok = put(G::contactId(i), std::move(contact)); !ok)
                return ok;
        }
        for (int i = 0; i < visitCount; ++i) {
            auto visit = generate.visit(accountCount, contactCount);
            visit["date"] = display::isoDate(today.addDays(-1 - (i * 7) % 180));
            placeVisit(visit, i);
            if (auto ok = put(G::visitId(i), std::move(visit)); !ok)
                return ok;
        }
        // Today's plan: four customers nearest home, in an order that zigzags (the route page
        // puts them right).
        std::vector<std::pair<double, std::string>> byDistance;
        for (const auto &[id, site] : sites)
            byDistance.emplace_back(rapport::places::distanceMetres(home, site), id);
        std::sort(byDistance.begin(), byDistance.end());
        for (int i = 0; i < 4; ++i) {
            auto planned = generate.visit(accountCount, contactCount);
            if (byDistance.size() >= 4)
                planned["accountId"] = byDistance[static_cast<std::size_t>((i * 3) % 4)].second;
            planned.erase("contactIds"); // met nobody yet: the plan is for the customer
            planned.erase("notes");
            planned["date"] = display::isoDate(today);
            planned["planned"] = true;
            planned.erase("outcome");
            if (auto ok = put(G::visitId(visitCount + i), std::move(planned)); !ok)
                return ok;
        }
        for (int i = 0; i < 2 * accountCount; ++i) {
            rapport::Json feedback {
                {"type", "feedback"},
                {"schema", 1},
                {"accountId", G::accountId(i % accountCount)},
                {"date", display::isoDate(today.addDays(-3 - i))},
                {"score", 2 + (i * 7) % 4},
                {"said", feedbackSaid[static_cast<std::size_t>(i) % feedbackSaid.size()]}};
            if (auto ok = put("feedback-" + std::to_string(i), std::move(feedback)); !ok)
                return ok;
        }
        for (int i = 0; i < 24; ++i) {
            const auto due = today.addDays(i - 4);
            rapport::Json followUp {
                {"type", "followup"},
                {"schema", 1},
                {"title", nextSteps[static_cast<std::size_t>(i) % nextSteps.size()]},
                {"due", display::isoDate(due)},
                {"done", i < 2},
                {"accountId", G::accountId((i * 7) % accountCount)},
                {"visitId", G::visitId(i)}};
            if (auto ok = put("followup-" + std::to_string(i), std::move(followUp)); !ok)
                return ok;
        }
        // Leads from a trade show ten days ago: some followed up, one a customer now.
        constexpr std::array leads {
            std::pair {"Ann Lee", "Lee Ovens"}, std::pair {"Bo Chan", "Chan Café"},
            std::pair {"Cy Dorn", "Dorn Hotels"}, std::pair {"Dana Voss", "Voss Catering"},
            std::pair {"Eli Brandt", "Brandt Bakeries"}};
        for (std::size_t i = 0; i < leads.size(); ++i) {
            rapport::Json lead {{"type", "lead"},
                                {"schema", 1},
                                {"name", leads[i].first},
                                {"company", leads[i].second},
                                {"warmth", 1 + static_cast<int>(i % 3)},
                                {"event", "Bakery Expo"},
                                {"capturedOn", display::isoDate(today.addDays(-10))},
                                {"interests", rapport::Json::array({"ovens"})}};
            if (i == 0)
                lead["contactId"] = G::contactId(0);
            if (auto ok = put("lead-" + std::to_string(i), std::move(lead)); !ok)
                return ok;
        }
        // Two from the show the year before that nobody followed up: offered for forgetting.
        constexpr std::array oldLeads {std::pair {"Gus Hale", "Hale Mills"},
                                       std::pair {"Ida Brook", "Brook Patisserie"}};
        for (std::size_t i = 0; i < oldLeads.size(); ++i) {
            rapport::Json lead {{"type", "lead"},
                                {"schema", 1},
                                {"name", oldLeads[i].first},
                                {"company", oldLeads[i].second},
                                {"warmth", 1},
                                {"event", "Bakery Expo"},
                                {"capturedOn", display::isoDate(today.addDays(-375))}};
            if (auto ok = put("lead-old-" + std::to_string(i), std::move(lead)); !ok)
                return ok;
        }
        rapport::Json followUpLead {{"type", "followup"},
                                    {"schema", 1},
                                    {"title", "Send Bo the café oven brochure"},
                                    {"due", display::isoDate(today.addDays(3))},
                                    {"done", false},
                                    {"leadId", "lead-1"}};
        if (auto ok = put("followup-lead-1", std::move(followUpLead)); !ok)
            return ok;
        // The same person entered twice (on the phone and at the trade show): a pair to compare.
        auto twice = generate.contact(3, accountCount);
        auto first = store.get(G::contactId(3));
        if (!first)
            return first.error();
        for (const char *key : {"firstName", "lastName", "email", "accountId"})
            twice[key] = first->body[key];
        twice.erase("family");
        if (auto ok = put("contact-entered-twice", std::move(twice)); !ok)
            return ok;
        if (auto flagged = rapport::merge::flagLikelyDuplicates(store, 0); !flagged)
            return flagged.error();
        return attachCardPhotos(store);
    });
    return written ? QString() : QString::fromStdString(written.error().message);
}
