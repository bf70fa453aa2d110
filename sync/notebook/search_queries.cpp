// What the person types into search, over the notebook's full-text index, and what kinds of
// record there are to find.
#include "notebook/notebook_queries.h"
#include "notebook/search_query.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "store/tuning.h"

#include <algorithm>
#include <set>

namespace rapport {

// Names and titles first, then everything else; newest first within each. Both passes walk
// the index in row order and stop at the limit, so a search costs the same on 600,000
// documents as on 600, however many rows match (ranking every match by relevance cost up to
// a second per keystroke on a large notebook).
Result<std::vector<SearchHit>> NotebookQueries::search(std::string_view text, int limit)
{
    std::vector<SearchHit> hits;
    limit = std::clamp(limit, 1, tuning::maxPageSize);
    // The same query over the names alone, then over everything.
    auto names = m_store.database().prepare(R"sql(
        SELECT d.id, s.title, t.type
        FROM search_names s JOIN docs d ON d.doc = s.rowid JOIN record_types t ON t.doc = s.rowid
        WHERE search_names MATCH ?1
        ORDER BY s.rowid DESC
        LIMIT ?2)sql");
    if (!names)
        return names.error();
    auto everything = m_store.database().prepare(R"sql(
        SELECT d.id, s.title, t.type
        FROM search s JOIN docs d ON d.doc = s.rowid JOIN record_types t ON t.doc = s.rowid
        WHERE search MATCH ?1
        ORDER BY s.rowid DESC
        LIMIT ?2)sql");
    if (!everything)
        return everything.error();
    const auto expression = ftsMatchExpression(m_store.database(), text);
    if (!expression)
        return expression.error();
    if (expression->empty())
        return hits;
    std::set<std::string> seen;
    for (auto *query : {&*names, &*everything}) {
        query->bind(1, *expression).bind(2, limit);
        while (static_cast<int>(hits.size()) < limit) {
            auto row = query->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            if (seen.insert(query->text(0)).second)
                hits.push_back(SearchHit {query->text(0), query->text(2), query->text(1)});
        }
    }
    return hits;
}

Result<std::map<std::string, std::int64_t>> NotebookQueries::recordsByType()
{
    auto query
        = m_store.database().prepare("SELECT type, count(*) FROM record_types GROUP BY type");
    if (!query)
        return query.error();
    std::map<std::string, std::int64_t> counts;
    auto read = sqlite::forEachRow(
        *query, [&counts](const sqlite::Query &row) { counts[row.text(0)] = row.integer(1); });
    if (!read)
        return read.error();
    return counts;
}

} // namespace rapport
