#include "replicator/pusher.h"

#include "core/base64.h"
#include "replicator/checkpointer.h"
#include "replicator/remote_database.h"
#include "replicator/replication_tuning.h"
#include "store/store.h"

#include <set>

namespace rapport::replicator {

namespace {

// A revision as _bulk_docs with new_edits:false wants it: the document with its _revisions.
Result<Json> withHistory(Store &store, const std::string &id, const std::string &rev)
{
    auto doc = store.getRevision(id, rev);
    if (!doc)
        return doc.error();
    auto history = store.revisionHistory(id, rev);
    if (!history)
        return history.error();
    Json ids = Json::array();
    for (const auto &ancestor : *history)
        ids.push_back(ancestor.substr(ancestor.find('-') + 1));
    Json json = doc->toJson();
    json["_revisions"] = Json {{"start", RevId::parse(rev)->gen}, {"ids", ids}};
    if (!doc->attachments.empty()) {
        // The server has the revision the last sync agreed on, and every attachment as of it:
        // those go as stubs, and the ones added or changed since with their bytes.
        auto base = store.baseRevision(id);
        if (!base)
            return base.error();
        const auto baseRev = *base ? RevId::parse(**base) : std::nullopt;
        const std::int64_t serverHasUpTo = baseRev ? baseRev->gen : 0;
        for (const auto &[name, attachment] : doc->attachments) {
            if (attachment.revpos <= serverHasUpTo)
                continue;
            std::string bytes;
            auto read = store.readAttachment(attachment.digest, [&bytes](std::string_view chunk) {
                bytes.append(chunk);
                return Status {};
            });
            if (!read)
                return read.error();
            Json &entry = json["_attachments"][name];
            entry.erase("stub");
            entry.erase("encoding");
            entry.erase("encoded_length");
            entry["data"] = base64Encoded(bytes);
        }
    }
    return json;
}

} // namespace

Pusher::Pusher(Store &store, RemoteDatabase &remote, Checkpointer &checkpointer)
    : m_store(store), m_remote(remote), m_checkpointer(checkpointer)
{ }

Result<PushStats> Pusher::run()
{
    PushStats stats;
    auto since = m_checkpointer.load();
    if (!since)
        return since.error();
    std::int64_t sequence = since->is_number_integer() ? since->get<std::int64_t>() : 0;
    std::int64_t checkpointed = sequence;
    std::int64_t unsavedChanges = 0;
    while (true) {
        auto page = m_store.changesSince(sequence, tuning::batchSize);
        if (!page)
            return page.error();
        stats.changesRead += static_cast<std::int64_t>(page->changes.size());
        // Documents whose only revision came from (or already went to) the server need no
        // request at all: after a pull, that is nearly every change.
        RevisionMap offered;
        for (const auto &change : page->changes) {
            if (change.leafRevs.size() != 1 || change.leafRevs.front() != change.syncedRev)
                offered[change.id] = change.leafRevs;
        }
        if (!offered.empty()) {
            auto sent = pushRevisions(offered, stats);
            if (!sent)
                return sent.error();
        }
        sequence = page->lastSeq;
        unsavedChanges += static_cast<std::int64_t>(page->changes.size());
        const bool lastPage = static_cast<int>(page->changes.size()) < tuning::batchSize;
        // A checkpoint costs a request on each side: write one after work was sent, or when
        // enough skipped changes piled up that re-reading them next time would cost more.
        if (sequence != checkpointed
            && (!offered.empty() || unsavedChanges >= tuning::batchSize || !lastPage)) {
            if (auto saved = m_checkpointer.save(Json(sequence)); !saved)
                return saved.error();
            checkpointed = sequence;
            unsavedChanges = 0;
        }
        if (lastPage)
            return stats;
    }
}

// One batch: ask the server which revisions it lacks, send those with their history, mark what
// the server refused, and record what it now has as the documents' sync base.
Status Pusher::pushRevisions(const RevisionMap &offered, PushStats &stats)
{
    auto missing = m_remote.revsDiff(offered);
    if (!missing)
        return missing.error();
    std::vector<Json> docs;
    std::map<std::string, std::string> sentRev; // for refusals that do not name the rev
    for (const auto &[id, revs] : *missing) {
        for (const auto &rev : revs) {
            auto json = withHistory(m_store, id, rev);
            if (!json)
                return json.error();
            docs.push_back(std::move(*json));
            sentRev[id] = rev;
        }
    }
    std::set<std::string> refused;
    if (!docs.empty()) {
        auto rejected = m_remote.bulkDocs(docs);
        if (!rejected)
            return rejected.error();
        stats.revisionsSent += static_cast<std::int64_t>(docs.size() - rejected->size());
        for (const auto &refusal : *rejected) {
            ++stats.rejected;
            refused.insert(refusal.id);
            const auto rev = refusal.rev.empty() ? sentRev[refusal.id] : refusal.rev;
            auto marked
                = m_store.markRejected(Rejection {refusal.id, rev, refusal.error, refusal.reason});
            if (!marked)
                return marked.error();
        }
    }
    return m_store.writeBatch([&]() -> Status {
        for (const auto &[id, leaves] : offered) {
            if (leaves.size() != 1 || refused.contains(id))
                continue;
            if (auto marked = m_store.markSynced(id, leaves.front()); !marked)
                return marked;
        }
        return {};
    });
}

} // namespace rapport::replicator
