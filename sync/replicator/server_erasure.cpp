#include "replicator/server_erasure.h"

#include "replicator/remote_database.h"
#include "store/store.h"

#include <utility>

namespace rapport::replicator {

namespace {

constexpr int idsPerRound = 100;

// A leaf that is already a bare tombstone keeps nothing: only _id, _rev, _deleted (and, as
// some servers answer, _revisions).
bool keepsNothing(const Json &doc)
{
    if (!doc.value("_deleted", false))
        return false;
    for (const auto &[key, value] : doc.items()) {
        if (key != "_id" && key != "_rev" && key != "_deleted" && key != "_revisions")
            return false;
    }
    return true;
}

} // namespace

Result<ServerErasure> eraseOnServer(Store &store, RemoteDatabase &remote)
{
    ServerErasure erased;
    for (;;) {
        auto ids = store.purgedAwaitingServer(idsPerRound);
        if (!ids)
            return ids.error();
        if (ids->empty())
            break;
        std::vector<std::pair<std::string, std::string>> toDelete;
        for (const auto &id : *ids) {
            auto leaves = remote.leaves(id);
            if (!leaves)
                return leaves.error();
            for (const auto &leaf : *leaves) {
                if (leaf.doc && !keepsNothing(*leaf.doc))
                    toDelete.emplace_back(id, leaf.rev);
            }
        }
        if (!toDelete.empty()) {
            auto refused = remote.deleteLeaves(toDelete);
            if (!refused)
                return refused.error();
            // A refusal here is the server's rules or a race with another client's write:
            // reported, and the ids stay due for the next sync.
            erased.tombstones += static_cast<std::int64_t>(toDelete.size() - refused->size());
            if (!refused->empty()) {
                erased.problems.push_back("The server refused to delete "
                                          + std::to_string(refused->size()) + " forgotten records ("
                                          + refused->front().error
                                          + "); the next sync tries again.");
                break;
            }
        }
        if (auto marked = store.markErasedOnServer(*ids); !marked)
            return marked.error();
        erased.documents += static_cast<std::int64_t>(ids->size());
    }
    if (erased.tombstones == 0)
        return erased;
    auto compacted = remote.compact();
    if (!compacted) {
        if (compacted.error().code != Errc::Unauthorized
            && compacted.error().code != Errc::Forbidden)
            return compacted.error();
        erased.problems.push_back(
            "The server keeps earlier versions of forgotten records until its administrator "
            "compacts the database: this account may not.");
        return erased;
    }
    erased.compactionAsked = true;
    return erased;
}

} // namespace rapport::replicator
