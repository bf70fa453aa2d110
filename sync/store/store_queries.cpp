// What the store answers about its documents as a whole: what the merge has to resolve, the
// file's size cap, statistics, every document in turn.
#include "store/migrations.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "store/tuning.h"

#include <algorithm>
#include <set>

namespace rapport {

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
    auto read = sqlite::forEachRow(
        *query, [&ids](const sqlite::Query &row) { ids.push_back(row.text(0)); });
    if (!read)
        return read.error();
    return ids;
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
            (SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()),
            (SELECT count(*) FROM attachment_bytes),
            (SELECT coalesce(sum(length(data)), 0) FROM attachment_bytes),
            (SELECT freelist_count * page_size FROM pragma_freelist_count(), pragma_page_size()))sql");
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
    stats.attachments = counts->integer(6);
    stats.attachmentBytes = counts->integer(7);
    stats.freeBytes = counts->integer(8);

    return stats;
}

Status Store::forEachDocument(const std::function<void(const Document &)> &visit)
{
    auto query
        = m_db->prepare("SELECT d.id, d.rev, r.body FROM docs d JOIN revs r ON r.rid = d.winner "
                        "WHERE d.deleted = 0 ORDER BY d.id");
    if (!query)
        return query.error();
    return sqlite::forEachRow(*query, [&visit](const sqlite::Query &row) -> Status {
        auto doc = revisionFromStored(row.text(0), row.text(1), false, row.textView(2));
        if (!doc)
            return doc.error();
        visit(*doc);
        return {};
    });
}

} // namespace rapport
