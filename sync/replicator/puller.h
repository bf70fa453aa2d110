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

struct PullStats
{
    std::int64_t changesRead = 0;
    std::int64_t revisionsWritten = 0;
    std::vector<std::string> problems; // documents left out, each with the reason
    std::int64_t attachmentsFetched = 0;
    std::int64_t attachmentBytesFetched = 0;
    std::int64_t attachmentsFailed = 0; // refused or not fetched: tried again at the next pull
    // Revisions the store could not take (in problems): kept, and asked for again at the next
    // pull, until the store takes them or the server no longer has them.
    std::int64_t revisionsRefused = 0;
    Json lastSeq = 0; // where the server's changes were read up to
};

// Remote to local: read the server's changes in batches, ask the store which revisions it
// lacks, fetch those with their history, and write each batch in one transaction before the
// checkpoint moves. Killed anywhere, the next run repeats at most one batch, harmlessly.
// `fetcher` is used from a second thread and must have an HTTP client of its own (the
// checkpointer's stays on the calling thread). Attachments' bytes the pulled revisions name are
// fetched after the changes (attachment_download.cpp), before the pull reports done; which are
// still missing is kept in the store, so a pull killed meanwhile fetches them the next time.
class Puller
{
public:
    Puller(Store &store, RemoteDatabase &fetcher, Checkpointer &checkpointer);
    Result<PullStats> run();

private:
    struct Plan
    {
        std::vector<FetchedRevision> complete; // first-generation bodies from the feed
        RevisionMap toFetch;
    };
    Result<PullStats> pullChanges();
    // The revisions earlier pulls could not store, kept in a _local document beside the
    // checkpoint (the changes feed has moved past them): fetched and written again.
    Result<RevisionMap> refusedEarlier();
    Status retryRefused(const RevisionMap &earlier, PullStats &stats);
    Status keepRefused();
    // Every attachment kept revisions name whose bytes are not here, each streamed to a
    // temporary file, checked (length, digest) and kept; one that fails is a problem of its
    // document and does not stop the rest.
    Status fetchAttachments(PullStats &stats);

    // Moves the documents that came complete with the feed out of `changes` into the plan.
    Result<Plan> plan(RemoteChanges &changes);
    // Moves each revision's document into the store.
    Status write(std::vector<FetchedRevision> &revisions, PullStats &stats);

    Store &m_store;
    RevisionMap m_refused; // by this run
    RemoteDatabase &m_fetcher;
    Checkpointer &m_checkpointer;
};

} // namespace rapport::replicator
