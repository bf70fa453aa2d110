#include "replicator/pull_fetcher.h"

#include "replicator/replication_tuning.h"

#include <algorithm>
#include <exception>
#include <string>

namespace rapport::replicator {

namespace {

// The next batch's size, after one of `limit` rows whose answer took `bytes`.
int nextBatchSize(int limit, std::size_t bytes)
{
    if (bytes > 2 * tuning::pullBatchBytes)
        return std::max(tuning::batchSize / 5, limit / 2);
    if (bytes < tuning::pullBatchBytes)
        return std::min(tuning::maxPullBatch, limit * 2);
    return limit;
}

// Bodies come along while most rows are a document's first revision (a new contact, a visit
// never edited), which then needs no _bulk_get; an edited one needs its history from there.
bool mostlyFirstRevisions(const RemoteChanges &batch)
{
    std::size_t first = 0;
    for (const auto &change : batch.changes)
        first += change.revs.size() == 1 && change.revs.front().starts_with("1-") ? 1 : 0;
    return 2 * first >= batch.changes.size();
}

// A request on the worker's thread: whatever goes wrong in it (a library's exception on a
// malformed answer, memory) comes back as an error of the pull, not the end of the process.
template<typename Request> auto guarded(Request request) -> decltype(request())
{
    try {
        return request();
    } catch (const std::exception &e) {
        return Error {Errc::Protocol,
                      std::string("the server's answer could not be read: ") + e.what()};
    }
}

} // namespace

PullFetcher::PullFetcher(RemoteDatabase &remote, Json since, int firstLimit)
    : m_remote(remote), m_since(std::move(since)), m_limit(firstLimit), m_worker([this] { run(); })
{ }

PullFetcher::~PullFetcher()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_worker.join();
    // Whoever still waits for a _bulk_get that was never made hears why.
    for (auto &request : m_bulk)
        request.answer.set_value(Error {Errc::Internal, "the pull stopped"});
}

Result<std::optional<RemoteChanges>> PullFetcher::next()
{
    std::unique_lock lock(m_mutex);
    m_read.wait(lock, [this] { return !m_ready.empty() || m_feedEnded || m_feedError; });
    if (!m_ready.empty())
        return std::optional(takeReady(lock));
    if (m_feedError)
        return *m_feedError;
    return std::optional<RemoteChanges>();
}

std::optional<RemoteChanges> PullFetcher::nextIfRead()
{
    std::unique_lock lock(m_mutex);
    if (m_ready.empty())
        return std::nullopt;
    return takeReady(lock);
}

RemoteChanges PullFetcher::takeReady(std::unique_lock<std::mutex> &lock)
{
    auto batch = std::move(m_ready.front());
    m_ready.pop_front();
    lock.unlock();
    m_wake.notify_all(); // room to read ahead again
    return batch;
}

std::future<Result<std::vector<FetchedRevision>>> PullFetcher::bulkGet(RevisionMap wanted)
{
    BulkRequest request {std::move(wanted), {}};
    auto answer = request.answer.get_future();
    {
        std::lock_guard lock(m_mutex);
        m_bulk.push_back(std::move(request));
    }
    m_wake.notify_all();
    return answer;
}

Json PullFetcher::readUpTo()
{
    std::lock_guard lock(m_mutex);
    return m_since;
}

void PullFetcher::run()
{
    std::unique_lock lock(m_mutex);
    while (true) {
        m_wake.wait(lock, [this] {
            const bool roomToRead = !m_feedEnded && !m_feedError
                && m_ready.size() < static_cast<std::size_t>(tuning::readAheadBatches);
            return m_stopping || !m_bulk.empty() || roomToRead;
        });
        if (m_stopping)
            return;
        // What the writer waits for comes first; then the feed, ahead of it.
        if (!m_bulk.empty()) {
            auto request = std::move(m_bulk.front());
            m_bulk.pop_front();
            lock.unlock();
            std::size_t bytes = 0;
            request.answer.set_value(
                guarded([&] { return m_remote.bulkGet(request.wanted, &bytes); }));
            lock.lock();
            // Large revisions fetched this way shrink the batches read next, as large bodies in
            // the feed do (never grow them: that is the feed's own answers' to decide).
            m_limit = std::min(m_limit, nextBatchSize(m_limit, bytes));
            continue;
        }
        readBatch(lock);
    }
}

void PullFetcher::readBatch(std::unique_lock<std::mutex> &lock)
{
    const Json since = m_since;
    const int limit = m_limit;
    const bool includeDocs = m_includeDocs;
    lock.unlock();
    auto batch = guarded([&] { return m_remote.changes(since, limit, includeDocs); });
    lock.lock();
    if (!batch) {
        m_feedError = batch.error();
    } else {
        // A full batch means there may be more; a shorter one, that the feed is read to its end.
        const bool full = static_cast<int>(batch->changes.size()) >= limit;
        m_since = batch->lastSeq;
        m_limit = nextBatchSize(limit, batch->bytes);
        m_includeDocs = mostlyFirstRevisions(*batch);
        if (!batch->changes.empty())
            m_ready.push_back(std::move(*batch));
        m_feedEnded = !full;
    }
    m_read.notify_all();
}

} // namespace rapport::replicator
