#include "store/migrations.h"

#include "store/derived_index.h"
#include "store/sqlite.h"

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

// 2: query tables and the full-text index, derived from the winning revisions. Filled from
// the documents already there (by migrate(), at the latest schema, whose indexers these are),
// so a database from version 1 is searchable after the upgrade.
// Prefix indexes of 1 to 3 characters answer the first keystrokes of a search without merging
// thousands of word lists (measured: 66 ms -> under 1 ms for one letter on 620,000 documents,
// for about a fifth more index). search_names holds the names and titles alone: a column
// filter on `search` would walk every note's word list to find the few names among them.
Status createDerivedIndex(sqlite::Database &db)
{
    auto created = db.exec(R"sql(
        CREATE TABLE accounts (
            doc          INTEGER PRIMARY KEY REFERENCES docs(doc),
            name         TEXT NOT NULL,
            town         TEXT,
            segment      TEXT,
            tier         TEXT,
            cadence_days INTEGER
        );
        CREATE INDEX accounts_by_name ON accounts(name COLLATE NOCASE, doc);
        CREATE INDEX accounts_by_segment ON accounts(segment, tier);
        CREATE TABLE contacts (
            doc          INTEGER PRIMARY KEY REFERENCES docs(doc),
            account_id   TEXT,
            sort_name    TEXT NOT NULL,
            display_name TEXT NOT NULL,
            role         TEXT,
            birthday_md  TEXT
        );
        CREATE INDEX contacts_by_name ON contacts(sort_name COLLATE NOCASE, doc);
        CREATE INDEX contacts_by_account ON contacts(account_id);
        CREATE INDEX contacts_by_birthday ON contacts(birthday_md);
        CREATE TABLE visits (
            doc        INTEGER PRIMARY KEY REFERENCES docs(doc),
            account_id TEXT,
            date       TEXT NOT NULL
        );
        CREATE INDEX visits_by_account ON visits(account_id, date);
        CREATE INDEX visits_by_date ON visits(date, doc);
        CREATE TABLE followups (
            doc        INTEGER PRIMARY KEY REFERENCES docs(doc),
            title      TEXT NOT NULL,
            due        TEXT,
            done       INTEGER NOT NULL,
            account_id TEXT,
            contact_id TEXT
        );
        CREATE INDEX followups_open ON followups(done, due, doc);
        CREATE VIRTUAL TABLE search USING fts5(
            title, body,
            tokenize = 'unicode61 remove_diacritics 2',
            prefix = '1 2 3'
        );
        CREATE VIRTUAL TABLE search_names USING fts5(
            title,
            tokenize = 'unicode61 remove_diacritics 2',
            prefix = '1 2 3'
        );
    )sql");
    return created; // filled by migrate(), once every migration has run: see below
}

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

// 4: what the merge reads after each pull. The live and the deleted leaves of each document,
// so that finding what is unresolved (more than one live leaf, or a deletion beside a live
// winner) reads two small indexes; and contacts' e-mail and phone, normalised, so that a person
// created on two devices is found as a likely duplicate. Filled from the documents already
// there. Also: the full-text index no longer merges its segments during a write
// (automerge=0), where a single save paid 15-20 ms for a step of some large merge; batches
// merge on purpose instead (DerivedIndex::flushQueuedSearch), and FTS5's crisis merge still
// bounds the segments that single saves add.
Status prepareMerge(sqlite::Database &db)
{
    return db.exec(R"sql(
        CREATE INDEX revs_live_leaves ON revs(doc) WHERE leaf = 1 AND deleted = 0;
        CREATE INDEX revs_deleted_leaves ON revs(doc) WHERE leaf = 1 AND deleted = 1;
        ALTER TABLE contacts ADD COLUMN email TEXT;
        ALTER TABLE contacts ADD COLUMN phone TEXT;
        UPDATE contacts SET
            email = (SELECT nullif(lower(trim(r.body ->> '$.email')), '')
                     FROM docs d JOIN revs r ON r.rid = d.winner WHERE d.doc = contacts.doc),
            phone = (SELECT CASE WHEN length(p) >= 6 THEN p END FROM (
                         SELECT replace(replace(replace(replace(replace(replace(
                                    trim(r.body ->> '$.phone'), ' ', ''), '-', ''), '(', ''),
                                    ')', ''), '/', ''), '.', '') AS p
                         FROM docs d JOIN revs r ON r.rid = d.winner
                         WHERE d.doc = contacts.doc));
        CREATE INDEX contacts_by_email ON contacts(email) WHERE email IS NOT NULL;
        CREATE INDEX contacts_by_phone ON contacts(phone) WHERE phone IS NOT NULL;
        INSERT INTO search(search, rank) VALUES ('automerge', 0);
        INSERT INTO search_names(search_names, rank) VALUES ('automerge', 0);
    )sql");
}

// 5: what the UI's screens ask: which contacts a visit was with ("last time you talked
// about ..."), whether a visit is only planned, each account's last visit and the day it lapses
// past its cadence (Today's "lapsed", accounts sorted by last contact), and anniversaries beside
// birthdays; each account's feedback; and the conflict documents still open for review. Filled from
// the documents already there, in SQL, as the indexers would.
Status prepareScreens(sqlite::Database &db)
{
    return db.exec(R"sql(
        CREATE TABLE visit_contacts (
            contact_id TEXT NOT NULL,
            doc        INTEGER NOT NULL REFERENCES docs(doc),
            PRIMARY KEY (contact_id, doc)
        ) WITHOUT ROWID;
        CREATE INDEX visit_contacts_by_visit ON visit_contacts(doc);
        ALTER TABLE visits ADD COLUMN planned INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE accounts ADD COLUMN last_visit TEXT;
        ALTER TABLE accounts ADD COLUMN lapses_on TEXT;
        ALTER TABLE contacts ADD COLUMN anniversary_md TEXT;
        CREATE INDEX accounts_by_last_visit ON accounts(last_visit, doc);
        CREATE INDEX accounts_by_lapse ON accounts(lapses_on, doc) WHERE lapses_on IS NOT NULL;
        CREATE INDEX contacts_by_anniversary ON contacts(anniversary_md)
            WHERE anniversary_md IS NOT NULL;
        CREATE INDEX followups_open_by_contact ON followups(contact_id, due) WHERE done = 0;
        CREATE TABLE feedback (
            doc        INTEGER PRIMARY KEY REFERENCES docs(doc),
            account_id TEXT,
            date       TEXT,
            score      INTEGER
        );
        CREATE INDEX feedback_by_account ON feedback(account_id, date);
        INSERT INTO feedback(doc, account_id, date, score)
            SELECT d.doc, r.body ->> '$.accountId', r.body ->> '$.date',
                   CASE WHEN typeof(r.body ->> '$.score') = 'integer' THEN r.body ->> '$.score' END
            FROM docs d JOIN revs r ON r.rid = d.winner
            WHERE d.deleted = 0 AND r.body ->> '$.type' = 'feedback';
        CREATE TABLE open_conflicts (
            doc INTEGER PRIMARY KEY REFERENCES docs(doc)
        );
        INSERT INTO open_conflicts(doc)
            SELECT d.doc FROM docs d JOIN revs r ON r.rid = d.winner
            WHERE d.deleted = 0 AND r.body ->> '$.type' = 'conflict'
              AND r.body ->> '$.status' = 'open';
        UPDATE visits SET planned = coalesce(
            (SELECT (r.body ->> '$.planned') IS 1
             FROM docs d JOIN revs r ON r.rid = d.winner WHERE d.doc = visits.doc), 0);
        INSERT OR IGNORE INTO visit_contacts(contact_id, doc)
            SELECT j.value, v.doc
            FROM visits v JOIN docs d ON d.doc = v.doc JOIN revs r ON r.rid = d.winner,
                 json_each(r.body, '$.contactIds') j
            WHERE j.type = 'text';
        UPDATE contacts SET anniversary_md = (
            SELECT CASE WHEN length(a) >= 5 AND substr(a, -3, 1) = '-' THEN substr(a, -5) END
            FROM (SELECT r.body ->> '$.anniversary' AS a
                  FROM docs d JOIN revs r ON r.rid = d.winner WHERE d.doc = contacts.doc));
        UPDATE accounts SET last_visit = (
            SELECT max(v.date) FROM visits v
            WHERE v.planned = 0 AND v.account_id = (SELECT id FROM docs WHERE doc = accounts.doc));
        UPDATE accounts SET lapses_on = date(last_visit, '+' || cadence_days || ' days')
            WHERE last_visit IS NOT NULL AND cadence_days IS NOT NULL;
    )sql");
}

// 6: looking for a person already in the notebook by name within their company (an import of
// 100,000 people asks it once a person; without the index each asking read every colleague).
Status findPeopleByName(sqlite::Database &db)
{
    return db.exec(R"sql(
        CREATE INDEX contacts_by_account_name
            ON contacts(account_id, display_name COLLATE NOCASE) WHERE account_id IS NOT NULL;
    )sql");
}

// 7: what the relationship features ask. Which visit or trade-show lead a follow-up came
// from (a visit that produced none gets a nudge; a lead never followed up is listed), contact
// cadences per segment (from the one `cadence` document) that an account's own overrides, when
// a lapsed account's "why?" was last answered, and the leads captured at trade shows.
Status prepareRelationships(sqlite::Database &db)
{
    return db.exec(R"sql(
        ALTER TABLE followups ADD COLUMN visit_id TEXT;
        ALTER TABLE followups ADD COLUMN lead_id TEXT;
        UPDATE followups SET
            visit_id = (SELECT r.body ->> '$.visitId' FROM docs d JOIN revs r ON r.rid = d.winner
                        WHERE d.doc = followups.doc),
            lead_id = (SELECT r.body ->> '$.leadId' FROM docs d JOIN revs r ON r.rid = d.winner
                       WHERE d.doc = followups.doc);
        CREATE INDEX followups_by_visit ON followups(visit_id) WHERE visit_id IS NOT NULL;
        CREATE INDEX followups_by_lead ON followups(lead_id) WHERE lead_id IS NOT NULL;
        CREATE TABLE segment_cadence (
            segment TEXT PRIMARY KEY,
            days    INTEGER NOT NULL,
            doc     INTEGER NOT NULL REFERENCES docs(doc)
        ) WITHOUT ROWID;
        INSERT OR REPLACE INTO segment_cadence(segment, days, doc)
            SELECT j.key, j.value, d.doc
            FROM docs d JOIN revs r ON r.rid = d.winner, json_each(r.body, '$.segments') j
            WHERE d.deleted = 0 AND r.body ->> '$.type' = 'cadence' AND j.type = 'integer'
              AND j.value > 0;
        ALTER TABLE accounts ADD COLUMN lapse_answered TEXT;
        UPDATE accounts SET lapse_answered = (
            SELECT max(j.value ->> '$.date')
            FROM docs d JOIN revs r ON r.rid = d.winner, json_each(r.body, '$.lapseNotes') j
            WHERE d.doc = accounts.doc);
        UPDATE accounts SET lapses_on = date(last_visit, '+' || coalesce(cadence_days,
            (SELECT days FROM segment_cadence s WHERE s.segment = accounts.segment)) || ' days')
            WHERE last_visit IS NOT NULL;
        CREATE TABLE leads (
            doc         INTEGER PRIMARY KEY REFERENCES docs(doc),
            name        TEXT NOT NULL,
            company     TEXT,
            warmth      INTEGER,
            captured_on TEXT,
            event       TEXT,
            contact_id  TEXT
        );
        CREATE INDEX leads_by_capture ON leads(captured_on, doc);
        INSERT INTO leads(doc, name, company, warmth, captured_on, event, contact_id)
            SELECT d.doc, coalesce(r.body ->> '$.name', ''), r.body ->> '$.company',
                   CASE WHEN typeof(r.body ->> '$.warmth') = 'integer' THEN r.body ->> '$.warmth'
                   END,
                   r.body ->> '$.capturedOn', r.body ->> '$.event', r.body ->> '$.contactId'
            FROM docs d JOIN revs r ON r.rid = d.winner
            WHERE d.deleted = 0 AND r.body ->> '$.type' = 'lead';
    )sql");
}

// 8: likely duplicate contacts still open for review (the duplicate documents), and who a
// follow-up or lead is about, for moving a merged person's history onto the one kept.
Status prepareDuplicateReview(sqlite::Database &db)
{
    return db.exec(R"sql(
        CREATE TABLE open_duplicates (
            doc INTEGER PRIMARY KEY REFERENCES docs(doc)
        );
        INSERT INTO open_duplicates(doc)
            SELECT d.doc FROM docs d JOIN revs r ON r.rid = d.winner
            WHERE d.deleted = 0 AND r.body ->> '$.type' = 'duplicate'
              AND r.body ->> '$.status' = 'open';
        CREATE INDEX followups_by_contact ON followups(contact_id) WHERE contact_id IS NOT NULL;
        CREATE INDEX leads_by_contact ON leads(contact_id) WHERE contact_id IS NOT NULL;
    )sql");
}

// 9: each account's size now and its potential, so that small customers with big potential
// stand out: the list sorts by the room between the two.
Status prepareRoomToGrow(sqlite::Database &db)
{
    return db.exec(R"sql(
        ALTER TABLE accounts ADD COLUMN size INTEGER;
        ALTER TABLE accounts ADD COLUMN potential INTEGER;
        ALTER TABLE accounts ADD COLUMN room INTEGER
            GENERATED ALWAYS AS (coalesce(potential, 0) - coalesce(size, 0)) VIRTUAL;
        UPDATE accounts SET
            size = (SELECT CASE WHEN typeof(r.body ->> '$.size') = 'integer'
                                THEN r.body ->> '$.size' END
                    FROM docs d JOIN revs r ON r.rid = d.winner WHERE d.doc = accounts.doc),
            potential = (SELECT CASE WHEN typeof(r.body ->> '$.potential') = 'integer'
                                     THEN r.body ->> '$.potential' END
                         FROM docs d JOIN revs r ON r.rid = d.winner WHERE d.doc = accounts.doc);
        CREATE INDEX accounts_by_room ON accounts(room, doc);
    )sql");
}

struct Migration
{
    int version;
    Status (*apply)(sqlite::Database &);
    bool rebuildsDerivedIndex = false; // the derived tables are to be filled anew after it
};

constexpr Migration migrations[] = {
    {1, createDocuments},      {2, createDerivedIndex, true}, {3, createRejections},
    {4, prepareMerge},         {5, prepareScreens},           {6, findPeopleByName},
    {7, prepareRelationships}, {8, prepareDuplicateReview},   {9, prepareRoomToGrow},
};

Result<int> userVersion(sqlite::Database &db)
{
    auto query = db.prepare("PRAGMA user_version");
    if (!query)
        return query.error();
    auto row = query->step();
    if (!row)
        return row.error();
    return static_cast<int>(query->integer(0));
}

} // namespace

int latestSchemaVersion()
{
    return std::end(migrations)[-1].version;
}

// Every pending migration, and the rebuild of the derived tables some of them ask for, in one
// transaction: killed half-way, the file is still the version it was. The rebuild runs with
// the latest indexers, so only when migrating to the latest version (older targets are for
// tests that build old files).
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
    bool rebuild = false;
    int reached = *current;
    for (const auto &migration : migrations) {
        if (migration.version <= *current || migration.version > targetVersion)
            continue;
        if (auto applied = migration.apply(db); !applied)
            return applied;
        rebuild = rebuild || migration.rebuildsDerivedIndex;
        reached = migration.version;
    }
    if (rebuild && reached == latestSchemaVersion()) {
        if (auto rebuilt = DerivedIndex::rebuildAll(db); !rebuilt)
            return rebuilt;
    }
    // PRAGMAs take no parameters; the values are our own integers.
    const std::string stamp = "PRAGMA application_id = " + std::to_string(applicationId)
        + "; PRAGMA user_version = " + std::to_string(reached);
    if (auto stamped = db.exec(stamp.c_str()); !stamped)
        return stamped;
    return (*transaction)->commit();
}

} // namespace rapport
