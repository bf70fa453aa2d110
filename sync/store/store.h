#pragma once

#include "core/error.h"
#include "core/json.h"
#include "store/document.h"
#include "store/revision.h"

#include <cstdint>
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
}

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
};

// Where a paged list stopped: the sort key of its last row and that row's place in the file
// (which breaks ties between equal names). Opaque to callers: hand it back for the next page.
struct PageKey
{
    std::string sortKey;
    std::int64_t position = 0;
};

struct ContactRow
{
    std::string id;
    std::string displayName;
    std::string accountId;
    std::string role;
    PageKey key;
};

struct SearchHit
{
    std::string id;
    std::string type;
    std::string title;
};

// A revision the server refused to store, and why (its words).
struct Rejection
{
    std::string id;
    std::string rev;
    std::string error;
    std::string reason;
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
    std::map<std::string, std::int64_t> byType;
};

// The local document store: documents with CouchDB revision trees in one SQLite file.
// One Store is one connection, used from one thread; other threads open their own (WAL lets
// readers run beside the writer). Every write is one transaction, durable when it returns.
class Store
{
public:
    enum class Access { ReadWrite, ReadOnly };

    // Opens (creating if needed) and migrates. A file from a newer Rapport, a file of another
    // program and a damaged file are refused with a clear error and left as they were.
    static Result<std::unique_ptr<Store>> open(const std::string &path,
                                               Access access = Access::ReadWrite);
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
    // Pairs of live contacts, at least one of them changed after local sequence `since`, that
    // look like one person: the same e-mail, the same phone number, or the same name in the
    // same account. Each pair once, its ids in order.
    Result<std::vector<std::pair<std::string, std::string>>>
    likelyDuplicateContacts(std::int64_t since);
    // The revision ids from rev back towards the root, newest first, as far as they are known.
    Result<std::vector<std::string>> revisionHistory(std::string_view id, std::string_view rev);

    // Stores a revision from a peer with its ancestry (newest first, history[0] == doc.rev),
    // as CouchDB's new_edits:false does: no rev check, branches become conflicts. Idempotent.
    Status insertWithHistory(const Document &doc, const std::vector<std::string> &history);

    // The revision that the last sync agreed on; its body is kept for three-way merges.
    Status setBaseRevision(std::string_view id, std::string_view rev);
    Result<std::optional<std::string>> baseRevision(std::string_view id);
    // The server now has `rev`: when it is the document's only leaf, it becomes the sync base,
    // and the document needs no push until it changes again. Otherwise (edited meanwhile, or
    // in conflict, whose merge needs the old base) nothing changes.
    Status markSynced(std::string_view id, std::string_view rev);

    Result<ChangesPage> changesSince(std::int64_t since, int limit);
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

    // Contacts sorted by name, one page after `after` (or from the start).
    Result<std::vector<ContactRow>> contactsByName(const std::optional<PageKey> &after, int limit);
    // What the user typed, matched as words and word prefixes in any order: documents whose
    // name or title holds every word first, then those that hold them anywhere; newest first
    // within each. Never parsed as query syntax: quotes, stars, NEAR and the like are text.
    Result<std::vector<SearchHit>> search(std::string_view text, int limit);
    Result<StoreStats> stats();
    // Runs `work` (any number of puts and inserts) as one transaction: one durable commit for
    // many documents, as a sync batch or an import wants. A document that fails inside rolls
    // back alone (each write is a savepoint); an error returned by `work` rolls back all.
    Status writeBatch(const std::function<Status()> &work);

    // Caps how large the file may grow on this connection (0: no cap): a write that would pass
    // it fails as DiskFull, as on a full disk, and changes nothing. For a device's own limit,
    // and for proving that a full disk loses nothing.
    Status limitFileSize(std::int64_t bytes);

    // Every live document's winning revision in id order, read in one consistent snapshot.
    Status forEachDocument(const std::function<void(const Document &)> &visit);

private:
    // The screens' queries read the derived tables directly; they never write.
    friend class NotebookQueries;
    explicit Store(std::unique_ptr<sqlite::Database> db);

    // A document's row as a write transaction sees it.
    struct DocState
    {
        std::int64_t doc = 0;
        std::string id;
        std::optional<RevId> winner; // empty only for a row created in this transaction
        bool deleted = false;
        std::optional<std::string> baseRev;
    };
    Result<std::optional<DocState>> loadState(std::string_view id);
    // The loaded state, or a new row for a document seen for the first time.
    Result<DocState> stateOrNewRow(std::string_view id, std::optional<DocState> loaded);
    // The state of a document that must exist (NotFound otherwise).
    Result<DocState> existingState(std::string_view id);
    Status insertRevision(std::int64_t doc, const RevId &rev,
                          const std::optional<std::string> &parentHash, bool deleted, bool leaf,
                          const std::string *body);
    Status retireParent(const DocState &state, const RevId &parent);
    Status stem(const DocState &state, std::int64_t newestGen);
    // writtenRev is the revision this write added; the caller still holds its body.
    Status finishWrite(const DocState &state, const std::string &writtenRev,
                       const Json &writtenBody);
    Result<Document> readRevision(std::string_view id, std::int64_t doc, const RevId &rev);

    std::unique_ptr<sqlite::Database> m_db;
};

} // namespace rapport
