#pragma once

// What the notebook's query files share: stepping a statement into rows, and the columns and
// reader of a visit row. Internal to the store.
#include "notebook/notebook_queries.h"
#include "store/sqlite.h"

#include <string>
#include <vector>

namespace rapport::query_rows {

// Steps a query to its end, turning each row into a T.
template<typename T, typename ReadRow>
Result<std::vector<T>> collect(sqlite::Query &query, ReadRow readRow)
{
    std::vector<T> rows;
    while (true) {
        auto row = query.step();
        if (!row)
            return row.error();
        if (!*row)
            return rows;
        rows.push_back(readRow(query));
    }
}

inline std::string textOrEmpty(const sqlite::Query &query, int column)
{
    return query.isNull(column) ? std::string() : query.text(column);
}

// Columns: id, account id, account name, date, title, outcome, planned.
inline VisitRow readVisit(const sqlite::Query &query)
{
    return VisitRow {query.text(0),         textOrEmpty(query, 1), textOrEmpty(query, 2),
                     textOrEmpty(query, 3), textOrEmpty(query, 4), textOrEmpty(query, 5),
                     query.integer(6) != 0};
}

// A statement's first lines, as a macro so that each statement stays one string literal: the
// statement cache is keyed by the literal's address.
#define VISIT_COLUMNS                                                                              \
    "SELECT d.id, v.account_id, (SELECT a.name FROM accounts a JOIN docs ad ON ad.doc = a.doc "    \
    "WHERE ad.id = v.account_id), v.date, r.body ->> '$.title', r.body ->> '$.outcome', "          \
    "v.planned "

} // namespace rapport::query_rows
