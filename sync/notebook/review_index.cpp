// What waits for the person to look at: conflict documents (two devices changed one field)
// until restored or dismissed, and likely duplicate people until merged or told apart.
#include "core/fields.h"
#include "notebook/kind_index.h"
#include "store/sqlite.h"

namespace rapport::notebook {

namespace {

constexpr std::string_view conflictTables[] = {"open_conflicts"};
constexpr std::string_view conflictSchema = R"sql(
    CREATE TABLE open_conflicts (
        doc INTEGER PRIMARY KEY REFERENCES docs(doc)
    );
)sql";

constexpr std::string_view duplicateTables[] = {"open_duplicates"};
constexpr std::string_view duplicateSchema = R"sql(
    CREATE TABLE open_duplicates (
        doc INTEGER PRIMARY KEY REFERENCES docs(doc)
    );
)sql";

Status indexOpen(sqlite::Database &db, std::int64_t doc, const Json &body, std::string_view sql)
{
    if (stringMember(body, "status") != "open")
        return {};
    return runForDocument(db, doc, sql);
}

Status indexConflict(sqlite::Database &db, std::int64_t doc, const Json &body)
{
    return indexOpen(db, doc, body, "INSERT INTO open_conflicts(doc) VALUES (?1)");
}

Status unindexConflict(sqlite::Database &db, std::int64_t doc)
{
    return runForDocument(db, doc, "DELETE FROM open_conflicts WHERE doc = ?1");
}

Status indexDuplicate(sqlite::Database &db, std::int64_t doc, const Json &body)
{
    return indexOpen(db, doc, body, "INSERT INTO open_duplicates(doc) VALUES (?1)");
}

Status unindexDuplicate(sqlite::Database &db, std::int64_t doc)
{
    return runForDocument(db, doc, "DELETE FROM open_duplicates WHERE doc = ?1");
}

} // namespace

constinit const KindIndex conflictKind {
    "conflict", 1, conflictSchema, conflictTables, indexConflict, unindexConflict, {}};
constinit const KindIndex duplicateKind {
    "duplicate", 1, duplicateSchema, duplicateTables, indexDuplicate, unindexDuplicate, {}};

} // namespace rapport::notebook
