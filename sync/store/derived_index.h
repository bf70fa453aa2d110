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
};

} // namespace rapport
