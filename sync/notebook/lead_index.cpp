// Trade-show leads in the tables the screens read: who, from which company, how warm (1 cold to
// 3 hot), captured when and where, and the contact it became, if it was converted.
#include "core/fields.h"
#include "notebook/index_fields.h"
#include "notebook/kind_index.h"
#include "notebook/search_index.h"
#include "store/sqlite.h"

namespace rapport::notebook {

// Named as well as anonymous: a unity build compiles the kinds' files as one, and each
// names its parts alike.
namespace {
namespace lead_kind {

constexpr std::string_view tables[] = {"leads"};

constexpr std::string_view schema = R"sql(
    CREATE TABLE leads (
        doc         INTEGER PRIMARY KEY REFERENCES docs(doc),
        name        TEXT NOT NULL,
        company     TEXT,
        warmth      INTEGER,
        captured_on TEXT,
        event       TEXT,
        contact_id  TEXT
    );
    CREATE INDEX leads_by_capture ON leads(captured_on, doc);
    CREATE INDEX leads_by_contact ON leads(contact_id) WHERE contact_id IS NOT NULL;
)sql";

Status index(sqlite::Database &db, std::int64_t doc, const Json &body)
{
    const auto name = stringMember(body, "name");
    auto query = db.prepare("INSERT INTO leads(doc, name, company, warmth, captured_on, event, "
                            "contact_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!query)
        return query.error();
    query->bind(1, doc).bind(2, name).bind(3, optionalText(body, "company"));
    query->bind(4, optionalInteger(body, "warmth"));
    query->bind(5, optionalText(body, "capturedOn")).bind(6, optionalText(body, "event"));
    query->bind(7, optionalText(body, "contactId"));
    if (auto inserted = query->run(); !inserted)
        return inserted;
    return search_index::add(
        db, doc, name, searchableText(body, {"company", "email", "phone", "interests", "notes"}));
}

Status unindex(sqlite::Database &db, std::int64_t doc)
{
    return runForDocument(db, doc, "DELETE FROM leads WHERE doc = ?1");
}

// What its page edits.
constexpr RecordField fields[] = {
    {"name", FieldKind::Text},      {"company", FieldKind::Text},    {"email", FieldKind::Text},
    {"phone", FieldKind::Text},     {"title", FieldKind::Text},      {"notes", FieldKind::Text},
    {"event", FieldKind::Text},     {"capturedOn", FieldKind::Text}, {"contactId", FieldKind::Text},
    {"interests", FieldKind::List},
};

} // namespace lead_kind
} // namespace

constinit const KindIndex leadKind {
    "lead",           1, lead_kind::schema, lead_kind::tables, lead_kind::index, lead_kind::unindex,
    lead_kind::fields};

} // namespace rapport::notebook
