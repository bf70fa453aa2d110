#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>

// Every number that tunes replication, in one place, with the reason for its value.
namespace rapport::replicator::tuning {

// Changes read per batch, and so documents per _revs_diff, _bulk_get, _bulk_docs and local
// transaction. Measured by bench/sync_bench (initial pull of 10,000 documents, local server):
// 200 took 1.63 s, 500 took 1.41 s, 1000 took 1.44 s. 500 is as fast as any, and a cut
// connection loses at most 500 documents' work (about 1 MB).
inline constexpr int batchSize = 500;

// The pull's batches start at batchSize and double while the server's answers stay under
// pullBatchBytes, up to maxPullBatch; an answer over twice that halves the next one. CouchDB
// spends about 50 ms on every _changes request whatever its size (curl, 10,000 documents with
// their bodies, one node: 2.0 s in batches of 500, 1.3 s of 2,000, 1.1 s of 5,000; one request
// of all: 1.2 s), so a few large batches come closer to reading everything at once, while the
// bytes, not the count, bound the memory a batch takes, whatever the documents weigh.
inline constexpr int maxPullBatch = 4000;
inline constexpr std::size_t pullBatchBytes = std::size_t {8} << 20;
// Batches of the changes feed read ahead of the pull's writes (PullFetcher). Two keep the server
// and the transfer busy while a batch is written; each holds at most about 2 x pullBatchBytes.
inline constexpr int readAheadBatches = 2;

// A pull saves its checkpoint (a request to the server and a commit here) at most this often,
// and at its end. Per batch, the 20 checkpoints of a 10,000-document pull cost 100 ms of its
// 1.5 s; a pull cut short reads again at most this much of the changes feed, and writes
// nothing twice (what it already has is skipped). CouchDB's own replicator waits 30 s.
inline constexpr std::chrono::milliseconds checkpointInterval {1000};

// A checkpoint remembers this many earlier sessions, so that when one side lost its latest
// checkpoint the replication resumes from an older common one instead of from zero.
inline constexpr std::size_t checkpointHistory = 20;

// Transient failures (no answer, 5xx, 429) are retried this many times, waiting
// firstBackoff * 2^attempt, capped at maxBackoff, with random jitter of up to half of it.
inline constexpr int maxAttempts = 6;
inline constexpr std::chrono::milliseconds firstBackoff {250};
inline constexpr std::chrono::milliseconds maxBackoff {30000};

// A revision whose new attachments together weigh more than this goes up on its own as one
// multipart/related PUT, its bytes read from the store as they go; lighter ones go inline
// (base64) in the batch's _bulk_docs, where several share one request. Measured against
// CouchDB 3.5 on loopback (bench/attachment_bench, 200 documents with one photo each): photos of
// 100 KB went up in 1.4 s inline and 2.0 s one PUT each, of 250 KB in 2.7 s and 2.9 s, of
// 500 KB in 3.8 s either way; so the line is near 250 KB. A phone's photo (1-5 MB) goes alone.
inline constexpr std::int64_t inlineAttachmentBytes = 256 * 1024;

// A _bulk_docs request is sent once the inline bytes gathered for it pass this: what a push
// holds in memory at once, several times over (the bytes, their base64, the JSON, its text):
// at 8 MB the push's peak memory rose by 45 MB, at 4 MB by 22 MB, and no slower.
inline constexpr std::size_t pushBatchBytes = std::size_t {4} << 20;

// How deep a server's answer may nest: a document's own limit (store tuning, 64) and the few
// levels of envelope around it (_bulk_get's results, docs, ok). Deeper is refused before parsing.
inline constexpr int maxAnswerNesting = 64 + 16;

} // namespace rapport::replicator::tuning
