#include "store/migrations.h"

#include "store/sqlite.h"

#include <algorithm>
#include <string>

namespace rapport {

namespace {

// 1: documents, their revision trees and _local documents.
// docs holds one row a document: the winning revision (its id, and its row in revs), the local
// sequence of its last change (NULL only inside the transaction that creates it) and the
// revision the last sync agreed on (the base of a three-way merge). revs holds every revision
// id still known; bodies are kept for leaves and for the sync base only.
Status createDocuments(sqlite::Database &db)
{
    return db.exec(R"sql(
        CREATE TABLE docs (
            doc      INTEGER PRIMARY KEY,
            id       TEXT NOT NULL UNIQUE,
            rev      TEXT NOT NULL,
            deleted  INTEGER NOT NULL,
            seq      INTEGER UNIQUE,
            winner   INTEGER,
            base_rev TEXT
        );
        CREATE TABLE revs (
            rid         INTEGER PRIMARY KEY,
            doc         INTEGER NOT NULL REFERENCES docs(doc),
            gen         INTEGER NOT NULL,
            hash        TEXT NOT NULL,
            parent_hash TEXT,
            deleted     INTEGER NOT NULL,
            leaf        INTEGER NOT NULL,
            body        TEXT,
            UNIQUE (doc, gen, hash)
        );
        CREATE INDEX revs_leaves ON revs(doc) WHERE leaf = 1;
        CREATE TABLE local_docs (
            id   TEXT PRIMARY KEY,
            rev  TEXT NOT NULL,
            body TEXT NOT NULL
        );
    )sql");
}

// 2: (the query tables and the full-text index; they left the migrations in 10)

// 3: documents the server refused, with its reason, so that the user sees what did not reach
// the server and why. A rejection is of one revision; a later edit is pushed afresh.
Status createRejections(sqlite::Database &db)
{
    return db.exec(R"sql(
        CREATE TABLE rejections (
            doc    INTEGER NOT NULL REFERENCES docs(doc),
            rev    TEXT NOT NULL,
            error  TEXT NOT NULL,
            reason TEXT NOT NULL,
            PRIMARY KEY (doc, rev)
        );
    )sql");
}

// 4: what the merge reads after each pull: the live and the deleted leaves of each document,
// so that finding what is unresolved (more than one live leaf, or a deletion beside a live
// winner) reads two small indexes.
Status indexLeaves(sqlite::Database &db)
{
    return db.exec(R"sql(
        CREATE INDEX revs_live_leaves ON revs(doc) WHERE leaf = 1 AND deleted = 0;
        CREATE INDEX revs_deleted_leaves ON revs(doc) WHERE leaf = 1 AND deleted = 1;
    )sql");
}

// 5 to 9: (more query tables; they left the migrations in 10)

// 10: the tables the screens read are no longer the migrations' but the notebook index's, a
// cache of the documents that each kind of record keeps and rebuilds by its own version
// (notebook/notebook_index). A file at 9 has no index versions, so the index drops what
// versions 2 to 9 made of those tables and builds them anew from the documents at the same
// open (dropping them here, inside this transaction, would hold every page of them in memory:
// see NotebookIndex::refresh). Before, each of those migrations filled its tables from the
// documents again in SQL, a second copy of what the C++ indexers do.
Status leaveTheIndexToTheNotebook(sqlite::Database &)
{
    return {};
}

struct Migration
{
    int version;
    Status (*apply)(sqlite::Database &);
};

// 11: attachments. A revision's body keeps its attachments' descriptions (as "_attachments"),
// so they are kept and dropped with it; the bytes are kept once per digest. Which revisions
// name which bytes is kept by triggers, so no write path can forget it: bytes go when the last
// kept revision naming them goes, and bytes a revision names but the file lacks are what a pull
// still has to fetch.
Status createAttachments(sqlite::Database &db)
{
    return db.exec(R"sql(
        CREATE TABLE attachment_bytes (
            id     INTEGER PRIMARY KEY,
            digest TEXT NOT NULL UNIQUE,
            data   BLOB NOT NULL
        );
        CREATE TABLE attachment_refs (
            rid    INTEGER NOT NULL,
            name   TEXT NOT NULL,
            digest TEXT NOT NULL,
            PRIMARY KEY (rid, name)
        ) WITHOUT ROWID;
        CREATE INDEX attachment_refs_by_digest ON attachment_refs(digest);
        -- instr() first: bodies without attachments (nearly all) are not parsed again.
        CREATE TRIGGER attachments_named AFTER INSERT ON revs
        WHEN NEW.body IS NOT NULL AND instr(NEW.body, '"_attachments":') > 0
        BEGIN
            INSERT OR IGNORE INTO attachment_refs(rid, name, digest)
            SELECT NEW.rid, a.key, a.value ->> '$.digest'
            FROM json_each(NEW.body, '$._attachments') a;
        END;
        CREATE TRIGGER attachments_body_dropped AFTER UPDATE OF body ON revs
        WHEN OLD.body IS NOT NULL AND NEW.body IS NULL
        BEGIN
            DELETE FROM attachment_refs WHERE rid = OLD.rid;
        END;
        CREATE TRIGGER attachments_revision_gone AFTER DELETE ON revs
        BEGIN
            DELETE FROM attachment_refs WHERE rid = OLD.rid;
        END;
        CREATE TRIGGER attachment_bytes_unused AFTER DELETE ON attachment_refs
        WHEN NOT EXISTS (SELECT 1 FROM attachment_refs WHERE digest = OLD.digest)
        BEGIN
            DELETE FROM attachment_bytes WHERE digest = OLD.digest;
        END;
    )sql");
}

// 12: the ids of documents purged here (a person forgotten): a revision of them that arrives
// later is not stored again. Only ids, never a value.
Status createPurged(sqlite::Database &db)
{
    return db.exec("CREATE TABLE purged (id TEXT PRIMARY KEY) WITHOUT ROWID");
}

// 13: whether the server has been told of each purge (its copies tombstoned, its database
// compacted): until then the next sync does it. A purge before this version was never told.
Status rememberServerErasure(sqlite::Database &db)
{
    return db.exec("ALTER TABLE purged ADD COLUMN erased_on_server INTEGER NOT NULL DEFAULT 0");
}

// 14: the documents whose winner is not the server's (edited here, or never sent), which the
// app counts as "changes waiting to go" after every change: counting them read every row of
// `docs` (70 ms on a notebook of 620,000 documents, on the app's own thread), where this
// index holds only the few that wait. A query uses it by naming the same condition
// (NotebookQueries::changesWaitingToGo).
Status indexWaitingToGo(sqlite::Database &db)
{
    return db.exec("CREATE INDEX docs_waiting_to_go ON docs(doc) "
                   "WHERE base_rev IS NULL OR base_rev <> rev");
}

constexpr Migration migrations[] = {
    {1, createDocuments},
    {3, createRejections},
    {4, indexLeaves},
    {10, leaveTheIndexToTheNotebook},
    {11, createAttachments},
    {12, createPurged},
    {13, rememberServerErasure},
    {14, indexWaitingToGo},
};

Result<int> userVersion(sqlite::Database &db)
{
    auto version = sqlite::singleInteger(db, "PRAGMA user_version");
    if (!version)
        return version.error();
    return static_cast<int>(*version);
}

} // namespace

int latestSchemaVersion()
{
    return std::end(migrations)[-1].version;
}

// Every pending migration in one transaction: killed half-way, the file is still the version
// it was.
Status migrate(sqlite::Database &db, int targetVersion)
{
    auto current = userVersion(db);
    if (!current)
        return current.error();
    if (*current >= targetVersion)
        return {};
    auto transaction = sqlite::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    int reached = *current;
    for (const auto &migration : migrations) {
        if (migration.version <= *current || migration.version > targetVersion)
            continue;
        if (auto applied = migration.apply(db); !applied)
            return applied;
        reached = migration.version;
    }
    reached = std::max(reached, std::min(targetVersion, latestSchemaVersion()));
    // PRAGMAs take no parameters; the values are our own integers.
    const std::string stamp = "PRAGMA application_id = " + std::to_string(applicationId)
        + "; PRAGMA user_version = " + std::to_string(reached);
    if (auto stamped = db.exec(stamp.c_str()); !stamped)
        return stamped;
    return (*transaction)->commit();
}

} // namespace rapport
