// Follow-ups in the tables the screens read: open ones by due day, and what each came from (a
// visit, a trade-show lead) and is about (an account, a person).
#include "core/fields.h"
#include "notebook/index_fields.h"
#include "notebook/kind_index.h"
#include "notebook/search_index.h"
#include "store/sqlite.h"

namespace rapport::notebook {

// Named as well as anonymous: a unity build compiles the kinds' files as one, and each
// names its parts alike.
namespace {
namespace follow_up_kind {

constexpr std::string_view tables[] = {"followups"};

constexpr std::string_view schema = R"sql(
    CREATE TABLE followups (
        doc        INTEGER PRIMARY KEY REFERENCES docs(doc),
        title      TEXT NOT NULL,
        due        TEXT,
        done       INTEGER NOT NULL,
        account_id TEXT,
        contact_id TEXT,
        visit_id   TEXT,
        lead_id    TEXT
    );
    CREATE INDEX followups_open ON followups(done, due, doc);
    CREATE INDEX followups_open_by_contact ON followups(contact_id, due) WHERE done = 0;
    CREATE INDEX followups_by_contact ON followups(contact_id) WHERE contact_id IS NOT NULL;
    CREATE INDEX followups_by_visit ON followups(visit_id) WHERE visit_id IS NOT NULL;
    CREATE INDEX followups_by_lead ON followups(lead_id) WHERE lead_id IS NOT NULL;
    CREATE INDEX followups_open_by_account ON followups(account_id, due) WHERE done = 0;
)sql";

Status index(sqlite::Database &db, std::int64_t doc, const Json &body)
{
    const auto title = stringMember(body, "title");
    auto query = db.prepare("INSERT INTO followups(doc, title, due, done, account_id, contact_id, "
                            "visit_id, lead_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!query)
        return query.error();
    query->bind(1, doc).bind(2, title).bind(3, optionalText(body, "due"));
    query->bind(4, flag(body, "done"));
    query->bind(5, optionalText(body, "accountId")).bind(6, optionalText(body, "contactId"));
    query->bind(7, optionalText(body, "visitId")).bind(8, optionalText(body, "leadId"));
    if (auto inserted = query->run(); !inserted)
        return inserted;
    return search_index::add(db, doc, title, searchableText(body, {"notes"}));
}

Status unindex(sqlite::Database &db, std::int64_t doc)
{
    return runForDocument(db, doc, "DELETE FROM followups WHERE doc = ?1");
}

} // namespace follow_up_kind
} // namespace

// 2: open ones by account ("near me" counts those due at each customer).
constinit const KindIndex followUpKind {"followup",
                                        2,
                                        follow_up_kind::schema,
                                        follow_up_kind::tables,
                                        follow_up_kind::index,
                                        follow_up_kind::unindex,
                                        {}};

} // namespace rapport::notebook
