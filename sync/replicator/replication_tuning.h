#pragma once

#include <chrono>
#include <cstddef>

// Every number that tunes replication, in one place, with the reason for its value.
namespace rapport::replicator::tuning {

// Changes read per batch, and so documents per _revs_diff, _bulk_get, _bulk_docs and local
// transaction. Large enough that request overhead is small against a 1 KB document, small
// enough that a cut connection loses little work (to be settled by bench/).
inline constexpr int batchSize = 200;

// A checkpoint remembers this many earlier sessions, so that when one side lost its latest
// checkpoint the replication resumes from an older common one instead of from zero.
inline constexpr std::size_t checkpointHistory = 20;

// Transient failures (no answer, 5xx, 429) are retried this many times, waiting
// firstBackoff * 2^attempt, capped at maxBackoff, with random jitter of up to half of it.
inline constexpr int maxAttempts = 6;
inline constexpr std::chrono::milliseconds firstBackoff {250};
inline constexpr std::chrono::milliseconds maxBackoff {30000};

} // namespace rapport::replicator::tuning
