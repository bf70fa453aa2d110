// Sync speed against a real server, in one run, with the peers measured beside Rapport:
// PouchDB's own replicator (npm pouchdb, into its default LevelDB store) and one plain curl of
// _all_docs?include_docs=true (the raw transfer: the floor). Prints figures; asserts nothing.
//
//   build/bench/sync_bench [--server pouchdb|couchdb] [--docs 10000] [--edits 1000]
//                          [--changed 10] [--runs 3] [--pull-only]
//
// --server couchdb starts Apache CouchDB 3.5 from RAPPORT_COUCHDB (or uses RAPPORT_COUCHDB_URL),
// as the tests do; the default is the pinned PouchDB Server.
#include "bench_support.h"
#include "http/http_client.h"
#include "notebook/after_pull.h"
#include "notebook/notebook_index.h"
#include "replicator/remote_database.h"
#include "replicator/replicator.h"
#include "server_fixture.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QProcess>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>

using namespace rapport;
using namespace rapport::bench;
namespace fs = std::filesystem;

namespace {

struct Options
{
    ServerKind server = ServerKind::PouchDBServer;
    int docs = 10000;
    int edits = 1000;
    int changed = 10;
    int runs = 3;
    // Only Rapport's initial pull, once: for a profiler (valgrind --tool=callgrind
    // --collect-atstart=no --toggle-collect='*Replicator::syncOnce*').
    bool pullOnly = false;
};

const bench::Account account {"bench", "bench-secret"};

Run rapportSync(const fs::path &file, const std::string &databaseUrl)
{
    auto store = notebook::openStore(file.string());
    if (!store)
        die(store.error().describe());
    http::Client client(signedIn(databaseUrl, account));
    replicator::Replicator replicator(**store, client, databaseUrl, rapport::notebook::afterPull());
    const double cpuBefore = processCpuMilliseconds();
    const auto start = Clock::now();
    auto summary = replicator.syncOnce();
    const double ms = millisecondsSince(start);
    const double cpuMs = processCpuMilliseconds() - cpuBefore;
    if (!summary)
        die("Rapport's sync failed: " + summary.error().describe());
    return Run {ms, summary->pulled + summary->pushed, summary->requests, cpuMs, {}};
}

// One GET of `path` in the user's database by the curl program, the answer thrown away.
double curlGet(const std::string &databaseUrl, const std::string &path)
{
    return bench::timedCurl({QStringLiteral("-o"), QStringLiteral("/dev/null"),
                             QString::fromStdString(databaseUrl + path)},
                            account);
}

// The floor: every document, bodies included.
double curlAllDocs(const std::string &databaseUrl)
{
    return curlGet(databaseUrl, "_all_docs?include_docs=true");
}

// What the pull reads, in one GET: the changes feed with every document's body, as the
// server sends it to any replicator (style=all_docs: every leaf).
double curlChanges(const std::string &databaseUrl)
{
    return curlGet(databaseUrl, "_changes?style=all_docs&include_docs=true");
}

// Edits `count` documents in the store, starting at the `first`-th live one in id order.
void editLocally(Store &store, int first, int count)
{
    std::vector<Document> picked;
    int index = 0;
    (void)store.forEachDocument([&](const Document &doc) {
        if (doc.id.starts_with("_design/"))
            return;
        if (index >= first && index < first + count)
            picked.push_back(doc);
        ++index;
    });
    auto written = store.writeBatch([&]() -> Status {
        for (auto &doc : picked) {
            doc.body["notes"] = doc.body.value("notes", std::string()) + " Edited on the road.";
            if (auto put = store.put(doc); !put)
                return put.error();
        }
        return {};
    });
    if (!written)
        die(written.error().describe());
}

void changeOnServer(const std::string &databaseUrl, int count)
{
    http::Client client(signedIn(databaseUrl, account));
    auto listing
        = client.send(http::Request {"GET",
                                     databaseUrl + "_all_docs?include_docs=true&limit="
                                         + std::to_string(count + 1) + "&startkey=%22visit-%22",
                                     {}});
    if (!listing || listing->status != 200)
        die("listing the server failed");
    const auto rows = Json::parse(listing->body)["rows"];
    std::vector<Json> docs;
    for (const auto &row : rows) {
        if (static_cast<int>(docs.size()) == count)
            break;
        Json doc = row["doc"];
        doc["outcome"] = "Changed in the office.";
        docs.push_back(doc);
    }
    auto written = client.send(
        http::Request {"POST", databaseUrl + "_bulk_docs", Json {{"docs", docs}}.dump()});
    if (!written || written->status != 201)
        die("changing documents on the server failed");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // QProcess wants one
    Options options;
    for (int i = 1; i < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--pull-only") {
            options.pullOnly = true;
            --i; // a flag without a value
            continue;
        }
        if (i + 1 >= argc)
            die("option " + flag + " wants a value");
        const int value = std::atoi(argv[i + 1]);
        if (flag == "--server") {
            const std::string name = argv[i + 1];
            if (name == "couchdb")
                options.server = ServerKind::CouchDBNode;
            else if (name != "pouchdb")
                die("--server is pouchdb or couchdb");
        } else if (flag == "--docs")
            options.docs = value;
        else if (flag == "--edits")
            options.edits = value;
        else if (flag == "--changed")
            options.changed = value;
        else if (flag == "--runs")
            options.runs = value;
        else
            die("unknown option " + flag);
    }
    options.edits = std::min(options.edits, options.docs / 2);
    options.changed = std::min(options.changed, options.docs / 2);

    ServerFixture server(options.server);
    if (!server.available()) {
        std::printf("sync_bench: skipped: %s\n", server.unavailableReason().c_str());
        return 0;
    }
    if (!server.addUser(QString::fromStdString(account.user),
                        QString::fromStdString(account.password)))
        die("add-user failed");
    const auto databaseUrl = replicator::userDatabaseUrl(server.url(), account.user);
    QTemporaryDir scratch;
    const fs::path dir = scratch.path().toStdString();

    std::printf("sync_bench: %d documents on a local %s, best of %d runs\n", options.docs,
                serverKindName(options.server), options.runs);
    auto start = Clock::now();
    bench::seedServer(databaseUrl, account, options.docs);
    std::printf("  seeded in %.0f ms\n\n", millisecondsSince(start));
    if (options.pullOnly) {
        const auto pulled = rapportSync(dir / "pull.sqlite", databaseUrl);
        std::printf("initial pull: %.0f ms, client CPU %.0f ms, %.0f us a document\n", pulled.ms,
                    pulled.cpuMs, 1000.0 * pulled.cpuMs / std::max(1, options.docs));
        return 0;
    }

    // Initial pull.
    const double floor = bestOf(options.runs, [&](int) { return curlAllDocs(databaseUrl); });
    const double changesFloor = bestOf(options.runs, [&](int) { return curlChanges(databaseUrl); });
    Run rapportPull;
    const double rapport = bestOf(options.runs, [&](int run) {
        auto pulled = rapportSync(dir / ("pull-" + std::to_string(run) + ".sqlite"), databaseUrl);
        if (run == 0 || pulled.ms < rapportPull.ms)
            rapportPull = pulled;
        return pulled.ms;
    });
    const double pouch = bestOf(options.runs, [&](int run) {
        return pouchReplication(QStringLiteral("pull"), dir / ("pouch-" + std::to_string(run)),
                                databaseUrl, account)
            .ms;
    });
    std::printf("initial pull of %d documents (%lld requests by Rapport)\n", options.docs,
                static_cast<long long>(rapportPull.requests));
    std::printf("  Rapport            %8.0f ms   client CPU %.0f ms, %.0f us a document\n", rapport,
                rapportPull.cpuMs, 1000.0 * rapportPull.cpuMs / std::max(1, options.docs));
    std::printf("  PouchDB replicator %8.0f ms   Rapport is %.1fx faster (target >= 3x)\n", pouch,
                pouch / rapport);
    std::printf("  curl _all_docs     %8.0f ms   Rapport takes %.1fx the floor (target <= 1.5x)\n",
                floor, rapport / floor);
    std::printf("  curl _changes      %8.0f ms   (include_docs, style=all_docs, in one answer: "
                "Rapport takes %.1fx)\n\n",
                changesFloor, rapport / changesFloor);

    // Push of local edits: each side edits its own documents, so neither waits on the other's.
    {
        auto store = notebook::openStore((dir / "pull-0.sqlite").string());
        editLocally(**store, 0, options.edits);
    }
    const Run rapportPush = rapportSync(dir / "pull-0.sqlite", databaseUrl);
    // PouchDB edits through its own API (peer.js edit), then its replicator pushes.
    const fs::path pouchDir = dir / "pouch-0";
    (void)peer(QStringLiteral("edit"), pouchDir,
               {QString::number(options.edits), QString::number(options.edits)}, account);
    const Run pouchPush = pouchReplication(QStringLiteral("push"), pouchDir, databaseUrl, account);
    std::printf("push of %d local edits (%lld requests by Rapport, %lld documents moved)\n",
                options.edits, static_cast<long long>(rapportPush.requests),
                static_cast<long long>(rapportPush.docs));
    std::printf("  Rapport            %8.0f ms\n", rapportPush.ms);
    std::printf("  PouchDB replicator %8.0f ms   Rapport is %.1fx faster (target >= 3x)\n\n",
                pouchPush.ms, pouchPush.ms / rapportPush.ms);

    // Incremental: a few documents changed on the server since the last sync.
    (void)rapportSync(dir / "pull-1.sqlite", databaseUrl); // catch up with both pushes
    changeOnServer(databaseUrl, options.changed);
    const Run incremental = rapportSync(dir / "pull-1.sqlite", databaseUrl);
    std::printf("incremental: %d documents changed on the server of %d\n", options.changed,
                options.docs);
    std::printf("  Rapport            %8.1f ms, %lld requests (target <= 6), %lld documents "
                "moved\n",
                incremental.ms, static_cast<long long>(incremental.requests),
                static_cast<long long>(incremental.docs));
    return 0;
}
