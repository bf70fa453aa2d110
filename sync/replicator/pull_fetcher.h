#pragma once

#include "replicator/remote_database.h"

#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <optional>
#include <thread>

namespace rapport::replicator {

// The pull's network half, on a thread and a connection of its own: it reads the server's
// changes feed ahead of the writes, up to readAheadBatches batches, and fetches the revisions
// the writer asks for with _bulk_get, before reading further. So the server prepares the next
// batches and the transfer goes on while this device writes, instead of each step waiting for
// the slower of one fetch and one write (a pull's batches differ in size: 500 up to 4,000).
class PullFetcher
{
public:
    // Reads from `since`, the first batch `firstLimit` rows with the documents' bodies.
    PullFetcher(RemoteDatabase &remote, Json since, int firstLimit);
    ~PullFetcher(); // stops reading and waits for a request under way to end
    PullFetcher(const PullFetcher &) = delete;
    PullFetcher &operator=(const PullFetcher &) = delete;

    // The next batch of changes, waiting for it. nullopt: the feed is read to its end. An error:
    // reading failed after the batches returned before.
    Result<std::optional<RemoteChanges>> next();
    // The next batch if it is read already, without waiting (nullopt otherwise; the feed's end
    // or an error show at next()).
    std::optional<RemoteChanges> nextIfRead();
    // Revisions with their history, fetched before any further reading of the feed.
    std::future<Result<std::vector<FetchedRevision>>> bulkGet(RevisionMap wanted);
    // Where the feed has been read up to (after next() said it ended: its last_seq).
    Json readUpTo();

private:
    void run();
    void readBatch(std::unique_lock<std::mutex> &lock);
    // The first batch read, out of the queue; unlocks and wakes the worker to read another.
    RemoteChanges takeReady(std::unique_lock<std::mutex> &lock);

    RemoteDatabase &m_remote;
    std::mutex m_mutex;
    std::condition_variable m_wake; // the worker: a request to make, or room to read into
    std::condition_variable m_read; // the writer: a batch read, the end, or an error
    std::deque<RemoteChanges> m_ready;
    struct BulkRequest
    {
        RevisionMap wanted;
        std::promise<Result<std::vector<FetchedRevision>>> answer;
    };
    std::deque<BulkRequest> m_bulk;
    // Where the next read starts, how many rows it asks for, whether with bodies.
    Json m_since;
    int m_limit;
    bool m_includeDocs = true;
    bool m_feedEnded = false;
    std::optional<Error> m_feedError;
    bool m_stopping = false;
    std::thread m_worker; // last: started once the rest is set up
};

} // namespace rapport::replicator
