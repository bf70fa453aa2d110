// Forgetting documents as if they had never been here: what a person's right to erasure asks
// of the notebook. Deleting writes a tombstone and keeps the tree (so the deletion replicates);
// purging takes the document out whole, as CouchDB's _purge does, and remembers its id so that
// no peer brings it back.
#include "store/sqlite.h"
#include "store/store.h"

namespace rapport {

Status Store::purge(const std::vector<std::string> &ids)
{
    auto transaction = beginWrite();
    if (!transaction)
        return transaction.error();
    auto remember = m_db->prepare("INSERT OR IGNORE INTO purged(id) VALUES (?)");
    if (!remember)
        return remember.error();
    // Rejections and revisions name the document's row; attachments' references go with the
    // revisions (triggers), and bytes nothing names any longer with them.
    const char *const removals[]
        = {"DELETE FROM rejections WHERE doc = ?", "DELETE FROM revs WHERE doc = ?",
           "DELETE FROM docs WHERE doc = ?"};
    for (const auto &id : ids) {
        if (auto valid = validateDocumentId(id); !valid)
            return valid;
        if (isLocalId(id))
            return Error {Errc::BadRequest, "_local documents are removed, not purged"};
        auto loaded = loadState(id);
        if (!loaded)
            return loaded.error();
        if (*loaded) {
            const DocState &state = **loaded;
            if (state.winner && !state.deleted) {
                if (auto unindexed = m_indexer.documentChanged(*m_db, state.doc, true, nullptr);
                    !unindexed)
                    return unindexed;
            }
            for (const char *removal : removals) {
                auto statement = m_db->prepare(removal);
                if (!statement)
                    return statement.error();
                if (auto removed = statement->bind(1, state.doc).run(); !removed)
                    return removed;
            }
            m_changed.push_back(id);
        }
        remember->reset();
        if (auto remembered = remember->bind(1, id).run(); !remembered)
            return remembered;
    }
    return commit(**transaction);
}

Result<bool> Store::wasPurged(std::string_view id)
{
    auto query = m_db->prepare("SELECT 1 FROM purged WHERE id = ?");
    if (!query)
        return query.error();
    auto row = query->bind(1, id).step();
    if (!row)
        return row.error();
    return *row;
}

Result<std::vector<std::string>> Store::purgedAwaitingServer(int limit)
{
    auto query = m_db->prepare("SELECT id FROM purged WHERE erased_on_server = 0 LIMIT ?");
    if (!query)
        return query.error();
    query->bind(1, limit);
    std::vector<std::string> ids;
    auto read = sqlite::forEachRow(
        *query, [&](const sqlite::Query &row) { ids.push_back(row.text("id")); });
    if (!read)
        return read.error();
    return ids;
}

Status Store::markErasedOnServer(const std::vector<std::string> &ids)
{
    auto transaction = beginWrite();
    if (!transaction)
        return transaction.error();
    auto mark = m_db->prepare("UPDATE purged SET erased_on_server = 1 WHERE id = ?");
    if (!mark)
        return mark.error();
    for (const auto &id : ids) {
        mark->reset();
        if (auto marked = mark->bind(1, id).run(); !marked)
            return marked;
    }
    return commit(**transaction);
}

Status Store::eraseFreedRoom()
{
    {
        auto transaction = beginWrite();
        if (!transaction)
            return transaction.error();
        if (auto erased = m_indexer.eraseLeftovers(*m_db); !erased)
            return erased;
        if (auto committed = commit(**transaction); !committed)
            return committed;
    }
    // VACUUM writes the live rows anew: the freed pages, and the deleted cells inside pages
    // still in use, are not copied; the log is checkpointed and truncated after it.
    auto compacted = compact();
    if (!compacted)
        return compacted.error();
    return {};
}

} // namespace rapport
