#include "notebook/record_type_index.h"

#include "store/sqlite.h"

namespace rapport::notebook::record_type_index {

namespace {

constexpr std::string_view tableNames[] = {"record_types"};

} // namespace

const std::string_view schema = R"sql(
    CREATE TABLE record_types (
        doc  INTEGER PRIMARY KEY REFERENCES docs(doc),
        type TEXT NOT NULL
    );
)sql";
const std::span<const std::string_view> tables = tableNames;

Status rebuild(sqlite::Database &db)
{
    return db.exec(R"sql(
        INSERT INTO record_types(doc, type)
        SELECT d.doc, CASE json_type(r.body, '$.type') WHEN 'text' THEN r.body ->> '$.type' ELSE '' END
        FROM docs d JOIN revs r ON r.rid = d.winner WHERE d.deleted = 0)sql");
}

Status add(sqlite::Database &db, std::int64_t doc, std::string_view type)
{
    auto query = db.prepare("INSERT INTO record_types(doc, type) VALUES (?, ?)");
    if (!query)
        return query.error();
    return query->bind(1, doc).bind(2, type).run();
}

Status remove(sqlite::Database &db, std::int64_t doc)
{
    auto query = db.prepare("DELETE FROM record_types WHERE doc = ?");
    if (!query)
        return query.error();
    return query->bind(1, doc).run();
}

} // namespace rapport::notebook::record_type_index
