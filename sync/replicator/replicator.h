#pragma once

#include "core/error.h"
#include "core/json.h"
#include "http/http_client.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace rapport {
class Store;
}

namespace rapport::replicator {

struct SyncSummary
{
    std::int64_t pulled = 0; // revisions written locally
    std::int64_t changesRead = 0; // rows of the server's changes feed read (what a pull re-reads)
    std::int64_t pushed = 0; // revisions the server accepted
    std::int64_t rejected = 0; // revisions the server refused (marked locally, with its reason)
    std::int64_t resolved = 0; // conflicted documents merged into one revision here
    std::int64_t valuesKept = 0; // values that lost a merge, kept in conflict documents
    std::int64_t deletionsRecorded = 0; // deletions that lost to an edit, kept the same way
    std::int64_t duplicatesFlagged = 0; // pairs of contacts that look like one person
    std::int64_t refused = 0; // revisions the store could not take (in problems): asked again
    std::int64_t attachmentsFetched = 0; // attachments' bytes received
    std::int64_t attachmentsFailed = 0; // not received (in problems): asked for at the next sync
    std::int64_t erasedOnServer = 0; // documents purged here whose server copies were erased
    std::int64_t requests = 0; // HTTP requests made, on both connections
    std::vector<std::string> problems;
    Json remoteSequence = 0; // the server's changes were read up to here
};

// What a pull left, for the step between pull and push.
struct PullOutcome
{
    std::int64_t pulled = 0; // revisions written
    std::int64_t sequenceBefore = 0; // what the pull changed has a local sequence after this
    bool firstSync = false; // the replicator's first round: what an earlier run left is due too
};

// The records' own step between pull and push, in the store's terms: the notebook merges what
// the pull left in conflict and flags likely duplicates (notebook::afterPull), and counts what
// it did in the summary; the push then takes what it wrote. The replicator knows no record type.
using AfterPull = std::function<Status(Store &, const PullOutcome &, SyncSummary &)>;

// One sync of a local store with one remote database: pull, the records' after-pull step
// (AfterPull), then push (what that step wrote too), each a CouchDB replication with its own
// checkpoints, then the erasure on the server of what was purged here (server_erasure.h).
// Transient failures are retried with capped exponential backoff and jitter; every step is
// idempotent, so a retry repeats at most one batch. 401/403 and protocol errors stop at once.
class Replicator
{
public:
    using Sleep = std::function<void(std::chrono::milliseconds)>;

    Replicator(Store &store, http::Client &client, std::string databaseUrl, AfterPull afterPull,
               Sleep sleep = {});
    Result<SyncSummary> syncOnce();

    // Continuous mode: sync, then wait on the server's changes feed (longpoll, with a
    // heartbeat) until something changes there or `wait` passes, and sync again, for as long as
    // keepGoing() says so. Local edits go up at the next round at the latest. Transient
    // failures back off and go on; 401/403 and protocol errors end it with that error.
    Status syncContinuously(const std::function<bool()> &keepGoing,
                            const std::function<void(const SyncSummary &)> &afterEachSync,
                            std::chrono::milliseconds wait = std::chrono::seconds(25));

private:
    template<typename Step> auto withRetries(Step step) -> decltype(step());

    Store &m_store;
    http::Client &m_client;
    std::string m_databaseUrl;
    AfterPull m_afterPull;
    Sleep m_sleep;
    std::unique_ptr<http::Client> m_fetchClient; // the pull's second connection
    bool m_synced = false; // a round has run: the after-pull step has seen what was there at start
};

// The URL of a user's own database: "userdb-" + hex of the name, as CouchDB's per-user option
// names it.
std::string userDatabaseUrl(std::string serverUrl, const std::string &user);
// The server's _session endpoint, where a client signs in for a cookie (CouchDB's cookie auth).
std::string sessionUrl(std::string serverUrl);

} // namespace rapport::replicator
