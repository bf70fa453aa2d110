#pragma once

#include "core/error.h"

#include <cstdint>
#include <string>
#include <vector>

namespace rapport {
class Store;
}

namespace rapport::replicator {

class Checkpointer;
class RemoteDatabase;

struct PullStats
{
    std::int64_t changesRead = 0;
    std::int64_t revisionsWritten = 0;
    std::vector<std::string> problems; // documents left out, each with the reason
};

// Remote to local: read the server's changes in batches, ask the store which revisions it
// lacks, fetch those with their history, and write each batch in one transaction before the
// checkpoint moves. Killed anywhere, the next run repeats at most one batch, harmlessly.
class Puller
{
public:
    Puller(Store &store, RemoteDatabase &remote, Checkpointer &checkpointer);
    Result<PullStats> run();

private:
    Store &m_store;
    RemoteDatabase &m_remote;
    Checkpointer &m_checkpointer;
};

} // namespace rapport::replicator
