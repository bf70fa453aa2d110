#include "replicator/puller.h"

#include "replicator/checkpointer.h"
#include "replicator/pull_fetcher.h"
#include "replicator/remote_database.h"
#include "replicator/replication_tuning.h"
#include "store/store.h"

#include <chrono>
#include <future>

namespace rapport::replicator {

namespace {

// CouchDB's _revisions {"start": N, "ids": [newest, ...]} as full revision ids, newest first.
Result<std::vector<std::string>> historyOf(const Json &doc, const std::string &rev)
{
    auto revisions = doc.find("_revisions");
    if (revisions == doc.end())
        return std::vector<std::string> {rev};
    if (!revisions->is_object() || !revisions->contains("start")
        || !(*revisions)["start"].is_number_integer() || !revisions->contains("ids")
        || !(*revisions)["ids"].is_array())
        return Error {Errc::Protocol, "malformed _revisions"};
    std::int64_t gen = (*revisions)["start"].get<std::int64_t>();
    std::vector<std::string> history;
    for (const auto &id : (*revisions)["ids"]) {
        if (!id.is_string() || gen < 1)
            return Error {Errc::Protocol, "malformed _revisions"};
        history.push_back(std::to_string(gen--) + "-" + id.get<std::string>());
    }
    if (history.empty() || history.front() != rev)
        return Error {Errc::Protocol, "_revisions does not start with _rev"};
    return history;
}

// A first-generation revision has no ancestors: the body the changes feed included is all
// there is to fetch. Anything else needs its history from _bulk_get.
bool completeFromFeed(const RemoteChange &change, const std::string &rev)
{
    if (!change.doc || change.revs.size() != 1 || !rev.starts_with("1-"))
        return false;
    auto included = change.doc->find("_rev");
    return included != change.doc->end() && included->is_string()
        && included->get<std::string>() == rev;
}

} // namespace

Puller::Puller(Store &store, RemoteDatabase &fetcher, Checkpointer &checkpointer)
    : m_store(store), m_fetcher(fetcher), m_checkpointer(checkpointer)
{ }

// Which of a batch's revisions this store lacks: those that came complete with the feed, and
// those still to fetch with their history.
Result<Puller::Plan> Puller::plan(RemoteChanges &changes)
{
    std::map<std::string, std::vector<std::string>> offered;
    for (const auto &change : changes.changes)
        offered[change.id] = change.revs;
    auto missing = m_store.missingRevisions(offered);
    if (!missing)
        return missing.error();
    Plan plan;
    std::map<std::string, RemoteChange *> byId;
    for (auto &change : changes.changes)
        byId[change.id] = &change;
    for (const auto &[id, revs] : *missing) {
        for (const auto &rev : revs) {
            RemoteChange &change = *byId[id];
            if (completeFromFeed(change, rev)) // its only revision: the document moves
                plan.complete.push_back(FetchedRevision {id, rev, std::move(change.doc), {}});
            else
                plan.toFetch[id].push_back(rev);
        }
    }
    return plan;
}

Status Puller::write(std::vector<FetchedRevision> &revisions, PullStats &stats)
{
    return m_store.writeBatch([&]() -> Status {
        for (auto &revision : revisions) {
            if (!revision.doc) {
                stats.problems.push_back(revision.id + " " + revision.rev + ": " + revision.error);
                continue;
            }
            auto history = historyOf(*revision.doc, revision.rev); // before the body moves
            auto doc = Document::takeApart(std::move(*revision.doc));
            if (!doc || !history) {
                stats.problems.push_back(revision.id + ": "
                                         + (!doc ? doc.error() : history.error()).describe());
                m_refused[revision.id].push_back(revision.rev);
                continue;
            }
            if (auto inserted = m_store.insertFromServer(*doc, *history); !inserted) {
                // A document the store cannot keep (too large, text that is not UTF-8) is
                // refused like a malformed one; anything else (the disk) stops the batch.
                const auto code = inserted.error().code;
                if (code != Errc::BadRequest && code != Errc::TooLarge)
                    return inserted;
                stats.problems.push_back(revision.id + ": " + inserted.error().describe());
                m_refused[revision.id].push_back(revision.rev);
                continue;
            }
            ++stats.revisionsWritten;
        }
        return {};
    });
}

// The changes (pullChanges), then what earlier pulls could not store, then attachments' bytes.
Result<PullStats> Puller::run()
{
    auto earlier = refusedEarlier();
    if (!earlier)
        return earlier.error();
    auto stats = pullChanges();
    if (!stats) {
        // What this run and the earlier ones could not take stays to be asked for.
        for (const auto &[id, revs] : *earlier)
            m_refused[id].insert(m_refused[id].end(), revs.begin(), revs.end());
        (void)keepRefused();
        return stats;
    }
    // After the changes: what a newer revision replaced meanwhile is not asked for again.
    if (auto retried = retryRefused(*earlier, *stats); !retried)
        return retried.error();
    if (auto kept = keepRefused(); !kept)
        return kept.error();
    for (const auto &[id, revs] : m_refused)
        stats->revisionsRefused += static_cast<std::int64_t>(revs.size());
    if (auto fetched = fetchAttachments(*stats); !fetched)
        return fetched.error();
    return stats;
}

namespace {

std::string refusedDocumentId(const Checkpointer &checkpointer)
{
    return checkpointer.documentId() + "-refused";
}

} // namespace

Result<RevisionMap> Puller::refusedEarlier()
{
    RevisionMap wanted;
    auto kept = m_store.getLocal(refusedDocumentId(m_checkpointer));
    if (!kept) {
        if (kept.error().code == Errc::NotFound)
            return wanted;
        return kept.error();
    }
    if (auto revisions = kept->find("revisions");
        revisions != kept->end() && revisions->is_object()) {
        for (const auto &[id, revs] : revisions->items())
            for (const auto &rev : revs)
                if (rev.is_string())
                    wanted[id].push_back(rev.get<std::string>());
    }
    return wanted;
}

Status Puller::retryRefused(const RevisionMap &earlier, PullStats &stats)
{
    if (earlier.empty())
        return {};
    auto missing = m_store.missingRevisions(earlier); // what arrived meanwhile is done
    if (!missing)
        return missing.error();
    if (missing->empty())
        return {};
    auto fetched = m_fetcher.bulkGet(*missing);
    if (!fetched)
        return fetched.error();
    std::vector<FetchedRevision> stillThere;
    for (auto &revision : *fetched)
        if (revision.doc) // gone from the server (compacted, purged): nothing left to take
            stillThere.push_back(std::move(revision));
    return write(stillThere, stats);
}

Status Puller::keepRefused()
{
    const auto id = refusedDocumentId(m_checkpointer);
    if (m_refused.empty()) {
        auto removed = m_store.removeLocal(id);
        return removed || removed.error().code == Errc::NotFound ? Status {} : removed;
    }
    Json revisions = Json::object();
    for (const auto &[docId, revs] : m_refused)
        revisions[docId] = revs;
    auto saved = m_store.putLocal(id, Json {{"revisions", revisions}});
    return saved ? Status {} : Status {saved.error()};
}

namespace {

// What a plan still lacks, fetched on the fetcher's thread; nothing to fetch is an answer now.
std::future<Result<std::vector<FetchedRevision>>> fetchMissing(PullFetcher &fetcher,
                                                               RevisionMap toFetch)
{
    if (!toFetch.empty())
        return fetcher.bulkGet(std::move(toFetch));
    std::promise<Result<std::vector<FetchedRevision>>> none;
    none.set_value(std::vector<FetchedRevision> {});
    return none.get_future();
}

} // namespace

// Batch k is written while the fetcher reads the feed ahead and fetches batch k+1's missing
// revisions, on a connection of its own. Changes come with their bodies while most revisions
// are first-generation ones (a new contact, a visit never edited), which then need no _bulk_get
// at all.
Result<PullStats> Puller::pullChanges()
{
    PullStats stats;
    auto since = m_checkpointer.load();
    if (!since)
        return since.error();
    stats.lastSeq = *since;
    PullFetcher fetcher(m_fetcher, *since, tuning::batchSize);
    auto first = fetcher.next();
    if (!first)
        return first.error();
    if (!*first) {
        stats.lastSeq = fetcher.readUpTo();
        return stats;
    }
    RemoteChanges current = std::move(**first);
    auto currentPlan = plan(current);
    if (!currentPlan)
        return currentPlan.error();
    auto currentFetch = fetchMissing(fetcher, std::move(currentPlan->toFetch));

    // Checkpoints are saved at most every checkpointInterval, and at the end: a resumed pull
    // reads again what came after the last one, and finds it already here.
    auto lastSaved = std::chrono::steady_clock::now();
    bool unsaved = false;
    while (true) {
        auto fetched = currentFetch.get();
        if (!fetched) {
            // A batch is written whole or not at all. What was written before it is safe; keep
            // it if the server still answers, and report the error either way.
            if (unsaved)
                (void)m_checkpointer.save(stats.lastSeq);
            return fetched.error();
        }
        stats.changesRead += static_cast<std::int64_t>(current.changes.size());
        std::vector<FetchedRevision> revisions = std::move(currentPlan->complete);
        std::move(fetched->begin(), fetched->end(), std::back_inserter(revisions));

        // The next batch, planned and its fetch started before this one is written, so that
        // the two overlap: if it is read already. If not, this one is written meanwhile.
        std::optional<RemoteChanges> next = fetcher.nextIfRead();
        Result<Plan> nextPlan = Plan {};
        std::future<Result<std::vector<FetchedRevision>>> nextFetch;
        auto planNext = [&]() -> Status {
            nextPlan = plan(*next);
            if (!nextPlan)
                return nextPlan.error();
            nextFetch = fetchMissing(fetcher, std::move(nextPlan->toFetch));
            return {};
        };
        if (next)
            if (auto planned = planNext(); !planned)
                return planned.error();
        if (auto written = write(revisions, stats); !written)
            return written.error();
        stats.lastSeq = current.lastSeq;
        unsaved = true;
        std::optional<Error> readError;
        if (!next) {
            auto waited = fetcher.next();
            if (!waited)
                readError = waited.error();
            else if (*waited) {
                next = std::move(**waited);
                if (auto planned = planNext(); !planned)
                    return planned.error();
            }
        }
        const bool last = !next;
        if (last || std::chrono::steady_clock::now() - lastSaved >= tuning::checkpointInterval) {
            if (auto saved = m_checkpointer.save(current.lastSeq); !saved)
                return saved.error();
            lastSaved = std::chrono::steady_clock::now();
            unsaved = false;
        }
        if (readError)
            return *readError; // this batch is safe; the next run goes on from it
        if (last)
            return stats;
        current = std::move(*next);
        currentPlan = std::move(nextPlan);
        currentFetch = std::move(nextFetch);
    }
}

} // namespace rapport::replicator
