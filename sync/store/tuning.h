#pragma once

#include <cstddef>
#include <cstdint>

// Every number that tunes the store, in one place, with the reason for its value.
namespace rapport::tuning {

// CouchDB's default revs_limit: how many revision ids of a document's history are kept, so
// that a peer that was offline for a long time can still find a common ancestor.
inline constexpr std::int64_t revsLimit = 1000;

// CouchDB 3's default max_document_size. A larger body would be rejected by the server
// anyway; refusing it locally tells the user at once instead of at sync time.
inline constexpr std::size_t maxDocumentBytes = 8'000'000;

// The deepest nesting of objects and arrays a document may have. Real documents stay under
// ten; the limit stops hostile input before a recursive serializer overflows the stack.
inline constexpr int maxNestingDepth = 64;

// How long a writer waits for another connection's write lock before reporting Busy.
// The sync thread's transactions are short; a few seconds covers a slow flash write.
inline constexpr int busyTimeoutMs = 5000;

// Upper bound for one page of a list or of the changes feed, whatever a caller asks for.
inline constexpr int maxPageSize = 1000;

// What the write-ahead log keeps of the disk once it was checkpointed (journal_size_limit):
// a batch of a sync, an import or the indexing after an update grows it to tens of megabytes,
// which SQLite would otherwise keep, at its largest, until the app closes. 4 MiB holds the
// 1,000 pages after which SQLite checkpoints by itself, so everyday saves rarely regrow it
// (store_bench's saves, A/B: no difference beyond the runs' spread).
inline constexpr std::int64_t walKeptBytes = 4 * 1024 * 1024;

// SQLite page cache per connection (negative: KiB). 8 MiB keeps a 100k-contact database's
// hot indexes in memory without pushing a phone's memory budget.
inline constexpr int cacheSizeKiB = 8192;

// Merge work on the full-text index after a batch (a sync batch, an import), in pages per
// document written, at least minSearchMergePages: FTS5's own automerge would do about one page
// per level for each page written. Single saves do none (automerge=0), so that their time
// stays flat.
inline constexpr std::int64_t searchMergePagesPerDocument = 1;
inline constexpr std::int64_t minSearchMergePages = 16;
// The fewest documents a batch must write to merge after itself: fewer, and it is a person's
// save, whose merging waits for the app to be idle.
inline constexpr std::int64_t mergingBatchDocuments = 100;

// A single save never merges the full-text index's segments if it can help it: FTS5 merges a
// level in the save that gives it crisisMergeSegments segments (its default, 16, put a merge of
// thousands of documents' segments on one save in 4,096), and the app merges when it is idle
// instead, idleMergePages at a time (a few milliseconds), until nothing is left to merge. The
// crisis merge stays as the backstop for an app that is never idle.
inline constexpr int crisisMergeSegments = 64;
inline constexpr std::int64_t idleMergePages = 64;

// A word being typed beyond the prefix indexes is searched as the words it can become, up to
// this many (each is a lookup of its own); more, and FTS5's own prefix query is used.
inline constexpr std::size_t maxWordsForAPrefix = 64;

} // namespace rapport::tuning
