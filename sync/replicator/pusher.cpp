#include "replicator/pusher.h"

#include "core/base64.h"
#include "replicator/checkpointer.h"
#include "replicator/multipart_body.h"
#include "replicator/remote_database.h"
#include "replicator/replication_tuning.h"
#include "store/store.h"

#include <set>

namespace rapport::replicator {

// A revision ready to go: the document as _bulk_docs or a multipart PUT wants it, and, when its
// new attachments are too heavy to go inline, the parts that follow it.
struct RevisionToSend
{
    std::string id;
    std::string rev;
    Json json;
    std::vector<MultipartBody::FollowingAttachment> following {};
    std::size_t inlineBytes = 0;
};

namespace {

// A revision with its _revisions (new_edits:false), its attachments the server has (as of the
// revision the last sync agreed on) as stubs, and the ones added or changed since with their
// bytes: inline when light, as parts that follow when heavy.
Result<RevisionToSend> revisionToSend(Store &store, const std::string &id, const std::string &rev)
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
    RevisionToSend revision {id, rev, doc->toJson()};
    revision.json["_revisions"] = Json {{"start", RevId::parse(rev)->gen}, {"ids", ids}};
    if (doc->attachments.empty())
        return revision;
    auto base = store.baseRevision(id);
    if (!base)
        return base.error();
    const auto baseRev = *base ? RevId::parse(**base) : std::nullopt;
    const std::int64_t serverHasUpTo = baseRev ? baseRev->gen : 0;
    std::int64_t newBytes = 0;
    for (const auto &[name, attachment] : doc->attachments) {
        if (attachment.revpos > serverHasUpTo)
            newBytes += attachment.length;
    }
    const bool inlined = newBytes <= tuning::inlineAttachmentBytes;
    // In the order of the document's _attachments, which is the order the parts follow in.
    for (const auto &[name, attachment] : doc->attachments) {
        if (attachment.revpos <= serverHasUpTo)
            continue;
        Json &entry = revision.json["_attachments"][name];
        entry.erase("stub");
        entry.erase("encoding");
        entry.erase("encoded_length");
        if (!attachment.encoding.empty())
            entry.erase("digest"); // of the compressed bytes, which are not what is sent
        if (inlined) {
            std::string bytes;
            auto read = store.readAttachment(attachment.digest, [&bytes](std::string_view chunk) {
                bytes.append(chunk);
                return Status {};
            });
            if (!read)
                return read.error();
            entry["data"] = base64Encoded(bytes);
            revision.inlineBytes += bytes.size();
        } else {
            entry["follows"] = true;
            revision.following.push_back({attachment.digest, attachment.length});
        }
    }
    return revision;
}

// The server's refusal in words the salesperson can act on, for the refusals that are about
// size (CouchDB's max_document_size, max_attachment_size, max_http_request_size).
RejectedDocument inPlainWords(RejectedDocument refusal)
{
    if (refusal.error == "attachment_too_large")
        refusal.reason = "The file \"" + refusal.reason
            + "\" is larger than the server accepts. It stays on this device; remove it or "
              "attach a smaller one for the rest to sync.";
    else if (refusal.error == "document_too_large" || refusal.error == "too_large"
             || refusal.error == "HTTP 413")
        refusal.reason = "This record and its files are larger than the server accepts. It "
                         "stays on this device; remove a file for it to sync.";
    return refusal;
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
        // Documents whose only revision came from (or already went to) the server need no
        // request at all: after a pull, that is nearly every change; the store leaves them out.
        auto page = m_store.unsyncedChangesSince(sequence, tuning::batchSize);
        if (!page)
            return page.error();
        stats.changesRead += page->rowsRead;
        RevisionMap offered;
        for (const auto &change : page->changes)
            offered[change.id] = change.leafRevs;
        if (!offered.empty()) {
            auto sent = pushRevisions(offered, stats);
            if (!sent)
                return sent.error();
        }
        sequence = page->lastSeq;
        unsavedChanges += page->rowsRead;
        const bool lastPage = page->rowsRead < tuning::batchSize;
        // A checkpoint costs a request on each side: write one after work was sent, or at the
        // end when enough skipped changes piled up that re-reading them next time would cost
        // more. (Skipped pages alone wrote one each: 20 requests after a pull of 10,000.)
        if (sequence != checkpointed
            && (!offered.empty() || (lastPage && unsavedChanges >= tuning::batchSize))) {
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
    std::vector<RejectedDocument> refusals;
    std::vector<RevisionToSend> batch;
    std::size_t batchBytes = 0;
    auto sendBatch = [&]() -> Status {
        if (auto sent = sendInline(batch, refusals, stats); !sent)
            return sent;
        batch.clear();
        batchBytes = 0;
        return {};
    };
    for (const auto &[id, revs] : *missing) {
        for (const auto &rev : revs) {
            auto revision = revisionToSend(m_store, id, rev);
            if (!revision)
                return revision.error();
            if (!revision->following.empty()) {
                if (auto sent = sendWithParts(*revision, refusals, stats); !sent)
                    return sent;
                continue;
            }
            batchBytes += revision->inlineBytes;
            batch.push_back(std::move(*revision));
            if (batchBytes >= tuning::pushBatchBytes) {
                if (auto sent = sendBatch(); !sent)
                    return sent;
            }
        }
    }
    if (!batch.empty()) {
        if (auto sent = sendBatch(); !sent)
            return sent;
    }
    std::set<std::string> refused;
    for (const auto &refusal : refusals) {
        ++stats.rejected;
        refused.insert(refusal.id);
        auto marked = m_store.markRejected(
            Rejection {refusal.id, refusal.rev, refusal.error, refusal.reason});
        if (!marked)
            return marked;
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

// Revisions whose attachments go inline, in one _bulk_docs. One the server refuses whole for its
// size (413) is sent again in halves, down to the document that is too large, which alone is
// refused.
Status Pusher::sendInline(std::vector<RevisionToSend> &revisions,
                          std::vector<RejectedDocument> &refusals, PushStats &stats)
{
    if (revisions.empty())
        return {};
    std::vector<Json> docs;
    docs.reserve(revisions.size());
    for (auto &revision : revisions)
        docs.push_back(std::move(revision.json));
    return sendDocs(revisions, docs, 0, docs.size(), refusals, stats);
}

Status Pusher::sendDocs(const std::vector<RevisionToSend> &revisions, std::vector<Json> &docs,
                        std::size_t from, std::size_t to, std::vector<RejectedDocument> &refusals,
                        PushStats &stats)
{
    std::vector<Json> part(
        std::make_move_iterator(docs.begin() + static_cast<std::ptrdiff_t>(from)),
        std::make_move_iterator(docs.begin() + static_cast<std::ptrdiff_t>(to)));
    auto rejected = m_remote.bulkDocs(part);
    if (!rejected && rejected.error().code == Errc::TooLarge && to - from > 1) {
        std::move(part.begin(), part.end(), docs.begin() + static_cast<std::ptrdiff_t>(from));
        const std::size_t middle = from + (to - from) / 2;
        if (auto sent = sendDocs(revisions, docs, from, middle, refusals, stats); !sent)
            return sent;
        return sendDocs(revisions, docs, middle, to, refusals, stats);
    }
    if (!rejected)
        return rejected.error();
    stats.revisionsSent += static_cast<std::int64_t>(part.size() - rejected->size());
    for (auto &refusal : *rejected) {
        if (refusal.rev.empty()) { // some servers do not name it: the one sent
            for (std::size_t i = from; i < to; ++i) {
                if (revisions[i].id == refusal.id)
                    refusal.rev = revisions[i].rev;
            }
        }
        refusals.push_back(inPlainWords(std::move(refusal)));
    }
    return {};
}

// A revision with heavy attachments: on its own, the bytes streamed from the store.
Status Pusher::sendWithParts(RevisionToSend &revision, std::vector<RejectedDocument> &refusals,
                             PushStats &stats)
{
    auto json = textToPush(revision.json);
    if (!json)
        return json.error();
    MultipartBody body(m_store, std::move(*json), std::move(revision.following));
    auto refused = m_remote.putRevision(revision.id, revision.rev, body);
    if (!refused)
        return refused.error();
    if (*refused)
        refusals.push_back(inPlainWords(std::move(**refused)));
    else
        ++stats.revisionsSent;
    return {};
}

} // namespace rapport::replicator
