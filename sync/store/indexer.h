#pragma once

#include "core/error.h"
#include "core/json.h"

#include <cstdint>
#include <functional>

namespace rapport {

namespace sqlite {
class Database;
}

// How far an index being built again has come: documents done of the total.
using IndexProgress = std::function<void(std::int64_t done, std::int64_t total)>;

// What the store calls so that tables derived from the documents (the notebook's lists, its
// search) never disagree with them. The store knows revision trees, not what a document means:
// everything about a body's fields is the indexer's. Every call runs inside the transaction
// that writes the document, so a reader sees a change and its index together or not at all.
class Indexer
{
public:
    virtual ~Indexer() = default;

    // Once a connection: what this connection needs (temporary tables). readOnly connections
    // write nothing.
    virtual Status attach(sqlite::Database &db, bool readOnly) const = 0;
    // At open, after the migrations: brings the derived tables up to the code's idea of them,
    // indexing again what changed (reported through `progress`). Read-only, it only checks, and
    // an index that is out of date is an error.
    virtual Status refresh(sqlite::Database &db, bool readOnly,
                           const IndexProgress &progress) const = 0;
    // A document's winner changed: `winner` is its new body, or null when it is deleted now.
    // wasIndexed: it had a live winner before, so there is something to take out first.
    virtual Status documentChanged(sqlite::Database &db, std::int64_t doc, bool wasIndexed,
                                   const Json *winner) const = 0;
    // A transaction with writes inside savepoints (Store::writeBatch around saves) is about to
    // commit: what the index put off inside them is to be written now.
    virtual Status batchEnds(sqlite::Database &db) const = 0;
    // While the app is idle: one bounded step of the upkeep that keeps the derived tables quick
    // to read (a full-text index's merges), inside a transaction; whether there was any.
    virtual Result<bool> tidy(sqlite::Database &db) const
    {
        (void)db;
        return false;
    }
    // Documents were purged (Store::eraseFreedRoom): derived structures that keep what was
    // taken out of them (a full-text index's segments keep a deleted row's words until they
    // are merged) are rewritten without it.
    virtual Status eraseLeftovers(sqlite::Database &db) const
    {
        (void)db;
        return {};
    }
};

} // namespace rapport
