#pragma once

// What the notebook's query files share: stepping a statement into rows, and the row readers
// (by column name) of more than one of them. Internal to the notebook.
#include "notebook/notebook_queries.h"
#include "store/sqlite.h"

#include <string>
#include <string_view>
#include <vector>

namespace rapport::query_rows {

// Steps a query to its end, turning each row into a T.
template<typename T, typename ReadRow>
Result<std::vector<T>> collect(sqlite::Query &query, ReadRow readRow)
{
    std::vector<T> rows;
    auto read = sqlite::forEachRow(query,
                                   [&](const sqlite::Query &row) { rows.push_back(readRow(row)); });
    if (!read)
        return read.error();
    return rows;
}

// A statement made of a row reader's columns and the rest of it.
inline std::string withColumns(std::string_view columns, std::string_view rest)
{
    std::string sql(columns);
    sql += rest;
    return sql;
}

// Where a row sits in its list, to page on from it: the statement's sort_key and position.
inline PageKey pageKey(const sqlite::Query &row)
{
    return PageKey {row.text("sort_key"), row.integer("position")};
}

// The columns readVisit reads.
constexpr std::string_view visitColumns
    = "SELECT d.id AS id, v.account_id AS account_id, (SELECT a.name FROM accounts a JOIN docs "
      "ad ON ad.doc = a.doc WHERE ad.id = v.account_id) AS account_name, v.date AS date, "
      "v.title AS title, v.outcome AS outcome, v.planned AS planned ";

inline VisitRow readVisit(const sqlite::Query &row)
{
    return VisitRow {
        row.text("id"),    row.text("account_id"), row.text("account_name"),   row.text("date"),
        row.text("title"), row.text("outcome"),    row.integer("planned") != 0};
}

// The columns readContact reads (a statement may add its own after them).
// The picture shown beside a person in a list: the digest of the first (by name) of their
// files that is an image, from the winning revision; found by the revision's row in
// attachment_refs, so a person without files costs one index probe.
constexpr std::string_view contactColumns
    = "SELECT d.id AS id, c.display_name AS name, c.account_id AS account_id, c.role AS role, "
      "c.sort_name AS sort_key, c.doc AS position, "
      "(SELECT a.digest FROM attachment_refs a JOIN revs r ON r.rid = a.rid "
      "WHERE a.rid = d.winner AND json_extract(r.body, '$._attachments.' || json_quote(a.name) "
      "|| '.content_type') LIKE 'image/%' ORDER BY a.name LIMIT 1) AS picture";

inline ContactRow readContact(const sqlite::Query &row)
{
    return ContactRow {row.text("id"),   row.text("name"), row.text("account_id"),
                       row.text("role"), pageKey(row),     row.text("picture")};
}

} // namespace rapport::query_rows
