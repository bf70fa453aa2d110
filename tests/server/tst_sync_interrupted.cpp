// Sync killed at any moment (SIGKILL, like a phone's OS ending the app), again and again,
// during a large pull and during a large push: each next run resumes, and in the end both
// sides hold exactly the same documents and revisions, with no conflict and nothing lost.
#include "http/http_client.h"
#include "notebook/notebook_index.h"
#include "replicator/remote_database.h"
#include "server_fixture.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QProcess>
#include <QRandomGenerator>

using namespace rapport;

namespace {

constexpr int documentCount = 1500;

std::string body(int i)
{
    return R"("type":"visit","date":"2026-11-24","notes":")" + std::string(400, 'n')
        + std::to_string(i) + "\"";
}

} // namespace

class SyncInterrupted : public QObject
{
    Q_OBJECT

private:
    ServerFixture server;
    QTemporaryDir dir;

    int runCli(const QString &db, int killAfterMs)
    {
        QProcess cli;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("RAPPORT_PASSWORD"), QStringLiteral("anna-secret"));
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(RAPPORT_CLI),
                  {QStringLiteral("--db"), db, QStringLiteral("sync"), QStringLiteral("--server"),
                   QString::fromStdString(server.url()), QStringLiteral("--user"),
                   QStringLiteral("anna")});
        if (killAfterMs > 0 && !cli.waitForFinished(killAfterMs)) {
            cli.kill();
            cli.waitForFinished();
            return -1;
        }
        cli.waitForFinished(120000);
        return cli.exitCode();
    }

    // Cuts sync runs short (SIGKILL after 20-150 ms) until one finishes by itself, so that each
    // cut lands somewhere new; returns how many were cut.
    int killUntilARunFinishes(const QString &db, QRandomGenerator &rng)
    {
        int killed = 0;
        while (killed < 100 && runCli(db, static_cast<int>(rng.bounded(20, 150))) == -1)
            ++killed;
        return killed;
    }

    // Every document id and winning revision, as the server lists them.
    std::map<std::string, std::string> serverRevisions()
    {
        http::Client client(server.signIn("anna", "anna-secret"));
        auto response = client.send(http::Request {
            "GET", server.url() + ServerFixture::userDatabase("anna") + "/_all_docs", {}});
        std::map<std::string, std::string> revisions;
        if (!response || response->status != 200) {
            qWarning("listing the server's documents failed: %s",
                     response ? response->body.c_str() : response.error().message.c_str());
            return revisions;
        }
        const auto listing
            = Json::parse(response->body); // named: a temporary would dangle in the loop
        for (const auto &row : listing["rows"]) {
            const auto id = row["id"].get<std::string>();
            if (!id.starts_with("_design/"))
                revisions[id] = row["value"]["rev"].get<std::string>();
        }
        return revisions;
    }

    std::map<std::string, std::string> localRevisions(const QString &db)
    {
        auto store = notebook::openStore(db.toStdString());
        std::map<std::string, std::string> revisions;
        (void)(*store)->forEachDocument([&](const Document &doc) {
            if (!doc.id.starts_with("_design/"))
                revisions[doc.id] = doc.rev;
        });
        return revisions;
    }

    void verifySound(const QString &db)
    {
        auto database = sqlite::Database::open(db.toStdString(), sqlite::Database::Mode::ReadWrite);
        QVERIFY(database.ok());
        auto check = (*database)->prepare("PRAGMA integrity_check");
        QVERIFY(check.ok() && *check->step());
        QCOMPARE(check->text(0), std::string("ok"));
        auto conflicted = notebook::openStore(db.toStdString());
        QCOMPARE((*conflicted)->stats()->conflicted, std::int64_t(0));
    }

    // Same ids with the same winning revisions on both sides; the first difference is named.
    void compareWithServer(const QString &db)
    {
        const auto local = localRevisions(db);
        const auto remote = serverRevisions();
        QCOMPARE(local.size(), remote.size());
        for (const auto &[id, rev] : remote) {
            const auto found = local.find(id);
            QVERIFY2(found != local.end(), id.c_str());
            QCOMPARE(found->second, rev);
        }
    }

private slots:
    void initTestCase()
    {
        SKIP_WITHOUT_SERVER(server);
        QVERIFY(server.addUser(QStringLiteral("anna"), QStringLiteral("anna-secret")));
    }

    void killedDuringPull_resumesAndEndsIdentical()
    {
        http::Client client(server.signIn("anna", "anna-secret"));
        replicator::RemoteDatabase remote(client,
                                          server.url() + ServerFixture::userDatabase("anna"));
        std::vector<Json> docs;
        for (int i = 0; i < documentCount; ++i) {
            docs.push_back(Json::parse("{\"_id\":\"pulled-" + std::to_string(i) + "\",\"_rev\":\"1-"
                                       + std::to_string(1000 + i) + "\"," + body(i) + "}"));
        }
        auto seeded = remote.bulkDocs(docs);
        QVERIFY(seeded.ok() && seeded->empty());

        const QString db = dir.filePath(QStringLiteral("pull.sqlite"));
        QRandomGenerator rng(4);
        QVERIFY2(killUntilARunFinishes(db, rng) >= 3,
                 "runs must be cut short, or this tests nothing");
        QCOMPARE(runCli(db, 0), 0);
        verifySound(db);
        compareWithServer(db);
    }

    void killedDuringPush_resumesAndEndsIdentical()
    {
        const QString db = dir.filePath(QStringLiteral("push.sqlite"));
        {
            auto store = notebook::openStore(db.toStdString());
            QVERIFY(store.ok());
            auto written = (*store)->writeBatch([&]() -> Status {
                for (int i = 0; i < documentCount; ++i) {
                    auto doc = Document::parse("{\"_id\":\"pushed-" + std::to_string(i) + "\","
                                               + body(i) + "}");
                    if (auto put = (*store)->put(*doc); !put)
                        return put.error();
                }
                return {};
            });
            QVERIFY(written.ok());
        }
        QRandomGenerator rng(5);
        QVERIFY2(killUntilARunFinishes(db, rng) >= 3,
                 "runs must be cut short, or this tests nothing");
        QCOMPARE(runCli(db, 0), 0);
        verifySound(db);
        compareWithServer(db);
    }
};

QTEST_GUILESS_MAIN(SyncInterrupted)
#include "tst_sync_interrupted.moc"
