#include "store/store.h"

#include "store/migrations.h"
#include "store/sqlite.h"
#include "store/tuning.h"

#include <algorithm>

namespace rapport {

namespace {

Error conflict(std::string message)
{
    return Error {Errc::Conflict, std::move(message)};
}

struct Identity
{
    std::int64_t applicationId = 0;
    std::int64_t userVersion = 0;
    std::int64_t tables = 0;
};

// Reads only the header and the schema: nothing here writes to the file.
Result<Identity> identify(sqlite::Database &db)
{
    Identity identity;
    auto appId = sqlite::singleInteger(db, "PRAGMA application_id");
    if (!appId)
        return appId.error();
    auto version = sqlite::singleInteger(db, "PRAGMA user_version");
    if (!version)
        return version.error();
    auto tables = sqlite::singleInteger(db, "SELECT count(*) FROM sqlite_master");
    if (!tables)
        return tables.error();
    return Identity {*appId, *version, *tables};
}

Status checkIdentity(const Identity &identity, const std::string &path)
{
    if (identity.applicationId != applicationId
        && (identity.applicationId != 0 || identity.tables != 0))
        return Error {
            Errc::NotRapport,
            path + " is a database of another program, not Rapport's; it was left untouched"};
    if (identity.userVersion > latestSchemaVersion())
        return Error {Errc::FutureVersion,
                      path + " was written by a newer version of Rapport (schema "
                          + std::to_string(identity.userVersion) + ", this version knows up to "
                          + std::to_string(latestSchemaVersion())
                          + "). Update Rapport to open it; the file was left untouched."};
    return {};
}

Status configure(sqlite::Database &db, Store::Access access)
{
    // FULL in WAL mode syncs the log at every commit: a write that returned survives a dead
    // battery. NORMAL would be faster and could lose the last commits on power loss.
    // The log is trimmed to walKeptBytes whenever it starts over after a checkpoint, instead
    // of keeping the size of the largest batch until the app closes.
    const std::string pragmas
        = std::string(access == Store::Access::ReadWrite ? "PRAGMA journal_mode = WAL;" : "")
        + "PRAGMA journal_size_limit = " + std::to_string(tuning::walKeptBytes) + ";"
        + "PRAGMA synchronous = FULL; PRAGMA temp_store = MEMORY;" + "PRAGMA cache_size = -"
        + std::to_string(tuning::cacheSizeKiB) + ";";
    return db.exec(pragmas.c_str());
}

} // namespace

Store::Store(std::unique_ptr<sqlite::Database> db, const Indexer &indexer)
    : m_db(std::move(db)), m_indexer(indexer)
{ }

Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::open(const std::string &path, const Indexer &indexer,
                                           Access access, const IndexProgress &progress)
{
    auto db
        = sqlite::Database::open(path,
                                 access == Access::ReadOnly ? sqlite::Database::Mode::ReadOnly
                                                            : sqlite::Database::Mode::ReadWrite);
    if (!db)
        return db.error();
    auto identity = identify(**db);
    if (!identity) {
        if (identity.error().code == Errc::Corrupt)
            return Error {Errc::Corrupt,
                          path + " is damaged or is not a database; it was left untouched ("
                              + identity.error().message + ")"};
        return identity.error();
    }
    if (auto checked = checkIdentity(*identity, path); !checked)
        return checked.error();
    if (auto configured = configure(**db, access); !configured)
        return configured.error();
    const bool readOnly = access == Access::ReadOnly;
    if (auto attached = indexer.attach(**db, readOnly); !attached)
        return attached.error();
    if (!readOnly) {
        if (auto migrated = migrate(**db); !migrated)
            return migrated.error();
    } else if (identity->userVersion != latestSchemaVersion()) {
        return Error {Errc::BadRequest, path + " must be opened for writing once to be upgraded"};
    }
    if (auto refreshed = indexer.refresh(**db, readOnly, progress); !refreshed)
        return Error {refreshed.error().code, path + ": " + refreshed.error().message};
    return std::unique_ptr<Store>(new Store(std::move(*db), indexer));
}

Result<std::optional<Store::DocState>> Store::loadState(std::string_view id)
{
    auto query = m_db->prepare("SELECT doc, rev, deleted, base_rev FROM docs WHERE id = ?");
    if (!query)
        return query.error();
    auto row = query->bind(1, id).step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<DocState>();
    DocState state;
    state.doc = query->integer(0);
    state.id = std::string(id);
    state.winner = RevId::parse(query->textView(1));
    state.deleted = query->integer(2) != 0;
    if (!query->isNull(3))
        state.baseRev = query->text(3);
    return std::optional<DocState>(std::move(state));
}

Result<Store::DocState> Store::stateOrNewRow(std::string_view id, std::optional<DocState> loaded)
{
    if (loaded)
        return std::move(*loaded);
    auto query
        = m_db->prepare("INSERT INTO docs(id, rev, deleted) VALUES (?, '', 0) RETURNING doc");
    if (!query)
        return query.error();
    auto row = query->bind(1, id).step();
    if (!row)
        return row.error();
    DocState state;
    state.doc = query->integer(0);
    state.id = std::string(id);
    if (auto done = query->step(); !done)
        return done.error();
    return state;
}

Result<Store::DocState> Store::existingState(std::string_view id)
{
    auto loaded = loadState(id);
    if (!loaded)
        return loaded.error();
    if (!*loaded)
        return notFound(id, "missing");
    return std::move(**loaded);
}

Status Store::insertRevision(std::int64_t doc, const RevId &rev,
                             const std::optional<std::string> &parentHash, bool deleted, bool leaf,
                             const std::string *body)
{
    auto query = m_db->prepare("INSERT INTO revs(doc, gen, hash, parent_hash, deleted, leaf, body) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
    if (!query)
        return query.error();
    query->bind(1, doc).bind(2, rev.gen).bind(3, rev.hash).bind(4, parentHash);
    query->bind(5, deleted).bind(6, leaf);
    if (body)
        query->bind(7, *body);
    return query->run();
}

// A revision that gained a child is no longer a leaf; its body goes unless it is the sync base.
Status Store::retireParent(const DocState &state, const RevId &parent)
{
    const bool keepBody = state.baseRev && *state.baseRev == parent.str();
    auto query = m_db->prepare("UPDATE revs SET leaf = 0, body = CASE WHEN ? THEN body END "
                               "WHERE doc = ? AND gen = ? AND hash = ?");
    if (!query)
        return query.error();
    return query->bind(1, keepBody)
        .bind(2, state.doc)
        .bind(3, parent.gen)
        .bind(4, parent.hash)
        .run();
}

// Keeps revsLimit generations of history below the newest revision (CouchDB's stemming).
Status Store::stem(const DocState &state, std::int64_t newestGen)
{
    if (newestGen <= tuning::revsLimit)
        return {};
    auto query = m_db->prepare("DELETE FROM revs WHERE doc = ? AND gen <= ? AND leaf = 0 "
                               "AND gen || '-' || hash IS NOT ?");
    if (!query)
        return query.error();
    return query->bind(1, state.doc)
        .bind(2, newestGen - tuning::revsLimit)
        .bind(3, state.baseRev)
        .run();
}

// After any change to a document's tree: choose the winner as CouchDB does, give the document
// the next local sequence, and bring the query tables up to date if the winner changed.
Status Store::finishWrite(const DocState &state, const std::string &writtenRev,
                          const Json &writtenBody)
{
    struct Candidate
    {
        Leaf leaf;
        std::int64_t rid;
    };
    std::vector<Candidate> candidates;
    {
        auto query
            = m_db->prepare("SELECT rid, gen, hash, deleted FROM revs WHERE doc = ? AND leaf = 1");
        if (!query)
            return query.error();
        query->bind(1, state.doc);
        auto read = sqlite::forEachRow(*query, [&candidates](const sqlite::Query &row) {
            candidates.push_back(
                {{RevId {row.integer(1), row.text(2)}, row.integer(3) != 0}, row.integer(0)});
        });
        if (!read)
            return read.error();
    }
    if (candidates.empty())
        return Error {Errc::Internal, state.id + " has no leaf revision"};
    m_changed.push_back(state.id);
    const auto &winner = *std::min_element(
        candidates.begin(), candidates.end(),
        [](const Candidate &a, const Candidate &b) { return winsOver(a.leaf, b.leaf); });
    auto next = sqlite::singleInteger(*m_db, "SELECT coalesce(max(seq), 0) + 1 FROM docs");
    if (!next)
        return next.error();
    {
        auto query = m_db->prepare(
            "UPDATE docs SET rev = ?, deleted = ?, winner = ?, seq = ? WHERE doc = ?");
        if (!query)
            return query.error();
        auto updated = query->bind(1, winner.leaf.rev.str())
                           .bind(2, winner.leaf.deleted)
                           .bind(3, winner.rid)
                           .bind(4, *next)
                           .bind(5, state.doc)
                           .run();
        if (!updated)
            return updated;
    }
    if (state.winner == winner.leaf.rev && state.deleted == winner.leaf.deleted)
        return {};
    // Only a live winner is in the index: a new document, or one that was deleted, has nothing
    // there to take out.
    const bool wasIndexed = state.winner && !state.deleted;
    if (winner.leaf.deleted)
        return m_indexer.documentChanged(*m_db, state.doc, wasIndexed, nullptr);
    if (winner.leaf.rev.str() == writtenRev)
        return m_indexer.documentChanged(*m_db, state.doc, wasIndexed, &writtenBody);
    auto body = readRevision(state.id, state.doc, winner.leaf.rev);
    if (!body)
        return body.error();
    return m_indexer.documentChanged(*m_db, state.doc, wasIndexed, &body->body);
}

Result<std::unique_ptr<sqlite::Transaction>> Store::beginWrite()
{
    if (m_db->inTransaction()) {
        m_indexDeferred = true;
    } else {
        m_changed.clear(); // what a transaction rolled back had changed, changed nothing
        m_indexDeferred = false;
    }
    return sqlite::Transaction::begin(*m_db);
}

Status Store::commit(sqlite::Transaction &transaction)
{
    // What the index put off inside savepoints is written once, as the outermost transaction
    // commits: a batch of a hundred thousand saves (an import, each save a savepoint of its
    // own) gives the full-text index one write, not one segment and one merge a save.
    if (!transaction.nested() && std::exchange(m_indexDeferred, false))
        if (auto flushed = m_indexer.batchEnds(*m_db); !flushed)
            return flushed;
    if (auto committed = transaction.commit(); !committed)
        return committed;
    if (m_db->inTransaction() || m_changed.empty())
        return {};
    auto changed = std::move(m_changed);
    m_changed.clear();
    if (m_observer)
        m_observer(changed);
    return {};
}

Result<PutResult> Store::put(const Document &doc)
{
    if (isLocalId(doc.id)) {
        if (doc.deleted) {
            if (auto removed = removeLocal(doc.id); !removed)
                return removed.error();
            return PutResult {doc.id, "0-0"};
        }
        return putLocal(doc.id, doc.body);
    }
    if (auto valid = validateDocumentId(doc.id); !valid)
        return valid.error();
    std::optional<RevId> expected;
    if (!doc.rev.empty()) {
        expected = RevId::parse(doc.rev);
        if (!expected)
            return Error {Errc::BadRequest, "_rev must look like \"<generation>-<hash>\""};
    }

    auto transaction = beginWrite();
    if (!transaction)
        return transaction.error();
    auto loaded = loadState(doc.id);
    if (!loaded)
        return loaded.error();
    std::optional<RevId> parent;
    if (!*loaded) {
        // A forgotten record is not made again under its id.
        auto purged = wasPurged(doc.id);
        if (!purged)
            return purged.error();
        if (*purged)
            return conflict("document " + doc.id + " was forgotten here (purged)");
        if (expected)
            return conflict("document " + doc.id + " does not exist, so it has no revision "
                            + doc.rev);
        if (doc.deleted)
            return notFound(doc.id, "nothing to delete");
    } else if (!expected) {
        if (!(*loaded)->deleted)
            return conflict("document " + doc.id + " already exists; give its current _rev ("
                            + (*loaded)->winner->str() + ") to change it");
        parent = (*loaded)->winner; // a deleted document comes back to life on its tombstone
    } else {
        auto query = m_db->prepare("SELECT leaf FROM revs WHERE doc = ? AND gen = ? AND hash = ?");
        if (!query)
            return query.error();
        auto row
            = query->bind(1, (*loaded)->doc).bind(2, expected->gen).bind(3, expected->hash).step();
        if (!row)
            return row.error();
        if (!*row || query->integer(0) == 0)
            return conflict("stale _rev " + doc.rev + " for " + doc.id
                            + ": the document has changed since; its current revision is "
                            + (*loaded)->winner->str());
        parent = expected;
    }
    auto existingOrNew = stateOrNewRow(doc.id, std::move(*loaded));
    if (!existingOrNew)
        return existingOrNew.error();
    const DocState &state = *existingOrNew;

    // New attachments are dated to this revision, and their bytes kept before it names them.
    const std::int64_t gen = parent ? parent->gen + 1 : 1;
    Attachments attachments = doc.attachments;
    for (auto &[name, attachment] : attachments)
        if (attachment.bringsBytes())
            attachment.revpos = gen;
    if (auto kept = keepNewAttachmentBytes(attachments); !kept)
        return kept.error();
    auto serialized = serializeRevision(doc.id, doc.body, attachments);
    if (!serialized)
        return serialized.error();
    const std::string &bodyText = *serialized;
    const RevId rev {gen,
                     attachments.empty() ? revisionHash(parent, doc.deleted, doc.body)
                                         : revisionHash(parent, doc.deleted,
                                                        revisionContent(doc.body, attachments))};
    const std::optional<std::string> parentHash
        = parent ? std::optional(parent->hash) : std::nullopt;
    if (auto inserted = insertRevision(state.doc, rev, parentHash, doc.deleted, true, &bodyText);
        !inserted)
        return inserted.error();
    if (parent) {
        if (auto retired = retireParent(state, *parent); !retired)
            return retired.error();
    }
    if (auto stemmed = stem(state, rev.gen); !stemmed)
        return stemmed.error();
    if (auto finished = finishWrite(state, rev.str(), doc.body); !finished)
        return finished.error();
    if (auto committed = commit(**transaction); !committed)
        return committed.error();
    return PutResult {doc.id, rev.str()};
}

Status Store::writeBatch(const std::function<Status()> &work)
{
    auto transaction = beginWrite();
    if (!transaction)
        return transaction.error();
    if (auto done = work(); !done)
        return done;
    return commit(**transaction);
}

Status Store::writeDeferredIndex()
{
    // Inside a savepoint the index would only queue it again.
    if (m_db->savepointDepth() > 0 || !std::exchange(m_indexDeferred, false))
        return {};
    return m_indexer.batchEnds(*m_db);
}

Result<bool> Store::tidyIndex()
{
    m_db->setBusyTimeout(0);
    auto transaction = beginWrite();
    m_db->setBusyTimeout(tuning::busyTimeoutMs);
    if (!transaction)
        return transaction.error();
    auto worked = m_indexer.tidy(*m_db);
    if (!worked)
        return worked.error();
    if (auto committed = commit(**transaction); !committed)
        return committed.error();
    return *worked;
}

Result<PutResult> Store::remove(std::string_view id, std::string_view rev)
{
    Document tombstone;
    tombstone.id = std::string(id);
    tombstone.rev = std::string(rev);
    tombstone.deleted = true;
    return put(tombstone);
}

Status Store::insertWithHistory(const Document &doc, const std::vector<std::string> &history)
{
    return insertHistory(doc, history, Origin::Peer);
}

Status Store::insertFromServer(const Document &doc, const std::vector<std::string> &history)
{
    return insertHistory(doc, history, Origin::Server);
}

Status Store::insertHistory(const Document &doc, const std::vector<std::string> &history,
                            Origin origin)
{
    if (auto valid = validateDocumentId(doc.id); !valid)
        return valid;
    if (isLocalId(doc.id))
        return Error {Errc::BadRequest, "_local documents have no revision history"};
    if (history.empty() || history.front() != doc.rev)
        return Error {Errc::BadRequest, "the history of " + doc.id + " must start with its _rev"};
    std::vector<RevId> revs;
    for (const auto &text : history) {
        auto rev = RevId::parse(text);
        if (!rev || (!revs.empty() && rev->gen != revs.back().gen - 1))
            return Error {Errc::BadRequest,
                          "the history of " + doc.id + " is not a chain of consecutive revisions"};
        revs.push_back(std::move(*rev));
        if (static_cast<std::int64_t>(revs.size()) == tuning::revsLimit)
            break;
    }
    auto serialized = serializeRevision(doc.id, doc.body, doc.attachments);
    if (!serialized)
        return serialized.error();
    const std::string &bodyText = *serialized;
    // A peer that has not heard that this record was forgotten does not bring it back.
    auto purged = wasPurged(doc.id);
    if (!purged)
        return purged.error();
    if (*purged)
        return {};

    auto transaction = beginWrite();
    if (!transaction)
        return transaction.error();
    auto loaded = loadState(doc.id);
    if (!loaded)
        return loaded.error();
    auto existingOrNew = stateOrNewRow(doc.id, std::move(*loaded));
    if (!existingOrNew)
        return existingOrNew.error();
    const DocState &state = *existingOrNew;
    // Where does this history join what we have? Nothing to do if we have the tip already.
    auto known = m_db->prepare("SELECT 1 FROM revs WHERE doc = ? AND gen = ? AND hash = ?");
    if (!known)
        return known.error();
    std::size_t joinAt = revs.size();
    for (std::size_t i = 0; i < revs.size() && joinAt == revs.size(); ++i) {
        known->reset();
        auto row = known->bind(1, state.doc).bind(2, revs[i].gen).bind(3, revs[i].hash).step();
        if (!row)
            return row.error();
        if (*row)
            joinAt = i;
    }
    known->reset();
    if (joinAt == 0) // the server may have it from us: then it is the base from now on
        return origin == Origin::Server ? markSynced(doc.id, doc.rev) : Status {};
    if (auto kept = keepNewAttachmentBytes(doc.attachments); !kept)
        return kept;
    // The unknown ancestors become body-less inner revisions, oldest first; the tip is a leaf.
    auto parentOf = [&](std::size_t i) {
        return i + 1 < revs.size() ? std::optional(revs[i + 1].hash) : std::nullopt;
    };
    for (std::size_t i = std::min(joinAt, revs.size()) - 1; i >= 1; --i) {
        if (auto inserted = insertRevision(state.doc, revs[i], parentOf(i), false, false, nullptr);
            !inserted)
            return inserted;
    }
    if (auto inserted
        = insertRevision(state.doc, revs[0], parentOf(0), doc.deleted, true, &bodyText);
        !inserted)
        return inserted;
    if (joinAt < revs.size()) {
        if (auto retired = retireParent(state, revs[joinAt]); !retired)
            return retired;
    }
    if (auto stemmed = stem(state, revs[0].gen); !stemmed)
        return stemmed;
    if (auto finished = finishWrite(state, doc.rev, doc.body); !finished)
        return finished;
    if (origin == Origin::Server) {
        // A document first seen now has this revision as its only leaf: the base, with no
        // look-up. One we had already may have local edits or a conflict: markSynced decides.
        auto based = state.winner ? markSynced(doc.id, doc.rev) : writeBase(state.doc, doc.rev);
        if (!based)
            return based;
    }
    return commit(**transaction);
}

Status Store::writeBase(std::int64_t doc, std::string_view rev)
{
    auto update = m_db->prepare("UPDATE docs SET base_rev = ? WHERE doc = ?");
    if (!update)
        return update.error();
    return update->bind(1, rev).bind(2, doc).run();
}

} // namespace rapport
