// Visits in the tables the screens read: by day and by account (with whether it is only
// planned), and who each was with ("last time you talked about ..."). A visit keeps its
// account's last visit and lapse day right as it comes, moves and goes.
#include "core/fields.h"
#include "notebook/index_fields.h"
#include "notebook/kind_index.h"
#include "notebook/place_fields.h"
#include "notebook/search_index.h"
#include "store/sqlite.h"

#include <string>

namespace rapport::notebook {

// Named as well as anonymous: a unity build compiles the kinds' files as one, and each
// names its parts alike.
namespace {
namespace visit_kind {

constexpr std::string_view tables[] = {"visits", "visit_contacts"};

constexpr std::string_view schema = R"sql(
    CREATE TABLE visits (
        doc        INTEGER PRIMARY KEY REFERENCES docs(doc),
        account_id TEXT,
        date       TEXT NOT NULL,
        planned    INTEGER NOT NULL DEFAULT 0,
        title      TEXT,
        outcome    TEXT,
        no_follow_up_needed INTEGER NOT NULL DEFAULT 0,
        latitude   REAL,
        longitude  REAL
    );
    CREATE INDEX visits_by_account ON visits(account_id, date);
    CREATE INDEX visits_by_date ON visits(date, doc);
    CREATE TABLE visit_contacts (
        contact_id TEXT NOT NULL,
        doc        INTEGER NOT NULL REFERENCES docs(doc),
        PRIMARY KEY (contact_id, doc)
    ) WITHOUT ROWID;
    CREATE INDEX visit_contacts_by_visit ON visit_contacts(doc);
)sql";

Status index(sqlite::Database &db, std::int64_t doc, const Json &body)
{
    const auto accountId = optionalText(body, "accountId");
    const auto position = placeMember(body, "position");
    if (auto date = optionalText(body, "date")) {
        auto query
            = db.prepare("INSERT INTO visits(doc, account_id, date, planned, title, outcome, "
                         "no_follow_up_needed, latitude, longitude) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!query)
            return query.error();
        query->bind(1, doc)
            .bind(2, accountId)
            .bind(3, *date)
            .bind(4, flag(body, "planned"))
            .bind(5, optionalText(body, "title"))
            .bind(6, optionalText(body, "outcome"))
            .bind(7, flag(body, "noFollowUpNeeded"));
        if (position)
            query->bind(8, position->latitude).bind(9, position->longitude);
        if (auto inserted = query->run(); !inserted)
            return inserted;
        // A visit done (not planned) may be the account's latest. (An edited visit was
        // unindexed first, which counted the account's visits again without it.)
        if (accountId && !flag(body, "planned")) {
            if (auto noted = noteAccountVisit(db, *accountId, *date); !noted)
                return noted;
            // Where it was recorded may move where the customer is thought to be.
            if (position) {
                if (auto placed = refreshAccountPlace(db, *accountId); !placed)
                    return placed;
            }
        }
    }
    if (auto contacts = body.find("contactIds"); contacts != body.end() && contacts->is_array()) {
        auto query
            = db.prepare("INSERT OR IGNORE INTO visit_contacts(contact_id, doc) VALUES (?, ?)");
        if (!query)
            return query.error();
        for (const auto &contact : *contacts) {
            if (!contact.is_string())
                continue;
            if (auto linked = query->bind(1, contact.get<std::string>()).bind(2, doc).run();
                !linked)
                return linked;
            query->reset();
        }
    }
    return search_index::add(db, doc, stringMember(body, "title"),
                             searchableText(body, {"notes", "outcome", "nextSteps", "topics"}));
}

Status unindex(sqlite::Database &db, std::int64_t doc)
{
    // A visit that goes away may have been its account's last.
    std::optional<std::string> accountId;
    bool placed = false;
    {
        auto query
            = db.prepare("SELECT account_id, latitude IS NOT NULL FROM visits WHERE doc = ?");
        if (!query)
            return query.error();
        auto row = query->bind(1, doc).step();
        if (!row)
            return row.error();
        if (*row && !query->isNull(0)) {
            accountId = query->text(0);
            placed = query->integer(1) != 0;
        }
    }
    for (std::string_view sql :
         {"DELETE FROM visits WHERE doc = ?1", "DELETE FROM visit_contacts WHERE doc = ?1"})
        if (auto removed = runForDocument(db, doc, sql); !removed)
            return removed;
    if (!accountId)
        return {};
    if (placed) {
        if (auto refreshed = refreshAccountPlace(db, *accountId); !refreshed)
            return refreshed;
    }
    return refreshAccountActivity(db, *accountId);
}

} // namespace visit_kind
} // namespace

// 2: title, outcome and "no follow-up needed" are columns, not read from the body in SQL.
// 3: where it was recorded (latitude, longitude), which places its account.
constinit const KindIndex visitKind {
    "visit", 3, visit_kind::schema, visit_kind::tables, visit_kind::index, visit_kind::unindex, {}};

} // namespace rapport::notebook
