#include "replicator/puller.h"

#include "replicator/checkpointer.h"
#include "replicator/remote_database.h"
#include "replicator/replication_tuning.h"
#include "store/store.h"

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

} // namespace

Puller::Puller(Store &store, RemoteDatabase &remote, Checkpointer &checkpointer)
    : m_store(store), m_remote(remote), m_checkpointer(checkpointer)
{ }

Result<PullStats> Puller::run()
{
    PullStats stats;
    auto since = m_checkpointer.load();
    if (!since)
        return since.error();
    Json sequence = *since;
    while (true) {
        auto changes = m_remote.changes(sequence, tuning::batchSize);
        if (!changes)
            return changes.error();
        if (changes->changes.empty())
            return stats;
        stats.changesRead += static_cast<std::int64_t>(changes->changes.size());
        std::map<std::string, std::vector<std::string>> offered;
        for (const auto &change : changes->changes)
            offered[change.id] = change.revs;
        auto missing = m_store.missingRevisions(offered);
        if (!missing)
            return missing.error();
        if (!missing->empty()) {
            auto fetched = m_remote.bulkGet(*missing);
            if (!fetched)
                return fetched.error();
            auto written = m_store.writeBatch([&]() -> Status {
                for (const auto &revision : *fetched) {
                    if (!revision.doc) {
                        stats.problems.push_back(revision.id + " " + revision.rev + ": "
                                                 + revision.error);
                        continue;
                    }
                    auto doc = Document::fromJson(*revision.doc);
                    auto history = historyOf(*revision.doc, revision.rev);
                    if (!doc || !history) {
                        stats.problems.push_back(
                            revision.id + ": " + (!doc ? doc.error() : history.error()).describe());
                        continue;
                    }
                    if (auto inserted = m_store.insertWithHistory(*doc, *history); !inserted)
                        return inserted;
                    if (auto synced = m_store.markSynced(doc->id, doc->rev); !synced)
                        return synced;
                    ++stats.revisionsWritten;
                }
                return {};
            });
            if (!written)
                return written.error();
        }
        sequence = changes->lastSeq;
        if (auto saved = m_checkpointer.save(sequence); !saved)
            return saved.error();
        if (static_cast<int>(changes->changes.size()) < tuning::batchSize)
            return stats;
    }
}

} // namespace rapport::replicator
