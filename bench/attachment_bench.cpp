// Photos through sync, against a real server, with the peers measured in the same run: documents
// that each carry one photo (incompressible bytes, as a JPEG is), pulled into an empty device
// and pushed from it to an empty database. Beside Rapport: PouchDB's own replicator, and one
// curl of the same bytes (every photo and the documents, over one connection: the floor).
// Rapport runs in this process, so its peak memory is this process's, read for each step on
// its own. Prints figures; asserts nothing.
//
//   build/bench/attachment_bench [--server pouchdb|couchdb] [--photos 200] [--kib 500]
//
// --server couchdb starts Apache CouchDB 3.5 from RAPPORT_COUCHDB, as the tests do.
#include "bench_support.h"
#include "core/base64.h"
#include "notebook/after_pull.h"
#include "notebook/notebook_index.h"
#include "replicator/replicator.h"
#include "server_fixture.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <random>

using namespace rapport;
using namespace rapport::bench;
namespace fs = std::filesystem;

namespace {

struct Options
{
    ServerKind server = ServerKind::PouchDBServer;
    int photos = 200;
    int kib = 500;
};

const Account seller {"photos", "photos-secret"};
const Account rapportTarget {"photos-rapport", "photos-secret"};
const Account pouchTarget {"photos-pouch", "photos-secret"};

std::string photoId(int i)
{
    char id[32];
    std::snprintf(id, sizeof id, "contact-photo-%04d", i);
    return id;
}

// Bytes no compression shrinks, different for every photo, so each is stored and sent whole.
std::string photoBytes(std::mt19937_64 &random, int kib)
{
    std::string bytes(static_cast<std::size_t>(kib) * 1024, '\0');
    for (std::size_t at = 0; at + 8 <= bytes.size(); at += 8) {
        const auto word = random();
        std::memcpy(bytes.data() + at, &word, 8);
    }
    return bytes;
}

Json contactWithPortrait(int i, const std::string &photo)
{
    return Json {
        {"_id", photoId(i)},
        {"type", "contact"},
        {"name", "Customer " + std::to_string(i)},
        {"_attachments",
         {{"portrait.jpg", {{"content_type", "image/jpeg"}, {"data", base64Encoded(photo)}}}}}};
}

// Contacts with a portrait each, written by another client (inline, a few per request).
void seed(const std::string &databaseUrl, const Options &options)
{
    http::Client writer(signedIn(databaseUrl, seller));
    std::mt19937_64 random(20261202);
    Json docs = Json::array();
    for (int i = 0; i < options.photos; ++i) {
        docs.push_back(contactWithPortrait(i, photoBytes(random, options.kib)));
        if (docs.size() == 4 || i + 1 == options.photos) {
            auto written = writer.send(
                http::Request {"POST", databaseUrl + "_bulk_docs", Json {{"docs", docs}}.dump()});
            if (!written || written->status != 201)
                die("seeding the server failed: "
                    + (written ? written->body : written.error().describe()));
            docs = Json::array();
        }
    }
}

// The same contacts taken on this device, offline: none of them has been synced yet.
void writeOnTheDevice(Store &store, const Options &options)
{
    std::mt19937_64 random(20261203);
    auto written = store.writeBatch([&]() -> Status {
        for (int i = 0; i < options.photos; ++i) {
            auto doc
                = Document::parse(contactWithPortrait(i, photoBytes(random, options.kib)).dump());
            if (!doc)
                return doc.error();
            if (auto put = store.put(*doc); !put)
                return put.error();
        }
        return {};
    });
    if (!written)
        die(written.error().describe());
}

struct Measured
{
    double ms = 0;
    double peakMiB = 0;
    double residentBeforeMiB = 0;
    replicator::SyncSummary summary;
};

Measured rapportSync(Store &store, const std::string &databaseUrl, const Account &account)
{
    http::Client client(signedIn(databaseUrl, account));
    replicator::Replicator replicator(store, client, databaseUrl, notebook::afterPull());
    resetPeakMemory();
    Measured measured;
    measured.residentBeforeMiB = peakMemoryMiB();
    const auto start = Clock::now();
    auto summary = replicator.syncOnce();
    measured.ms = millisecondsSince(start);
    measured.peakMiB = peakMemoryMiB();
    if (!summary)
        die("Rapport's sync failed: " + summary.error().describe());
    if (!summary->problems.empty())
        die("Rapport's sync had problems: " + summary->problems.front());
    measured.summary = *summary;
    return measured;
}

// One curl for the documents and every photo, one after the other on one connection.
double curlFloor(const std::string &databaseUrl, const Options &options, const fs::path &dir)
{
    const auto config = dir / "curl-photos.txt";
    {
        std::ofstream out(config);
        out << "url = \"" << databaseUrl << "_all_docs?include_docs=true\"\noutput = /dev/null\n";
        for (int i = 0; i < options.photos; ++i)
            out << "url = \"" << databaseUrl << photoId(i) << "/portrait.jpg\"\n"
                << "output = /dev/null\n";
    }
    return timedCurl({QStringLiteral("-K"), QString::fromStdString(config.string())}, seller);
}

void printPouch(const Run &pouch, const Measured &rapport)
{
    if (!pouch.failure.empty())
        std::printf("  PouchDB replicator   failed (%s)\n", pouch.failure.c_str());
    else
        std::printf("  PouchDB replicator %8.0f ms   Rapport is %.1fx faster\n", pouch.ms,
                    pouch.ms / rapport.ms);
}

void printMemory(const Measured &measured)
{
    std::printf("  Rapport's peak memory %6.1f MiB (%.1f MiB resident before it began)\n",
                measured.peakMiB, measured.residentBeforeMiB);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // QProcess wants one
    Options options;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        const std::string value = argv[i + 1];
        if (flag == "--server") {
            if (value == "couchdb")
                options.server = ServerKind::CouchDBNode;
            else if (value != "pouchdb")
                die("--server is pouchdb or couchdb");
        } else if (flag == "--photos")
            options.photos = std::max(1, std::atoi(value.c_str()));
        else if (flag == "--kib")
            options.kib = std::max(1, std::atoi(value.c_str()));
        else
            die("unknown option " + flag);
    }

    ServerFixture server(options.server);
    if (!server.available()) {
        std::printf("attachment_bench: skipped: %s\n", server.unavailableReason().c_str());
        return 0;
    }
    for (const auto *account : {&seller, &rapportTarget, &pouchTarget}) {
        if (!server.addUser(QString::fromStdString(account->user),
                            QString::fromStdString(account->password)))
            die("add-user failed");
    }
    const auto databaseUrl = replicator::userDatabaseUrl(server.url(), seller.user);
    QTemporaryDir scratch;
    const fs::path dir = scratch.path().toStdString();
    const double megabytes = options.photos * options.kib / 1024.0;

    std::printf("attachment_bench: %d documents with a %d KiB photo each (%.0f MiB) on a local "
                "%s\n",
                options.photos, options.kib, megabytes, serverKindName(options.server));
    auto start = Clock::now();
    seed(databaseUrl, options);
    std::printf("  seeded in %.0f ms\n\n", millisecondsSince(start));

    // Initial pull into an empty device.
    const double floor = curlFloor(databaseUrl, options, dir);
    auto store = notebook::openStore((dir / "rapport.sqlite").string());
    if (!store)
        die(store.error().describe());
    const Measured pull = rapportSync(**store, databaseUrl, seller);
    const Run pouchPull
        = pouchReplication(QStringLiteral("pull"), dir / "pouch", databaseUrl, seller, true);
    auto stats = (*store)->stats();
    if (!stats)
        die(stats.error().describe());
    std::printf("initial pull (%lld requests by Rapport, %lld photos fetched, %lld kept: %.1f "
                "MiB)\n",
                static_cast<long long>(pull.summary.requests),
                static_cast<long long>(pull.summary.attachmentsFetched),
                static_cast<long long>(stats->attachments),
                static_cast<double>(stats->attachmentBytes) / (1024 * 1024));
    std::printf("  Rapport            %8.0f ms  %6.1f MiB/s\n", pull.ms,
                megabytes / (pull.ms / 1000));
    printPouch(pouchPull, pull);
    std::printf("  curl, same bytes   %8.0f ms   Rapport takes %.1fx the floor\n", floor,
                pull.ms / floor);
    printMemory(pull);

    // Push: photos taken offline on a device (Rapport) go up to an empty database; PouchDB
    // pushes the photos it pulled to an empty one of its own.
    auto device = notebook::openStore((dir / "device.sqlite").string());
    if (!device)
        die(device.error().describe());
    writeOnTheDevice(**device, options);
    const auto rapportUrl = replicator::userDatabaseUrl(server.url(), rapportTarget.user);
    const Measured push = rapportSync(**device, rapportUrl, rapportTarget);
    const auto pouchUrl = replicator::userDatabaseUrl(server.url(), pouchTarget.user);
    const Run pouchPush
        = pouchReplication(QStringLiteral("push"), dir / "pouch", pouchUrl, pouchTarget, true);
    std::printf("\npush to an empty database (%lld requests by Rapport, %lld documents)\n",
                static_cast<long long>(push.summary.requests),
                static_cast<long long>(push.summary.pushed));
    std::printf("  Rapport            %8.0f ms  %6.1f MiB/s\n", push.ms,
                megabytes / (push.ms / 1000));
    printPouch(pouchPush, push);
    printMemory(push);
    return 0;
}
