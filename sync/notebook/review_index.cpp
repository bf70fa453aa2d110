// What waits for the person to look at: conflict documents (two devices changed one field)
// until restored or dismissed, and likely duplicate people until merged or told apart.
#include "core/fields.h"
#include "notebook/index_fields.h"
#include "notebook/kind_index.h"
#include "store/sqlite.h"

namespace rapport::notebook {

namespace {

constexpr std::string_view conflictTables[] = {"open_conflicts"};
constexpr std::string_view conflictSchema = R"sql(
    CREATE TABLE open_conflicts (
        doc      INTEGER PRIMARY KEY REFERENCES docs(doc),
        about_id TEXT  -- the record whose value was lost
    );
)sql";

constexpr std::string_view duplicateTables[] = {"open_duplicates"};
constexpr std::string_view duplicateSchema = R"sql(
    CREATE TABLE open_duplicates (
        doc       INTEGER PRIMARY KEY REFERENCES docs(doc),
        first_id  TEXT NOT NULL,
        second_id TEXT NOT NULL
    );
)sql";

// What merge/conflict_resolver writes: {"status": "open", "docId": the record, ...}.
Status indexConflict(sqlite::Database &db, std::int64_t doc, const Json &body)
{
    if (stringMember(body, "status") != "open")
        return {};
    auto query = db.prepare("INSERT INTO open_conflicts(doc, about_id) VALUES (?, ?)");
    if (!query)
        return query.error();
    return query->bind(1, doc).bind(2, optionalText(body, "docId")).run();
}

Status unindexConflict(sqlite::Database &db, std::int64_t doc)
{
    return runForDocument(db, doc, "DELETE FROM open_conflicts WHERE doc = ?1");
}

// The pair, as merge/duplicates writes it: {"ids": [first, second]}.
Status indexDuplicate(sqlite::Database &db, std::int64_t doc, const Json &body)
{
    auto ids = body.find("ids");
    if (stringMember(body, "status") != "open" || ids == body.end() || !ids->is_array()
        || ids->size() != 2 || !(*ids)[0].is_string() || !(*ids)[1].is_string())
        return {};
    auto query
        = db.prepare("INSERT INTO open_duplicates(doc, first_id, second_id) VALUES (?, ?, ?)");
    if (!query)
        return query.error();
    return query->bind(1, doc)
        .bind(2, (*ids)[0].get<std::string>())
        .bind(3, (*ids)[1].get<std::string>())
        .run();
}

Status unindexDuplicate(sqlite::Database &db, std::int64_t doc)
{
    return runForDocument(db, doc, "DELETE FROM open_duplicates WHERE doc = ?1");
}

} // namespace

// 2: the record it is about is a column, not read from the body in SQL.
constinit const KindIndex conflictKind {
    "conflict", 2, conflictSchema, conflictTables, indexConflict, unindexConflict, {}};
// 2: the pair's ids are columns, not read from the body in SQL.
constinit const KindIndex duplicateKind {
    "duplicate", 2, duplicateSchema, duplicateTables, indexDuplicate, unindexDuplicate, {}};

} // namespace rapport::notebook
