#pragma once

#include "core/error.h"

#include <cstdint>
#include <string>
#include <vector>

namespace rapport {
class Store;
}

namespace rapport::replicator {

class RemoteDatabase;

struct ServerErasure
{
    std::int64_t documents = 0; // purged here, now erased there
    std::int64_t tombstones = 0; // leaves of theirs the server still held, deleted now
    bool compactionAsked = false;
    std::vector<std::string> problems; // what the server would not do, in words for the user
};

// After a push: what was purged here (a person forgotten on this device, or by an erasure
// record another device wrote) is erased on the server too. CouchDB 3 lets only server admins
// _purge, so with the salesperson's own rights every leaf the server still holds of those
// documents gets a tombstone that carries no value, and the database is compacted (its admins
// may ask): then no revision's body keeps anything of them, and every client of the database
// learns of the deletion, where a _purge would not replicate. Each id is marked once done, so a
// sync that fails midway does the rest next time; a server that refuses compaction is a problem
// reported, the documents still marked (their values are in no leaf; the server's admin compacts).
Result<ServerErasure> eraseOnServer(Store &store, RemoteDatabase &remote);

} // namespace rapport::replicator
