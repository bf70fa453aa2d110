#pragma once

#include "core/error.h"
#include "core/json.h"
#include "store/document.h"
#include "store/indexer.h"
#include "store/revision.h"

#include <cstdint>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rapport {

namespace sqlite {
class Database;
class Transaction;
} // namespace sqlite

struct PutResult
{
    std::string id;
    std::string rev;
};

// One entry of the local changes feed: a document's latest change, with every leaf revision
// (what CouchDB's style=all_docs reports).
struct Change
{
    std::int64_t seq = 0;
    std::string id;
    std::string rev;
    bool deleted = false;
    std::vector<std::string> leafRevs;
    std::optional<std::string> syncedRev; // the revision the server is known to have
};

struct ChangesPage
{
    std::vector<Change> changes;
    std::int64_t lastSeq = 0; // pass it back as `since` for the next page
    std::int64_t rowsRead = 0; // changes looked at, whether or not `changes` holds them
};

// Where a paged list stopped: the sort key of its last row and that row's place in the file
// (which breaks ties between equal names). Opaque to callers: hand it back for the next page.
struct PageKey
{
    std::string sortKey;
    std::int64_t position = 0;
};

// A revision the server refused to store, and why (its words).
struct Rejection
{
    std::string id;
    std::string rev;
    std::string error;
    std::string reason;
};

// An attachment whose bytes a pull has still to fetch, and a revision that names it.
struct MissingAttachment
{
    std::string id;
    std::string rev;
    std::string name;
    std::string digest;
    std::int64_t length = 0;
    std::string encoding;
};

struct StoreStats
{
    std::int64_t documents = 0; // live documents
    std::int64_t deleted = 0; // tombstones
    std::int64_t conflicted = 0;
    std::int64_t localDocuments = 0;
    std::int64_t lastSeq = 0;
    std::int64_t fileBytes = 0;
    int schemaVersion = 0;
    std::int64_t attachments = 0; // distinct attachments' bytes kept (one per digest)
    std::int64_t attachmentBytes = 0;
    // Room inside the file that nothing uses (what deleted records and photos left): given
    // back to the device by compact().
    std::int64_t freeBytes = 0;
};

// The local document store: documents with CouchDB revision trees in one SQLite file.
// One Store is one connection, used from one thread; other threads open their own (WAL lets
// readers run beside the writer). Every write is one transaction, durable when it returns.
class Store
{
public:
    enum class Access { ReadWrite, ReadOnly };

    // Opens (creating if needed), migrates, and has `indexer` bring its tables up to date
    // (telling `progress` how far it came, when it has documents to index again). A file from a
    // newer Rapport, a file of another program and a damaged file are refused with a clear
    // error and left as they were. The indexer must outlive the store. (The notebook's files
    // open with notebook::openStore, which gives the notebook's index.)
    static Result<std::unique_ptr<Store>> open(const std::string &path, const Indexer &indexer,
                                               Access access = Access::ReadWrite,
                                               const IndexProgress &progress = {});
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // A new revision on the leaf named by doc.rev (empty for a new document). A stale or
    // missing rev is a Conflict. doc.deleted writes a tombstone. _local/ ids go to putLocal.
    Result<PutResult> put(const Document &doc);
    Result<PutResult> remove(std::string_view id, std::string_view rev);

    // The winning revision; NotFound when the document is missing or deleted.
    Result<Document> get(std::string_view id);
    // A given revision, as long as its body is still kept (leaves and the sync base).
    Result<Document> getRevision(std::string_view id, std::string_view rev);
    // Every leaf, the winner first (CouchDB's open_revs=all).
    Result<std::vector<Document>> getLeaves(std::string_view id);
    // The losing live leaves of a document (CouchDB's _conflicts), best first.
    Result<std::vector<std::string>> conflicts(std::string_view id);
    // What the merge has yet to resolve: every document with more than one live leaf, or with
    // a live winner beside a deleted leaf that no merge has closed (a deletion that lost to an
    // edit, not yet recorded). Closing tombstones say so in their body: {"closedBy": ...}.
    Result<std::vector<std::string>> unresolvedDocuments();
    // The revision ids from rev back towards the root, newest first, as far as they are known.
    Result<std::vector<std::string>> revisionHistory(std::string_view id, std::string_view rev);

    // Stores a revision from a peer with its ancestry (newest first, history[0] == doc.rev),
    // as CouchDB's new_edits:false does: no rev check, branches become conflicts. Idempotent.
    Status insertWithHistory(const Document &doc, const std::vector<std::string> &history);
    // The same for a revision pulled from the server, which the server therefore has: in the
    // same write it becomes the sync base where markSynced would make it one. (A pull did both
    // apart: a second look-up and update for every document it brought.)
    Status insertFromServer(const Document &doc, const std::vector<std::string> &history);

    // The revision that the last sync agreed on; its body is kept for three-way merges.
    Status setBaseRevision(std::string_view id, std::string_view rev);
    Result<std::optional<std::string>> baseRevision(std::string_view id);
    // The server now has `rev`: when it is the document's only leaf, it becomes the sync base,
    // and the document needs no push until it changes again. Otherwise (edited meanwhile, or
    // in conflict, whose merge needs the old base) nothing changes.
    Status markSynced(std::string_view id, std::string_view rev);

    Result<ChangesPage> changesSince(std::int64_t since, int limit);
    // The same page of up to `limit` changes, without those the server has already: documents
    // whose only leaf is their sync base. What a push looks at; after a pull, that is nearly
    // every change, and telling them apart in SQL spares reading their leaves one by one.
    Result<ChangesPage> unsyncedChangesSince(std::int64_t since, int limit);
    // Of the given revisions of each document, those this store does not have (CouchDB's
    // _revs_diff, answered locally).
    Result<std::map<std::string, std::vector<std::string>>>
    missingRevisions(const std::map<std::string, std::vector<std::string>> &revisions);
    Result<std::int64_t> lastSequence();

    // The server refused this revision; it stays here, marked, until the document changes.
    Status markRejected(const Rejection &rejection);
    // Refusals of documents' current revisions: what the user should look at.
    Result<std::vector<Rejection>> rejections();

    // _local/ documents: checkpoints and settings that never replicate and have no history.
    Result<Json> getLocal(std::string_view id);
    Result<PutResult> putLocal(std::string_view id, const Json &body);
    Status removeLocal(std::string_view id);

    // Attachments' bytes (kept once per digest; attachment_store.cpp). Read a chunk at a time,
    // never whole: `sink` hears each chunk and may stop the read with an error.
    Status readAttachment(std::string_view digest,
                          const std::function<Status(std::string_view chunk)> &sink);
    // Up to `room` bytes of `digest` from offset `at` into `into`: how many (0 at the end). For
    // a reader that takes them at its own pace (an upload): no transaction stays open between
    // two calls, so a save meanwhile never waits for the network.
    Result<std::size_t> readAttachmentPart(std::string_view digest, std::int64_t at, char *into,
                                           std::size_t room);
    // Whether the bytes of `digest` are here (a pulled revision names them before they arrive).
    Result<bool> hasAttachmentBytes(std::string_view digest);
    // Keeps bytes that arrived for a digest some kept revision names, read from `file` (a
    // download, checked already) in bounded chunks, in one short transaction. Bytes no
    // revision names any longer are not kept.
    Status keepAttachmentBytes(std::string_view digest, std::FILE *file, std::int64_t length);
    // Attachments kept revisions name whose bytes are not here yet: what a pull fetches.
    Result<std::vector<MissingAttachment>> missingAttachments(int limit);

    Result<StoreStats> stats();
    // Runs `work` (any number of puts and inserts) as one transaction: one durable commit for
    // many documents, as a sync batch or an import wants. A document that fails inside rolls
    // back alone (each write is a savepoint); an error returned by `work` rolls back all.
    Status writeBatch(const std::function<Status()> &work);
    // Inside a long batch (an import), between its writes: the index work they put off is
    // done now rather than at the commit, so that a file's worth of it is never held at once.
    Status writeDeferredIndex();
    // While the app is idle: one step of the index's upkeep (Indexer::tidy), a few
    // milliseconds in a transaction of its own; true while there is more to do. It never waits
    // for another connection's write (a sync's): Busy then, and it is tried again later.
    Result<bool> tidyIndex();

    // Called after every commit on this connection that changed documents (a put, a removal,
    // a peer's revision; a batch once, at its end), with their ids, on the thread that wrote.
    // So that what shows the notebook, and what syncs it, hear of every write without a writer
    // having to remember to tell them. _local documents (drafts, checkpoints) are not changes.
    using CommitObserver = std::function<void(const std::vector<std::string> &changedIds)>;
    void observeCommits(CommitObserver observer) { m_observer = std::move(observer); }

    // Caps how large the file may grow on this connection (0: no cap): a write that would pass
    // it fails as DiskFull, as on a full disk, and changes nothing. For a device's own limit,
    // and for proving that a full disk loses nothing.
    Status limitFileSize(std::int64_t bytes);

    // Gives the room deleted records and photos left inside the file back to the device: the
    // file is written anew without it (SQLite's VACUUM, through a temporary file beside it, so
    // it needs about as much free room as the notebook takes, and no more memory). Takes the
    // write lock for as long; nothing is lost if it is killed midway. The bytes given back.
    Result<std::int64_t> compact();

    // Forgets documents as if they had never been here (a person's right to erasure): every
    // revision, every body, the tree, the index and full-text rows, their attachments' bytes
    // when nothing else names them, in one transaction. The ids are remembered (only the ids):
    // a revision of them that arrives later (a peer's, a pull's) is not stored, and a put is
    // refused. An id that is not here is remembered all the same.
    Status purge(const std::vector<std::string> &ids);
    Result<bool> wasPurged(std::string_view id);
    // The purged ids whose copies on the server are still to be erased (a sync does it, then
    // marks them): at most `limit`, oldest first.
    Result<std::vector<std::string>> purgedAwaitingServer(int limit);
    Status markErasedOnServer(const std::vector<std::string> &ids);
    // After a purge: what it took out is wiped from the file too. The full-text index is
    // rewritten without the words of what was purged, then the file (compact()): no freed page
    // and no deleted cell keeps a byte of it, and the write-ahead log is cut to nothing.
    Status eraseFreedRoom();

    // Every live document's winning revision in id order, read in one consistent snapshot.
    Status forEachDocument(const std::function<void(const Document &)> &visit);

    // The connection, for reading what the indexer keeps beside the documents (the notebook's
    // queries). Everything written goes through the methods above, or the revision trees and
    // the index would part.
    sqlite::Database &database() { return *m_db; }

private:
    Store(std::unique_ptr<sqlite::Database> db, const Indexer &indexer);

    // "<id>: <what>" (missing, deleted, no revision 2-a...) as NotFound.
    static Error notFound(std::string_view id, std::string_view what);

    // A document's row as a write transaction sees it.
    struct DocState
    {
        std::int64_t doc = 0;
        std::string id;
        std::optional<RevId> winner; // empty only for a row created in this transaction
        bool deleted = false;
        std::optional<std::string> baseRev;
    };
    Result<ChangesPage> readChanges(std::int64_t since, int limit, bool unsyncedOnly);
    enum class Origin { Peer, Server };
    Status insertHistory(const Document &doc, const std::vector<std::string> &history,
                         Origin origin);
    Result<std::optional<DocState>> loadState(std::string_view id);
    // The loaded state, or a new row for a document seen for the first time.
    Result<DocState> stateOrNewRow(std::string_view id, std::optional<DocState> loaded);
    // The state of a document that must exist (NotFound otherwise).
    Result<DocState> existingState(std::string_view id);
    Status insertRevision(std::int64_t doc, const RevId &rev,
                          const std::optional<std::string> &parentHash, bool deleted, bool leaf,
                          const std::string *body);
    Status retireParent(const DocState &state, const RevId &parent);
    // Records `rev` as the document row's sync base (what the caller decided it is).
    Status writeBase(std::int64_t doc, std::string_view rev);
    // The bytes of attachments given with a write (`data`), kept once per digest.
    Status keepNewAttachmentBytes(const Attachments &attachments);
    // The row of attachment_bytes holding `digest`, or NotFound.
    Result<std::int64_t> attachmentRow(std::string_view digest);
    Status stem(const DocState &state, std::int64_t newestGen);
    // writtenRev is the revision this write added; the caller still holds its body.
    Status finishWrite(const DocState &state, const std::string &writtenRev,
                       const Json &writtenBody);
    Result<Document> readRevision(std::string_view id, std::int64_t doc, const RevId &rev);
    // A write's transaction (a savepoint inside a batch), and its commit, after which the
    // observer hears of what the outermost transaction changed.
    Result<std::unique_ptr<sqlite::Transaction>> beginWrite();
    Status commit(sqlite::Transaction &transaction);

    std::unique_ptr<sqlite::Database> m_db;
    const Indexer &m_indexer;
    CommitObserver m_observer;
    std::vector<std::string> m_changed; // by the transaction open now
    bool m_indexDeferred = false; // a write inside a savepoint may have left index work queued
};

} // namespace rapport
