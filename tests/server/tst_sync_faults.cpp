// Sync through a network that resets connections, truncates answers, stalls, and through a
// server that answers 500 or garbage: no crash, nothing malformed written, and once the faults
// stop one more sync converges with nothing lost and nothing duplicated. Also: the server
// stopped in the middle of a sync and started again.
#include "check_ok.h"
#include "core/base64.h"
#include "fault_proxy.h"
#include "http/http_client.h"
#include "notebook/after_pull.h"
#include "notebook/notebook_index.h"
#include "replicator/remote_database.h"
#include "replicator/replicator.h"
#include "server_fixture.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QThread>
#include <QUrl>
#include <future>

using namespace rapport;

namespace {

http::ClientOptions anna(const std::string &user = "anna")
{
    http::ClientOptions options;
    options.username = user;
    options.password = user + "-secret";
    options.requestTimeout = std::chrono::milliseconds(5000);
    return options;
}

std::string visit(int i, const std::string &notes)
{
    return Json {{"_id", "visit-" + std::to_string(i)},
                 {"type", "visit"},
                 {"date", "2026-11-24"},
                 {"notes", notes + " " + std::string(300, 'x')}}
        .dump();
}

} // namespace

class SyncFaults : public QObject
{
    Q_OBJECT

private:
    ServerFixture server;
    QTemporaryDir dir;

    Result<replicator::SyncSummary> syncThrough(Store &store, const std::string &serverUrl,
                                                const std::string &user = "anna")
    {
        http::Client client(anna(user));
        replicator::Replicator replicator(
            store, client, replicator::userDatabaseUrl(serverUrl, user),
            rapport::notebook::afterPull(), [](std::chrono::milliseconds) {});
        return replicator.syncOnce();
    }

    // Every live document id and winning revision, as the server lists them.
    std::map<std::string, std::string> serverRevisions()
    {
        http::Client client(anna());
        auto response = client.send(http::Request {
            "GET", replicator::userDatabaseUrl(server.url(), "anna") + "_all_docs", {}});
        std::map<std::string, std::string> revisions;
        if (!response || response->status != 200)
            return revisions;
        const auto listing = Json::parse(response->body);
        for (const auto &row : listing["rows"]) {
            if (!row["id"].get<std::string>().starts_with("_design/"))
                revisions[row["id"]] = row["value"]["rev"];
        }
        return revisions;
    }

    void verifyConverged(Store &store)
    {
        std::map<std::string, std::string> local;
        CHECK_OK(store.forEachDocument([&](const Document &doc) {
            if (!doc.id.starts_with("_design/"))
                local[doc.id] = doc.rev;
        }));
        const auto remote = serverRevisions();
        QCOMPARE(local.size(), remote.size());
        QVERIFY(local == remote);
        QCOMPARE(store.stats()->conflicted, std::int64_t(0));
    }

    // Documents another device wrote, straight to the server (not through the proxy).
    void seedOnServer(int first, int count)
    {
        http::Client client(anna());
        replicator::RemoteDatabase remote(client,
                                          replicator::userDatabaseUrl(server.url(), "anna"));
        std::vector<Json> docs;
        for (int i = first; i < first + count; ++i) {
            auto doc = Json::parse(visit(i, "from the tablet"));
            doc["_rev"] = "1-" + std::to_string(100000 + i);
            docs.push_back(doc);
        }
        auto seeded = remote.bulkDocs(docs);
        QVERIFY(seeded.ok() && seeded->empty());
    }

    void put(Store &store, const std::string &json)
    {
        auto doc = Document::parse(json);
        QVERIFY(doc.ok());
        CHECK_OK(store.put(*doc));
    }

private slots:
    void initTestCase()
    {
        SKIP_WITHOUT_SERVER(server);
        QVERIFY(server.addUser(QStringLiteral("anna"), QStringLiteral("anna-secret")));
    }

    void faultyNetwork_thenOneCleanSyncConverges()
    {
        // 400 documents wait on the server (from another device), 400 on this phone.
        seedOnServer(1000, 400);
        auto store = std::move(
            *notebook::openStore(dir.filePath(QStringLiteral("phone.sqlite")).toStdString()));
        for (int i = 0; i < 400; ++i)
            put(*store, visit(i, "from the phone"));

        FaultProxy proxy(static_cast<quint16>(QUrl(QString::fromStdString(server.url())).port()),
                         7);
        const std::string proxied = "http://127.0.0.1:" + std::to_string(proxy.port()) + "/";
        proxy.setFaults(true);
        int failed = 0;
        for (int round = 0; round < 12; ++round) {
            // The salesperson keeps working between attempts, and so does the tablet.
            for (int i = round * 30; i < round * 30 + 30; ++i) {
                auto doc = store->get("visit-" + std::to_string(i));
                QVERIFY(doc.ok());
                doc->body["notes"] = "edited in round " + std::to_string(round);
                CHECK_OK(store->put(*doc));
            }
            seedOnServer(2000 + round * 30, 30);
            QElapsedTimer timer;
            timer.start();
            auto attempt = syncThrough(*store, proxied);
            if (!attempt)
                ++failed;
            qInfo("round %d: %lld ms, %s", round, static_cast<long long>(timer.elapsed()),
                  attempt ? "ok" : attempt.error().describe().c_str());
            auto database
                = sqlite::Database::open(dir.filePath(QStringLiteral("phone.sqlite")).toStdString(),
                                         sqlite::Database::Mode::ReadOnly);
            QVERIFY(database.ok());
            auto check = (*database)->prepare("PRAGMA quick_check");
            QVERIFY(check.ok() && *check->step());
            QCOMPARE(check->text(0), std::string("ok"));
        }
        QVERIFY2(proxy.faultsInjected() >= 12, "the proxy must have misbehaved");
        qInfo("%d faults injected, %d of 12 syncs failed", proxy.faultsInjected(), failed);

        proxy.setFaults(false);
        auto clean = syncThrough(*store, proxied);
        CHECK_OK(clean);
        verifyConverged(*store);
        QCOMPARE(store->stats()->documents, std::int64_t(800 + 12 * 30) + 1); // and the design doc
        QCOMPARE(store->get("visit-359")->body["notes"].get<std::string>(),
                 std::string("edited in round 11"));
    }

    void serverStoppedMidSync_andStartedAgain()
    {
        SKIP_UNLESS_SERVER_OWNED(server);
        auto store = std::move(
            *notebook::openStore(dir.filePath(QStringLiteral("laptop.sqlite")).toStdString()));
        CHECK_OK(store->writeBatch([&]() -> Status {
            for (int i = 0; i < 5000; ++i) {
                if (auto put = store->put(*Document::parse(visit(5000 + i, "from the laptop")));
                    !put)
                    return put.error();
            }
            return {};
        }));
        const std::string url = server.url();
        // The sync runs on its own thread; the server goes away under it.
        auto running = std::async(std::launch::async, [&] { return syncThrough(*store, url); });
        QThread::msleep(100);
        QCOMPARE(server.stop(), 0);
        auto interrupted = running.get();
        QVERIFY(server.restart());
        QCOMPARE(server.url(), url);
        QVERIFY2(!interrupted, "the server must stop in the middle of the sync");
        qInfo("interrupted: %s", interrupted.error().describe().c_str());
        CHECK_OK(syncThrough(*store, url));
        verifyConverged(*store);
    }

    // A server that sends an attachment other than it says (a changed byte, half of it): the
    // attachment is refused and nothing of it kept, the rest of the sync goes on, and the next
    // sync asks for it again and keeps it when it is right.
    void hostileServer_anAttachmentNotAsDescribed_isRefusedAndAskedForAgain()
    {
        QVERIFY(server.addUser(QStringLiteral("hana"), QStringLiteral("hana-secret")));
        std::string photo(50000, '\0');
        for (std::size_t i = 0; i < photo.size(); ++i)
            photo[i] = static_cast<char>((i * 37) % 256);
        {
            http::Client hana(anna("hana"));
            const std::string database = replicator::userDatabaseUrl(server.url(), "hana");
            const Json card {
                {"type", "contact"},
                {"firstName", "Card"},
                {"_attachments",
                 {{"card.jpg", {{"content_type", "image/jpeg"}, {"data", base64Encoded(photo)}}}}}};
            auto put = hana.send({"PUT", database + "contact-card", card.dump()});
            QVERIFY(put && put->status == 201);
            put = hana.send({"PUT", database + "contact-plain", R"({"type":"contact"})"});
            QVERIFY(put && put->status == 201);
        }
        auto store = std::move(
            *notebook::openStore(dir.filePath(QStringLiteral("hana.sqlite")).toStdString()));
        FaultProxy proxy(static_cast<quint16>(QUrl(QString::fromStdString(server.url())).port()),
                         11);
        const std::string proxied = "http://127.0.0.1:" + std::to_string(proxy.port()) + "/";
        for (auto how : {FaultProxy::Tamper::Flip, FaultProxy::Tamper::Cut}) {
            proxy.tamperWith("/contact-card/card.jpg", how);
            auto tampered = syncThrough(*store, proxied, "hana");
            CHECK_OK(tampered);
            QCOMPARE(tampered->attachmentsFailed, std::int64_t(1));
            QCOMPARE(tampered->problems.size(), std::size_t(1));
            QVERIFY(tampered->problems.front().find("card.jpg") != std::string::npos);
            auto card = store->get("contact-card");
            CHECK_OK(card);
            QVERIFY(!*store->hasAttachmentBytes(card->attachments.at("card.jpg").digest));
            QCOMPARE(store->stats()->attachments, std::int64_t(0));
            CHECK_OK(store->get("contact-plain"));
        }
        proxy.tamperWith({}, FaultProxy::Tamper::None);
        auto clean = syncThrough(*store, proxied, "hana");
        CHECK_OK(clean);
        QCOMPARE(clean->attachmentsFetched, std::int64_t(1));
        QVERIFY(clean->problems.empty());
        std::string bytes;
        CHECK_OK(
            store->readAttachment(store->get("contact-card")->attachments.at("card.jpg").digest,
                                  [&bytes](std::string_view chunk) {
                                      bytes.append(chunk);
                                      return Status {};
                                  }));
        QVERIFY(bytes == photo);
    }
};

QTEST_GUILESS_MAIN(SyncFaults)
#include "tst_sync_faults.moc"
