#pragma once

#include "core/error.h"

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace rapport::sqlite {
class Database;
}

// The full-text index every kind writes into: a title (a name, a visit's title) and the rest of
// what a record says, by document row. Like the kinds' tables it is a cache of the documents;
// when it changes (its version goes up) every kind is indexed again.
namespace rapport::notebook::search_index {

inline constexpr int version = 2;
// The tokenizer both tables are made with, and its arguments, as the schema names them: a search
// splits what was typed into words with the same one (ftsMatchExpression).
inline constexpr std::string_view tokenizerName = "unicode61";
inline constexpr std::array<const char *, 2> tokenizerArguments {"remove_diacritics", "2"};
// Version 2 keeps which documents hold a word and nothing more (detail=none: no columns, no
// positions): a search asks for words, never a phrase or a column, and on 620,000 documents the
// positions made the index 657 MB where it is now 120 MB (the notebook 1.86 GB -> 1.32 GB).
// Prefix indexes of 1 to 3 characters answer the first keystrokes of a search without merging
// thousands of word lists (measured: 66 ms -> under 1 ms for one letter on 620,000 documents,
// for about a fifth more index). search_names holds the names and titles alone: a column filter
// (which detail=none does not have)
// on `search` would walk every note's word list to find the few names among them. Neither
// merges its segments during a write (automerge=0): a single save paid 15-20 ms for a step of
// some large merge; batches merge on purpose instead (flushQueued), and FTS5's crisis merge
// still bounds the segments single saves add.
extern const std::string_view schema;
extern const std::span<const std::string_view> tables;

// Once a connection that writes: the queue of a batch's entries (see add).
Status attach(sqlite::Database &db);

// A document's entry. Inside a savepoint (a write within a batch) it is not written at once but
// queued, and written when the batch ends: FTS5 (SQLite 3.40) flushes its pending terms to a
// new segment at every savepoint it takes part in, which made a 500-document batch write 500
// tiny segments and merge them (measured: more than half of a sync's pull time). The queue is a
// temporary table, so it commits and rolls back with the batch.
Status add(sqlite::Database &db, std::int64_t doc, const std::string &title,
           const std::string &text);
Status remove(sqlite::Database &db, std::int64_t doc);
// Writes what was queued, and the merge work it calls for; before the batch commits.
Status flushQueued(sqlite::Database &db);
// At every open for writing: the merge settings this code expects (tuning::crisisMergeSegments),
// in a file whose index was made by an earlier version too.
Status configure(sqlite::Database &db);
// One step of merging, `pages` pages at most, where some level has segments enough to merge
// (FTS5's 'usermerge', 4); whether it found any.
Result<bool> mergeStep(sqlite::Database &db, std::int64_t pages);
// FTS5 keeps a deleted row's words in its older segments until they are merged: after a
// purge, both indexes are merged into one segment each, written without them.
Status rewriteWithoutDeleted(sqlite::Database &db);
// The merge work that `documents` new entries call for (FTS5 merges nothing by itself here).
Status merge(sqlite::Database &db, std::int64_t documents);

} // namespace rapport::notebook::search_index
