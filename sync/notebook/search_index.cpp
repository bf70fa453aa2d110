#include "notebook/search_index.h"

#include "store/sqlite.h"
#include "store/tuning.h"

#include <algorithm>
#include <array>

namespace rapport::notebook::search_index {

namespace {

constexpr std::string_view tableNames[] = {"search", "search_names"};

// `replaces`: the index holds an older entry for the document (the first queueing in the batch
// knows; later ones keep its answer). A null title means the document leaves the index.
Status queue(sqlite::Database &db, std::int64_t doc, bool replaces, const std::string *title,
             const std::string *text)
{
    auto query = db.prepare(R"sql(
        INSERT INTO temp.search_queue(doc, replaces, title, body) VALUES (?, ?, ?, ?)
        ON CONFLICT(doc) DO UPDATE SET title = excluded.title, body = excluded.body)sql");
    if (!query)
        return query.error();
    query->bind(1, doc).bind(2, replaces);
    if (title)
        query->bind(3, *title).bind(4, *text);
    return query->run();
}

Status write(sqlite::Database &db, std::int64_t doc, const std::string &title,
             const std::string &text)
{
    auto query = db.prepare("INSERT INTO search(rowid, title, body) VALUES (?, ?, ?)");
    if (!query)
        return query.error();
    if (auto added = query->bind(1, doc).bind(2, title).bind(3, text).run();
        !added || title.empty())
        return added;
    auto names = db.prepare("INSERT INTO search_names(rowid, title) VALUES (?, ?)");
    if (!names)
        return names.error();
    return names->bind(1, doc).bind(2, title).run();
}

Status erase(sqlite::Database &db, std::int64_t doc)
{
    for (const char *sql :
         {"DELETE FROM search WHERE rowid = ?", "DELETE FROM search_names WHERE rowid = ?"}) {
        auto query = db.prepare(sql);
        if (!query)
            return query.error();
        if (auto removed = query->bind(1, doc).run(); !removed)
            return removed;
    }
    return {};
}

} // namespace

const std::string_view schema = R"sql(
    CREATE VIRTUAL TABLE search USING fts5(
        title, body,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2 3',
        detail = none
    );
    CREATE VIRTUAL TABLE search_names USING fts5(
        title,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2 3',
        detail = none
    );
    INSERT INTO search(search, rank) VALUES ('automerge', 0);
    INSERT INTO search_names(search_names, rank) VALUES ('automerge', 0);
)sql";
const std::span<const std::string_view> tables = tableNames;

Status attach(sqlite::Database &db)
{
    return db.exec(R"sql(
        CREATE TEMP TABLE IF NOT EXISTS search_queue (
            doc      INTEGER PRIMARY KEY,
            replaces INTEGER NOT NULL,
            title    TEXT,
            body     TEXT
        ))sql");
}

Status add(sqlite::Database &db, std::int64_t doc, const std::string &title,
           const std::string &text)
{
    if (db.savepointDepth() > 0)
        return queue(db, doc, false, &title, &text);
    return write(db, doc, title, text);
}

Status remove(sqlite::Database &db, std::int64_t doc)
{
    if (db.savepointDepth() > 0)
        return queue(db, doc, true, nullptr, nullptr);
    return erase(db, doc);
}

Status flushQueued(sqlite::Database &db)
{
    auto queued = db.prepare("SELECT doc, replaces, title, body FROM temp.search_queue");
    if (!queued)
        return queued.error();
    std::int64_t rows = 0;
    auto read = sqlite::forEachRow(*queued, [&](const sqlite::Query &row) -> Status {
        const std::int64_t doc = row.integer(0);
        ++rows;
        if (row.integer(1) != 0) {
            if (auto erased = erase(db, doc); !erased)
                return erased;
        }
        if (row.isNull(2))
            return {};
        return write(db, doc, row.text(2), row.text(3));
    });
    if (!read)
        return read;
    queued->reset();
    // A save of a few records (a visit and its follow-ups) leaves the merging to the app's
    // upkeep while it is idle; a sync's or an import's batch does its share as it goes.
    if (rows >= tuning::mergingBatchDocuments)
        if (auto merged = merge(db, rows); !merged)
            return merged;
    return db.exec("DELETE FROM temp.search_queue");
}

namespace {

// Both full-text tables take the same commands.
constexpr std::array<std::string_view, 2> fullTextTables {"search", "search_names"};

// One of FTS5's commands ('merge', 'crisismerge', ...), an INSERT into the table's own column.
Status command(sqlite::Database &db, std::string_view table, std::string_view name,
               std::int64_t value)
{
    const std::string tableName(table);
    auto query = db.prepare("INSERT INTO " + tableName + "(" + tableName + ", rank) VALUES (?, ?)");
    if (!query)
        return query.error();
    return query->bind(1, name).bind(2, value).run();
}

} // namespace

Status merge(sqlite::Database &db, std::int64_t documents)
{
    if (documents <= 0)
        return {};
    const std::int64_t pages = std::max<std::int64_t>(
        tuning::minSearchMergePages, documents * tuning::searchMergePagesPerDocument);
    for (const auto table : fullTextTables)
        if (auto merged = command(db, table, "merge", pages); !merged)
            return merged;
    return {};
}

Status configure(sqlite::Database &db)
{
    for (const auto table : fullTextTables) {
        const std::string read
            = "SELECT v FROM " + std::string(table) + "_config WHERE k = 'crisismerge'";
        auto stored = sqlite::singleInteger(db, read);
        if (!stored)
            return stored.error();
        if (*stored == tuning::crisisMergeSegments)
            continue;
        if (auto written = command(db, table, "crisismerge", tuning::crisisMergeSegments); !written)
            return written;
    }
    return {};
}

Result<bool> mergeStep(sqlite::Database &db, std::int64_t pages)
{
    bool worked = false;
    for (const auto table : fullTextTables) {
        // A merge that found work changed two rows or more: FTS5's documented test.
        const auto before = db.totalChanges();
        if (auto merged = command(db, table, "merge", pages); !merged)
            return merged.error();
        worked = worked || db.totalChanges() - before >= 2;
    }
    return worked;
}

Status rewriteWithoutDeleted(sqlite::Database &db)
{
    if (auto flushed = flushQueued(db); !flushed)
        return flushed;
    return db.exec("INSERT INTO search(search) VALUES ('optimize');"
                   "INSERT INTO search_names(search_names) VALUES ('optimize');");
}

} // namespace rapport::notebook::search_index
