// What customers said about how well their expectations were met, a score and words, by
// account and day (the trend on an account's page).
#include "notebook/index_fields.h"
#include "notebook/kind_index.h"
#include "notebook/search_index.h"
#include "store/sqlite.h"

#include <string>

namespace rapport::notebook {

// Named as well as anonymous: a unity build compiles the kinds' files as one, and each
// names its parts alike.
namespace {
namespace feedback_kind {

constexpr std::string_view tables[] = {"feedback"};

constexpr std::string_view schema = R"sql(
    CREATE TABLE feedback (
        doc        INTEGER PRIMARY KEY REFERENCES docs(doc),
        account_id TEXT,
        date       TEXT,
        score      INTEGER,
        said       TEXT,
        needs_next TEXT,
        contact_id TEXT
    );
    CREATE INDEX feedback_by_account ON feedback(account_id, date);
)sql";

Status index(sqlite::Database &db, std::int64_t doc, const Json &body)
{
    auto query = db.prepare("INSERT INTO feedback(doc, account_id, date, score, said, needs_next, "
                            "contact_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!query)
        return query.error();
    query->bind(1, doc).bind(2, optionalText(body, "accountId"));
    query->bind(3, optionalText(body, "date")).bind(4, optionalInteger(body, "score"));
    query->bind(5, optionalText(body, "said")).bind(6, optionalText(body, "needsNext"));
    query->bind(7, optionalText(body, "contactId"));
    if (auto inserted = query->run(); !inserted)
        return inserted;
    return search_index::add(db, doc, std::string(), searchableText(body, {"said", "needsNext"}));
}

Status unindex(sqlite::Database &db, std::int64_t doc)
{
    return runForDocument(db, doc, "DELETE FROM feedback WHERE doc = ?1");
}

// What its page edits.
constexpr RecordField fields[] = {
    {"accountId", FieldKind::Text},
    {"date", FieldKind::Text},
    {"said", FieldKind::Text},
    {"needsNext", FieldKind::Text},
};

} // namespace feedback_kind
} // namespace

// 2: what was said and the person are columns, not read from the body in SQL.
constinit const KindIndex feedbackKind {"feedback",
                                        2,
                                        feedback_kind::schema,
                                        feedback_kind::tables,
                                        feedback_kind::index,
                                        feedback_kind::unindex,
                                        feedback_kind::fields};

} // namespace rapport::notebook
