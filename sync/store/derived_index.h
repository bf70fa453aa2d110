#pragma once

#include "core/error.h"
#include "core/json.h"

#include <cstdint>

namespace rapport {

namespace sqlite {
class Database;
}

// The query tables (accounts, contacts, visits, follow-ups) and the full-text index are
// derived from each document's winning revision, inside the transaction that writes it, so a
// list or a search never sees a half-written change.
class DerivedIndex
{
public:
    // Replaces what the index says about one document (docs.doc) with what its winning body
    // says; a null body (the winner is deleted) removes it. wasIndexed: the document had a live
    // winner before this write, so there is something to take out first.
    static Status update(sqlite::Database &db, std::int64_t doc, bool wasIndexed,
                         const Json *winnerBody);
    static Status rebuildAll(sqlite::Database &db);

    // Inside a savepoint (a write within a batch) the full-text index is not written at once but
    // queued, and written when the batch ends: FTS5 (SQLite 3.40) flushes its pending terms to a
    // new segment at every savepoint it takes part in, which made a 500-document batch write
    // 500 tiny segments and merge them (measured: more than half of a sync's pull time). The
    // queue is a temporary table, so it commits and rolls back with the batch.
    static Status prepareConnection(sqlite::Database &db);
    // Writes what was queued; called before the batch's transaction commits.
    static Status flushQueuedSearch(sqlite::Database &db);
};

} // namespace rapport
