#include "notebook/notebook_index.h"

#include "core/fields.h"
#include "notebook/kind_index.h"
#include "notebook/record_type_index.h"
#include "notebook/search_index.h"
#include "store/document.h"
#include "store/sqlite.h"
#include "store/tuning.h"

#include <map>
#include <string>
#include <vector>

namespace rapport::notebook {

namespace {

constexpr const KindIndex *kinds[] = {
    &cadenceKind, &visitKind,    &accountKind,  &contactKind,   &followUpKind,
    &leadKind,    &feedbackKind, &conflictKind, &duplicateKind,
};

// The search index's entry in index_versions; the kinds' are their types.
constexpr std::string_view searchPart = "search";

const KindIndex *kindOf(std::string_view type)
{
    for (const KindIndex *kind : kinds)
        if (kind->type == type)
            return kind;
    return nullptr; // stored and synced, but in no list: unknown kinds from a newer app, too
}

Result<std::map<std::string, int, std::less<>>> storedVersions(sqlite::Database &db)
{
    std::map<std::string, int, std::less<>> versions;
    auto exists = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'index_versions'");
    if (!exists)
        return exists.error();
    auto found = exists->step();
    if (!found)
        return found.error();
    if (!*found)
        return versions;
    exists->reset();
    auto query = db.prepare("SELECT part, version FROM index_versions");
    if (!query)
        return query.error();
    auto read = sqlite::forEachRow(*query, [&versions](const sqlite::Query &row) {
        versions.emplace(row.text(0), static_cast<int>(row.integer(1)));
    });
    if (!read)
        return read.error();
    return versions;
}

bool isCurrent(const std::map<std::string, int, std::less<>> &versions, std::string_view part,
               int version)
{
    auto found = versions.find(part);
    return found != versions.end() && found->second == version;
}

Status recreate(sqlite::Database &db, std::span<const std::string_view> tables,
                std::string_view schema)
{
    for (auto table : tables) {
        const std::string drop = "DROP TABLE IF EXISTS " + std::string(table);
        if (auto dropped = db.exec(drop.c_str()); !dropped)
            return dropped;
    }
    return db.exec(std::string(schema).c_str());
}

// Debian's SQLite zeroes every page it frees (SECURE_DELETE), so dropping a table inside a
// transaction wrote every page of it to the statement journal, which is in memory here: 1.2 GB
// for the search index of 620,000 documents, enough for a phone to kill the app at every
// open. FAST zeroes what it can without extra writes; what may stay on free pages is derived
// from documents that are still in the file, so nothing is kept that is not kept anyway.
Status dropQuickly(sqlite::Database &db, bool quickly)
{
    return db.exec(quickly ? "PRAGMA secure_delete = FAST" : "PRAGMA secure_delete = ON");
}

Status forgetVersion(sqlite::Database &db, std::string_view part)
{
    auto query = db.prepare("DELETE FROM index_versions WHERE part = ?");
    if (!query)
        return query.error();
    return query->bind(1, part).run();
}

Status recordVersion(sqlite::Database &db, std::string_view part, int version)
{
    auto query = db.prepare("INSERT OR REPLACE INTO index_versions(part, version) VALUES (?, ?)");
    if (!query)
        return query.error();
    return query->bind(1, part).bind(2, version).run();
}

// The live documents of the given kinds (every live document when `all`), as SQL: only a
// document's type is read in SQL, to choose what to read; the C++ units read the rest. A chunk
// at a time, by row: ?1 the last row done, ?2 how many.
std::string documentsOf(const std::vector<const KindIndex *> &stale, bool all, bool counting)
{
    std::string sql = counting ? "SELECT count(*)" : "SELECT d.doc, r.body";
    sql += " FROM docs d JOIN revs r ON r.rid = d.winner WHERE d.deleted = 0";
    if (!all) {
        sql += " AND r.body ->> '$.type' IN (";
        for (std::size_t i = 0; i < stale.size(); ++i)
            sql += (i ? ", '" : "'") + std::string(stale[i]->type) + "'";
        sql += ")";
    }
    if (!counting)
        sql += " AND d.doc > ?1 ORDER BY d.doc LIMIT ?2";
    return sql;
}

// Documents indexed again a transaction at a time, so that the write-ahead log is checkpointed
// as the rebuild goes instead of growing by the whole index (2 GB at 620,000 documents) on a
// phone's disk. A kill loses nothing: the versions are written last, so tables half built are
// built again from nothing at the next open.
constexpr std::int64_t documentsPerTransaction = 2000;

Status indexAgain(sqlite::Database &db, const std::vector<const KindIndex *> &stale,
                  bool searchRebuilt, const IndexProgress &progress)
{
    const bool all = stale.size() == std::size(kinds);
    auto counted = sqlite::singleInteger(db, documentsOf(stale, all, true));
    if (!counted)
        return counted.error();
    const std::int64_t total = *counted;
    if (progress)
        progress(0, total);
    std::int64_t done = 0;
    std::int64_t lastDoc = 0;
    while (true) {
        auto transaction = sqlite::Transaction::begin(db);
        if (!transaction)
            return transaction.error();
        std::int64_t inChunk = 0;
        {
            auto query = db.prepare(documentsOf(stale, all, false));
            if (!query)
                return query.error();
            query->bind(1, lastDoc).bind(2, documentsPerTransaction);
            auto read = sqlite::forEachRow(*query, [&](const sqlite::Query &row) -> Status {
                lastDoc = row.integer(0);
                ++inChunk;
                auto body = parseStoredBody(row.textView(1), "a document");
                if (!body)
                    return body.error();
                const KindIndex *kind = kindOf(stringMember(*body, "type"));
                if (!kind)
                    return {};
                if (!searchRebuilt) {
                    if (auto removed = search_index::remove(db, lastDoc); !removed)
                        return removed;
                }
                return kind->index(db, lastDoc, *body);
            });
            if (!read)
                return read;
        }
        if (inChunk == 0)
            return {};
        if (auto merged = search_index::merge(db, inChunk); !merged)
            return merged;
        if (auto committed = (*transaction)->commit(); !committed)
            return committed;
        done += inChunk;
        if (progress)
            progress(done, total);
    }
}

// Which parts are out of date: none, usually. A part the file has at another version (older,
// or newer: a newer Rapport wrote it and this one now writes beside it) is built again from the
// documents; its version is written once it is whole, so a kill half-way leaves it to be built
// again from nothing at the next open. Parts this code does not know (a newer Rapport's kinds) are
// forgotten, so that the newer Rapport, when it opens the file again, builds them afresh over what
// this one wrote meanwhile.
Status refreshParts(sqlite::Database &db, bool readOnly, const IndexProgress &progress)
{
    auto versions = storedVersions(db);
    if (!versions)
        return versions.error();
    const bool searchStale = !isCurrent(*versions, searchPart, search_index::version);
    const bool typesStale
        = !isCurrent(*versions, record_type_index::part, record_type_index::version);
    std::vector<const KindIndex *> stale;
    for (const KindIndex *kind : kinds)
        if (searchStale || !isCurrent(*versions, kind->type, kind->version))
            stale.push_back(kind);
    std::vector<std::string> unknown;
    for (const auto &[part, version] : *versions)
        if (part != searchPart && part != record_type_index::part && !kindOf(part))
            unknown.push_back(part);
    if (stale.empty() && unknown.empty() && !typesStale)
        return {};
    if (readOnly)
        return Error {Errc::BadRequest,
                      "the notebook's lists must be built again by opening it for writing once"};

    {
        // The tables anew, their versions forgotten until they are full again.
        auto transaction = sqlite::Transaction::begin(db);
        if (!transaction)
            return transaction.error();
        if (auto created
            = db.exec("CREATE TABLE IF NOT EXISTS index_versions ("
                      "part TEXT PRIMARY KEY, version INTEGER NOT NULL) WITHOUT ROWID");
            !created)
            return created;
        for (const auto &part : unknown)
            if (auto forgotten = forgetVersion(db, part); !forgotten)
                return forgotten;
        if (auto quick = dropQuickly(db, true); !quick)
            return quick;
        if (searchStale) {
            if (auto forgotten = forgetVersion(db, searchPart); !forgotten)
                return forgotten;
            if (auto made = recreate(db, search_index::tables, search_index::schema); !made)
                return made;
        }
        if (typesStale) {
            if (auto forgotten = forgetVersion(db, record_type_index::part); !forgotten)
                return forgotten;
            if (auto made = recreate(db, record_type_index::tables, record_type_index::schema);
                !made)
                return made;
            if (auto filled = record_type_index::rebuild(db); !filled)
                return filled;
        }
        // Every table first: a kind's index may read another's (see the order of `kinds`).
        for (const KindIndex *kind : stale) {
            if (auto forgotten = forgetVersion(db, kind->type); !forgotten)
                return forgotten;
            if (auto made = recreate(db, kind->tables, kind->schema); !made)
                return made;
        }
        if (auto committed = (*transaction)->commit(); !committed)
            return committed;
        if (auto secure = dropQuickly(db, false); !secure)
            return secure;
    }
    if (!stale.empty()) {
        if (auto indexed = indexAgain(db, stale, searchStale, progress); !indexed)
            return indexed;
    }
    auto transaction = sqlite::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    if (searchStale) {
        if (auto recorded = recordVersion(db, searchPart, search_index::version); !recorded)
            return recorded;
    }
    if (typesStale) {
        if (auto recorded = recordVersion(db, record_type_index::part, record_type_index::version);
            !recorded)
            return recorded;
    }
    for (const KindIndex *kind : stale)
        if (auto recorded = recordVersion(db, kind->type, kind->version); !recorded)
            return recorded;
    return (*transaction)->commit();
}

} // namespace

Status NotebookIndex::attach(sqlite::Database &db, bool readOnly) const
{
    return readOnly ? Status {} : search_index::attach(db);
}

Status NotebookIndex::refresh(sqlite::Database &db, bool readOnly,
                              const IndexProgress &progress) const
{
    if (auto refreshed = refreshParts(db, readOnly, progress); !refreshed)
        return refreshed;
    return readOnly ? Status {} : search_index::configure(db);
}

Status NotebookIndex::documentChanged(sqlite::Database &db, std::int64_t doc, bool wasIndexed,
                                      const Json *winner) const
{
    if (wasIndexed) {
        // The previous winner's kind is not known here (its body is gone): every kind takes
        // out what it holds of the document, which is one indexed delete each.
        for (const KindIndex *kind : kinds)
            if (auto removed = kind->unindex(db, doc); !removed)
                return removed;
        if (auto removed = search_index::remove(db, doc); !removed)
            return removed;
        if (auto removed = record_type_index::remove(db, doc); !removed)
            return removed;
    }
    if (!winner)
        return {};
    if (auto added = record_type_index::add(db, doc, stringMember(*winner, "type")); !added)
        return added;
    if (const KindIndex *kind = kindOf(stringMember(*winner, "type")))
        return kind->index(db, doc, *winner);
    return {};
}

Status NotebookIndex::batchEnds(sqlite::Database &db) const
{
    return search_index::flushQueued(db);
}

Result<bool> NotebookIndex::tidy(sqlite::Database &db) const
{
    return search_index::mergeStep(db, tuning::idleMergePages);
}

Status NotebookIndex::eraseLeftovers(sqlite::Database &db) const
{
    return search_index::rewriteWithoutDeleted(db);
}

const Indexer &notebookIndex()
{
    static const NotebookIndex index;
    return index;
}

Result<std::unique_ptr<Store>> openStore(const std::string &path, Store::Access access,
                                         const IndexProgress &progress)
{
    return Store::open(path, notebookIndex(), access, progress);
}

std::span<const RecordField> recordFields(std::string_view type)
{
    const KindIndex *kind = kindOf(type);
    return kind ? kind->fields : std::span<const RecordField>();
}

} // namespace rapport::notebook
