#pragma once

#include "core/error.h"
#include "replicator/remote_database.h"

#include <cstdint>
#include <string>
#include <vector>

namespace rapport {
class Store;
}

namespace rapport::replicator {

class Checkpointer;
struct RevisionToSend;

struct PushStats
{
    std::int64_t changesRead = 0;
    std::int64_t revisionsSent = 0;
    std::int64_t rejected = 0;
};

// Local to remote, driven by the store's local sequence: read changes in batches, ask the
// server which leaf revisions it lacks, send those with their history (new_edits:false), mark
// what it refuses with its reason, then move the checkpoint.
class Pusher
{
public:
    Pusher(Store &store, RemoteDatabase &remote, Checkpointer &checkpointer);
    Result<PushStats> run();

private:
    Status pushRevisions(const RevisionMap &offered, PushStats &stats);
    Status sendInline(std::vector<RevisionToSend> &revisions,
                      std::vector<RejectedDocument> &refusals, PushStats &stats);
    Status sendDocs(const std::vector<RevisionToSend> &revisions, std::vector<Json> &docs,
                    std::size_t from, std::size_t to, std::vector<RejectedDocument> &refusals,
                    PushStats &stats);
    Status sendWithParts(RevisionToSend &revision, std::vector<RejectedDocument> &refusals,
                         PushStats &stats);

    Store &m_store;
    RemoteDatabase &m_remote;
    Checkpointer &m_checkpointer;
};

} // namespace rapport::replicator
