// Queries over the derived tables: paged lists, search, statistics and export.
#include "store/migrations.h"
#include "store/search_query.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "store/tuning.h"

#include <algorithm>
#include <set>

namespace rapport {

Result<std::vector<ContactRow>> Store::contactsByName(const std::optional<PageKey> &after,
                                                      int limit)
{
    limit = std::clamp(limit, 1, tuning::maxPageSize);
    // Keyset paging: the page after (sort_name, id) of the previous page's last row, so the
    // hundredth page costs what the first one does.
    auto query = m_db->prepare(R"sql(
        SELECT d.id, c.display_name, c.account_id, c.role, c.sort_name, c.doc
        FROM contacts c JOIN docs d ON d.doc = c.doc
        WHERE ?1 IS NULL OR (c.sort_name COLLATE NOCASE, c.doc) > (?1, ?2)
        ORDER BY c.sort_name COLLATE NOCASE, c.doc
        LIMIT ?3)sql");
    if (!query)
        return query.error();
    if (after)
        query->bind(1, after->sortKey).bind(2, after->position);
    query->bind(3, limit);
    std::vector<ContactRow> rows;
    while (true) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            return rows;
        ContactRow contact {query->text(0), query->text(1), query->text(2), query->text(3), {}};
        contact.key = PageKey {query->text(4), query->integer(5)};
        rows.push_back(std::move(contact));
    }
}

// Names and titles first, then everything else; newest first within each. Both passes walk
// the index in row order and stop at the limit, so a search costs the same on 600,000
// documents as on 600, however many rows match (ranking every match by relevance cost up to
// a second per keystroke on a large notebook).
Result<std::vector<SearchHit>> Store::search(std::string_view text, int limit)
{
    std::vector<SearchHit> hits;
    limit = std::clamp(limit, 1, tuning::maxPageSize);
    // The same query over the names alone, then over everything.
    auto names = m_db->prepare(R"sql(
        SELECT d.id, s.title, r.body ->> '$.type'
        FROM search_names s JOIN docs d ON d.doc = s.rowid JOIN revs r ON r.rid = d.winner
        WHERE search_names MATCH ?1
        ORDER BY s.rowid DESC
        LIMIT ?2)sql");
    if (!names)
        return names.error();
    auto everything = m_db->prepare(R"sql(
        SELECT d.id, s.title, r.body ->> '$.type'
        FROM search s JOIN docs d ON d.doc = s.rowid JOIN revs r ON r.rid = d.winner
        WHERE search MATCH ?1
        ORDER BY s.rowid DESC
        LIMIT ?2)sql");
    if (!everything)
        return everything.error();
    const auto expression = ftsMatchExpression(text);
    if (expression.empty())
        return hits;
    std::set<std::string> seen;
    for (auto *query : {&*names, &*everything}) {
        query->bind(1, expression).bind(2, limit);
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

Result<std::vector<std::string>> Store::unresolvedDocuments()
{
    auto query = m_db->prepare(R"sql(
        SELECT d.id FROM docs d
        WHERE d.doc IN (SELECT doc FROM revs WHERE leaf = 1 AND deleted = 0
                        GROUP BY doc HAVING count(*) > 1)
           OR (d.deleted = 0
               AND d.doc IN (SELECT doc FROM revs WHERE leaf = 1 AND deleted = 1
                             AND body ->> '$.closedBy' IS NULL))
        ORDER BY d.id)sql");
    if (!query)
        return query.error();
    std::vector<std::string> ids;
    while (true) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            return ids;
        ids.push_back(query->text(0));
    }
}

Result<std::vector<std::pair<std::string, std::string>>>
Store::likelyDuplicateContacts(std::int64_t since)
{
    auto query = m_db->prepare(R"sql(
        SELECT a.id, b.id FROM docs a JOIN contacts ca ON ca.doc = a.doc
            JOIN contacts cb ON cb.email = ca.email AND cb.doc <> ca.doc
            JOIN docs b ON b.doc = cb.doc
        WHERE a.seq > ?1 AND ca.email IS NOT NULL
        UNION
        SELECT a.id, b.id FROM docs a JOIN contacts ca ON ca.doc = a.doc
            JOIN contacts cb ON cb.phone = ca.phone AND cb.doc <> ca.doc
            JOIN docs b ON b.doc = cb.doc
        WHERE a.seq > ?1 AND ca.phone IS NOT NULL
        UNION
        SELECT a.id, b.id FROM docs a JOIN contacts ca ON ca.doc = a.doc
            JOIN contacts cb ON cb.account_id = ca.account_id AND cb.doc <> ca.doc
                AND cb.display_name = ca.display_name COLLATE NOCASE
            JOIN docs b ON b.doc = cb.doc
        WHERE a.seq > ?1 AND ca.account_id IS NOT NULL)sql");
    if (!query)
        return query.error();
    query->bind(1, since);
    std::set<std::pair<std::string, std::string>> pairs;
    while (true) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        auto first = query->text(0);
        auto second = query->text(1);
        if (second < first)
            std::swap(first, second);
        pairs.emplace(std::move(first), std::move(second));
    }
    return std::vector<std::pair<std::string, std::string>>(pairs.begin(), pairs.end());
}

Status Store::limitFileSize(std::int64_t bytes)
{
    auto pageSize = m_db->prepare("PRAGMA page_size");
    if (!pageSize)
        return pageSize.error();
    if (auto row = pageSize->step(); !row)
        return row.error();
    const std::int64_t page = pageSize->integer(0);
    // SQLite's own ceiling when uncapped; never below the pages already in use (it keeps those).
    const std::int64_t pages = bytes > 0 ? std::max<std::int64_t>(1, bytes / page) : 4294967294;
    const std::string sql = "PRAGMA max_page_count = " + std::to_string(pages);
    return m_db->exec(sql.c_str());
}

Result<StoreStats> Store::stats()
{
    StoreStats stats;
    stats.schemaVersion = latestSchemaVersion();
    auto counts = m_db->prepare(R"sql(
        SELECT
            (SELECT count(*) FROM docs WHERE deleted = 0),
            (SELECT count(*) FROM docs WHERE deleted = 1),
            (SELECT count(*) FROM (SELECT doc FROM revs WHERE leaf = 1 AND deleted = 0
                                   GROUP BY doc HAVING count(*) > 1)),
            (SELECT count(*) FROM local_docs),
            (SELECT coalesce(max(seq), 0) FROM docs),
            (SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()))sql");
    if (!counts)
        return counts.error();
    auto row = counts->step();
    if (!row)
        return row.error();
    stats.documents = counts->integer(0);
    stats.deleted = counts->integer(1);
    stats.conflicted = counts->integer(2);
    stats.localDocuments = counts->integer(3);
    stats.lastSeq = counts->integer(4);
    stats.fileBytes = counts->integer(5);

    auto types = m_db->prepare("SELECT coalesce(r.body ->> '$.type', ''), count(*) FROM docs d "
                               "JOIN revs r ON r.rid = d.winner WHERE d.deleted = 0 GROUP BY 1");
    if (!types)
        return types.error();
    while (true) {
        auto typeRow = types->step();
        if (!typeRow)
            return typeRow.error();
        if (!*typeRow)
            return stats;
        stats.byType[types->text(0)] = types->integer(1);
    }
}

Status Store::forEachDocument(const std::function<void(const Document &)> &visit)
{
    auto query
        = m_db->prepare("SELECT d.id, d.rev, r.body FROM docs d JOIN revs r ON r.rid = d.winner "
                        "WHERE d.deleted = 0 ORDER BY d.id");
    if (!query)
        return query.error();
    while (true) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        auto body = parseStoredBody(query->textView(2), query->textView(0));
        if (!body)
            return body.error();
        visit(Document {query->text(0), query->text(1), false, std::move(*body)});
    }
}

} // namespace rapport
