// Giving back the room deleted records and photos left in the file. SQLite keeps freed pages
// for reuse and never shrinks the file by itself (auto_vacuum is off: it would move pages at
// every commit); a photo of 5 MB deleted leaves 5 MB the phone cannot use until compact().
#include "store/sqlite.h"
#include "store/store.h"

namespace rapport {

Result<std::int64_t> Store::compact()
{
    auto before = stats();
    if (!before)
        return before.error();
    // The connection keeps temporary data in memory (temp_store = MEMORY), which would put the
    // whole rewritten notebook in memory: for this, a temporary file.
    if (auto status = m_db->exec("PRAGMA temp_store = FILE"); !status)
        return status.error();
    auto vacuumed = m_db->exec("VACUUM");
    (void)m_db->exec("PRAGMA temp_store = MEMORY");
    // Changing temp_store drops every temporary table: the indexer's (its queue of full-text
    // writes) are made again, or the next save on this connection would fail.
    if (auto attached = m_indexer.attach(*m_db, false); !attached)
        return attached.error();
    if (!vacuumed)
        return vacuumed.error();
    // The rewrite went through the write-ahead log; fold it in and cut the log back to nothing.
    if (auto status = m_db->exec("PRAGMA wal_checkpoint(TRUNCATE)"); !status)
        return status.error();
    auto after = stats();
    if (!after)
        return after.error();
    return std::max<std::int64_t>(0, before->fileBytes - after->fileBytes);
}

} // namespace rapport
