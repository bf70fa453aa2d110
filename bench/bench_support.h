#pragma once

// What the sync benchmarks share: failing loudly, timing, signing in as the app does, running
// PouchDB's own client (tests/pouchdb-peer) and curl beside Rapport, and reading this
// process's peak memory.
#include "core/json.h"
#include "http/http_client.h"

#include <QStringList>
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>

namespace rapport::bench {

using Clock = std::chrono::steady_clock;

struct Account
{
    std::string user;
    std::string password;
};

[[noreturn]] void die(const std::string &what);
double millisecondsSince(Clock::time_point start);

// As the app signs in: once, at _session, then with CouchDB's cookie (CouchDB 3.5 checks a
// password with PBKDF2 at a high iteration count, which basic auth would pay per request).
http::ClientOptions signedIn(const std::string &databaseUrl, const Account &account);

// The seeded demo mix (1 account : 5 contacts : 14 visits, as in store_bench), `count`
// documents uploaded to the database in batches as an app would have written them.
void seedServer(const std::string &databaseUrl, const Account &account, int count);

// Runs tests/pouchdb-peer with COMMAND DIR then `arguments`, as `account`; its line of JSON.
// When it fails: with `failure`, what it said is put there and the answer is null; without,
// the benchmark stops.
Json peer(const QString &command, const std::filesystem::path &dir, const QStringList &arguments,
          const Account &account, std::string *failure = nullptr);

struct Run
{
    double ms = 0;
    std::int64_t docs = 0;
    std::int64_t requests = 0;
    double cpuMs = 0; // this process's CPU time (user and system, every thread) meanwhile
    std::string failure; // the peer's own failure, when it could not do it
};

// PouchDB's replicator, "pull" (URL -> DIR) or "push" (DIR -> URL), as it timed itself; when
// it fails, the benchmark stops, or with `mayFail` the Run says why.
Run pouchReplication(const QString &direction, const std::filesystem::path &dir,
                     const std::string &databaseUrl, const Account &account, bool mayFail = false);

// The curl program, given `arguments` after the account's credentials; its time. Dies when
// curl fails.
double timedCurl(const QStringList &arguments, const Account &account);

template<typename Measure> double bestOf(int runs, Measure measure)
{
    double best = 1e300;
    for (int i = 0; i < runs; ++i)
        best = std::min(best, measure(i));
    return best;
}

// This process's peak resident memory (VmHWM) in MiB, and its reset to what is resident now,
// so that one step's peak can be read on its own (Linux's /proc/self/clear_refs).
double peakMemoryMiB();
void resetPeakMemory();
// This process's CPU time so far (user and system, all threads), in milliseconds: what the
// client itself spent, where wall time also holds the server's and the network's.
double processCpuMilliseconds();

} // namespace rapport::bench
