// Interoperability: PouchDB (the npm package, run by node) and Rapport replicate the same user
// database through the real server. Documents, edits, deletions and conflicts written by
// either side arrive intact in the other, and Rapport's resolution of a conflict reaches
// PouchDB: same winning revision, same conflicting leaves (none once resolved),
// same body.
#include "check_ok.h"
#include "http/http_client.h"
#include "notebook/after_pull.h"
#include "notebook/notebook_index.h"
#include "replicator/replicator.h"
#include "server_fixture.h"
#include "store/store.h"

#include <QProcess>

using namespace rapport;

class PouchDbInterop : public QObject
{
    Q_OBJECT

private:
    ServerFixture server;
    QTemporaryDir dir;
    QString peerDir = dir.filePath(QStringLiteral("pouchdb"));
    std::unique_ptr<Store> store = std::move(
        *notebook::openStore(dir.filePath(QStringLiteral("rapport.sqlite")).toStdString()));

    // Runs tests/pouchdb-peer; its one line of JSON, or null when it failed.
    Json peer(const QString &command, const std::string &input = {})
    {
        QProcess node;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PEER_USER"), QStringLiteral("anna"));
        environment.insert(QStringLiteral("PEER_PASSWORD"), QStringLiteral("anna-secret"));
        node.setProcessEnvironment(environment);
        node.start(QStringLiteral(RAPPORT_POUCHDB_PEER),
                   {command, peerDir,
                    QString::fromStdString(server.url() + ServerFixture::userDatabase("anna"))});
        node.write(input.data(), static_cast<qint64>(input.size()));
        node.closeWriteChannel();
        node.waitForFinished(180000);
        if (node.exitStatus() != QProcess::NormalExit || node.exitCode() != 0) {
            qWarning("peer %s failed: %s", qPrintable(command),
                     node.readAllStandardError().constData());
            return nullptr;
        }
        return Json::parse(node.readAllStandardOutput().toStdString());
    }

    Result<replicator::SyncSummary> sync()
    {
        http::Client client(server.signIn("anna", "anna-secret"));
        replicator::Replicator replicator(
            *store, client, replicator::userDatabaseUrl(server.url(), "anna"),
            rapport::notebook::afterPull(), [](std::chrono::milliseconds) {});
        return replicator.syncOnce();
    }

    // Rapport's view in the shape peer.js dumps: id -> winning rev, deleted, conflicts, body.
    Json rapportView()
    {
        Json view = Json::object();
        auto page = store->changesSince(0, 1000000);
        if (!page)
            return nullptr;
        for (const auto &change : page->changes) {
            if (change.id.starts_with("_design/"))
                continue;
            auto conflicts = store->conflicts(change.id);
            auto winner = store->getRevision(change.id, change.rev);
            if (!conflicts || !winner)
                return nullptr;
            std::sort(conflicts->begin(), conflicts->end());
            view[change.id] = Json {{"rev", change.rev},
                                    {"deleted", change.deleted},
                                    {"conflicts", *conflicts},
                                    {"body", change.deleted ? Json::object() : winner->body}};
        }
        return view;
    }

    void put(const std::string &json)
    {
        auto doc = Document::parse(json);
        QVERIFY(doc.ok());
        CHECK_OK(store->put(*doc));
    }

    void verifySameView()
    {
        const Json pouch = peer(QStringLiteral("dump"));
        const Json rapport = rapportView();
        QVERIFY(!pouch.is_null() && !rapport.is_null());
        // Compared as plain (key-sorted) JSON: the two list members in different orders.
        const auto sorted = [](const Json &json) {
            return nlohmann::json::parse(json.dump());
        };
        if (sorted(pouch) != sorted(rapport))
            qWarning("PouchDB: %s\nRapport: %s", pouch.dump().c_str(), rapport.dump().c_str());
        QVERIFY(sorted(pouch) == sorted(rapport));
    }

private slots:
    void initTestCase()
    {
        SKIP_WITHOUT_SERVER(server);
        QVERIFY(server.addUser(QStringLiteral("anna"), QStringLiteral("anna-secret")));
    }

    void rapportWrites_arriveInPouchDb()
    {
        put(R"({"_id":"contact-jonas","type":"contact","firstName":"Jonas","interests":["sailing"]})");
        auto jonas = store->get("contact-jonas");
        QVERIFY(jonas.ok());
        put(R"({"_id":"contact-jonas","_rev":")" + jonas->rev
            + R"(","type":"contact","firstName":"Jonas","lastName":"Weber","interests":["sailing","jazz"]})");
        put(Json {{"_id", "visit-1"},
                  {"type", "visit"},
                  {"date", "2026-11-24"},
                  {"notes", "Grüße, 🙂 and a \"quote\""}}
                .dump());
        put(R"({"_id":"note-gone","type":"note","text":"soon deleted"})");
        auto gone = store->get("note-gone");
        QVERIFY(gone.ok());
        CHECK_OK(store->remove("note-gone", gone->rev));
        // A conflict, as two devices offline would make it: two branches from one revision.
        auto base = Document::parse(
            R"({"_id":"account-acme","_rev":"1-aaa","type":"account","name":"Acme"})");
        CHECK_OK(store->insertWithHistory(*base, {"1-aaa"}));
        auto left = Document::parse(
            R"({"_id":"account-acme","_rev":"2-bbb","type":"account","name":"Acme GmbH"})");
        CHECK_OK(store->insertWithHistory(*left, {"2-bbb", "1-aaa"}));
        auto right = Document::parse(
            R"({"_id":"account-acme","_rev":"2-ccc","type":"account","name":"ACME"})");
        CHECK_OK(store->insertWithHistory(*right, {"2-ccc", "1-aaa"}));

        auto synced = sync();
        CHECK_OK(synced);
        const Json pulled = peer(QStringLiteral("pull"));
        QVERIFY(!pulled.is_null());
        QVERIFY(pulled["docs_written"].get<int>() >= 5);
        verifySameView();
    }

    void pouchDbWrites_arriveInRapport()
    {
        const Json before = peer(QStringLiteral("dump"));
        QVERIFY(!before.is_null());
        Json edited = before["contact-jonas"]["body"];
        edited["_id"] = "contact-jonas";
        edited["_rev"] = before["contact-jonas"]["rev"];
        edited["company"] = "Weber & Söhne";
        Json deleted = {{"_id", "visit-1"}, {"_rev", before["visit-1"]["rev"]}, {"_deleted", true}};
        Json created = {{"_id", "followup-1"}, {"type", "followup"}, {"due", "2026-12-01"}};
        QVERIFY(!peer(QStringLiteral("write"), Json {{"docs", {edited, deleted, created}}}.dump())
                     .is_null());
        // A conflict made on PouchDB's side, with its history, as its replicator would write it.
        Json branch = {{"_id", "contact-jonas"},
                       {"_rev", "3-fff"},
                       {"_revisions",
                        {{"start", 3},
                         {"ids",
                          {"fff", before["contact-jonas"]["rev"].get<std::string>().substr(2),
                           store
                               ->revisionHistory("contact-jonas",
                                                 before["contact-jonas"]["rev"].get<std::string>())
                               ->at(1)
                               .substr(2)}}}},
                       {"type", "contact"},
                       {"firstName", "Jonas"},
                       {"lastName", "Weber-Berg"}};
        QVERIFY(
            !peer(QStringLiteral("write"), Json {{"docs", {branch}}, {"new_edits", false}}.dump())
                 .is_null());
        const Json pushed = peer(QStringLiteral("push"));
        QVERIFY(!pushed.is_null());
        QCOMPARE(pushed["docs_written"].get<int>(), 4);
        auto synced = sync();
        CHECK_OK(synced);
        QCOMPARE(synced->pulled, std::int64_t(4));
        // The conflict PouchDB made is resolved like any other: both edits in one revision.
        QCOMPARE(synced->resolved, std::int64_t(1));
        QVERIFY(store->conflicts("contact-jonas")->empty());
        const auto jonas = store->get("contact-jonas");
        QCOMPARE(jonas->body["company"].get<std::string>(), std::string("Weber & Söhne"));
        QCOMPARE(jonas->body["lastName"].get<std::string>(), std::string("Weber-Berg"));
        QVERIFY(store->get("visit-1").error().code == Errc::NotFound);
        QVERIFY(store->get("followup-1")->body["due"] == "2026-12-01");
        // And PouchDB takes the resolution: the same winner there, and no conflict left.
        QVERIFY(!peer(QStringLiteral("pull")).is_null());
        verifySameView();
    }
};

QTEST_GUILESS_MAIN(PouchDbInterop)
#include "tst_pouchdb_interop.moc"
