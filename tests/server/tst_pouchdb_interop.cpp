// Interoperability: PouchDB (the npm package, run by node) and Rapport replicate the same user
// database through the real server. Documents, edits, deletions and conflicts written by
// either side arrive intact in the other, and Rapport's resolution of a conflict reaches
// PouchDB: same winning revision, same conflicting leaves (none once resolved),
// same body.
#include "check_ok.h"
#include "core/base64.h"
#include "http/http_client.h"
#include "notebook/after_pull.h"
#include "notebook/notebook_index.h"
#include "replicator/replicator.h"
#include "server_fixture.h"
#include "store/store.h"

#include <QFile>
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
    Json peer(const QString &command, const std::string &input = {},
              const QStringList &arguments = {})
    {
        QProcess node;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PEER_USER"), QStringLiteral("anna"));
        environment.insert(QStringLiteral("PEER_PASSWORD"), QStringLiteral("anna-secret"));
        node.setProcessEnvironment(environment);
        node.start(
            QStringLiteral(RAPPORT_POUCHDB_PEER),
            QStringList {command, peerDir,
                         QString::fromStdString(server.url() + ServerFixture::userDatabase("anna"))}
                + arguments);
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

    Result<replicator::SyncSummary> sync() { return syncDevice(*store); }

    Result<replicator::SyncSummary> syncDevice(Store &device)
    {
        http::Client client(server.signIn("anna", "anna-secret"));
        replicator::Replicator replicator(
            device, client, replicator::userDatabaseUrl(server.url(), "anna"),
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

    // An attachment's bytes as this device holds them (empty when it has none).
    static std::string bytesOf(Store &device, const std::string &id, const std::string &name)
    {
        auto doc = device.get(id);
        if (!doc || !doc->attachments.contains(name))
            return {};
        std::string bytes;
        auto read = device.readAttachment(doc->attachments.at(name).digest,
                                          [&bytes](std::string_view chunk) {
                                              bytes.append(chunk);
                                              return Status {};
                                          });
        return read ? bytes : std::string();
    }

    // The bytes PouchDB holds for an attachment (empty when it has none).
    std::string peerBytes(const std::string &id, const std::string &name)
    {
        const Json answer = peer(QStringLiteral("attachment"), {},
                                 {QString::fromStdString(id), QString::fromStdString(name)});
        if (!answer.is_object())
            return {};
        return base64Decoded(answer["base64"].get<std::string>()).value_or(std::string());
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
    // A PouchDB app attaches a photo of a business card to a person; Rapport pulls it with its
    // bytes, edits the person and pushes; PouchDB sees the edit and the photo byte for byte, a
    // second Rapport device receives both, and a photo attached in Rapport reaches PouchDB.
    void attachments_travelByteForByteBothWays()
    {
        std::string card;
        for (int i = 0; i < 300000; ++i) // every byte value, NULs and all
            card.push_back(static_cast<char>((i * 79 + i / 256) % 256));
        const QString cardFile = dir.filePath(QStringLiteral("card.jpg"));
        {
            QFile file(cardFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(card.data(), static_cast<qint64>(card.size()));
        }
        const Json person {{"_id", "contact-ines"},
                           {"type", "contact"},
                           {"firstName", "Ines"},
                           {"lastName", "Roth"}};
        QVERIFY(!peer(QStringLiteral("write"), Json {{"docs", {person}}}.dump()).is_null());
        QVERIFY(!peer(QStringLiteral("attach"), {},
                      {QStringLiteral("contact-ines"), QStringLiteral("card.jpg"),
                       QStringLiteral("image/jpeg"), cardFile})
                     .is_null());
        QVERIFY(!peer(QStringLiteral("push")).is_null());

        auto pulled = sync();
        CHECK_OK(pulled);
        if (!pulled->problems.empty())
            QFAIL(pulled->problems.front().c_str());
        auto ines = store->get("contact-ines");
        CHECK_OK(ines);
        QCOMPARE(ines->attachments.size(), std::size_t(1));
        QCOMPARE(ines->attachments.at("card.jpg").contentType, std::string("image/jpeg"));
        QCOMPARE(ines->attachments.at("card.jpg").length, std::int64_t(card.size()));
        QVERIFY(bytesOf(*store, "contact-ines", "card.jpg") == card);

        // Edited in Rapport: the photo stays with the person, here and on the server.
        ines->body["notes"] = "Met at the fair in Hall 4";
        CHECK_OK(store->put(*ines));
        CHECK_OK(sync());
        QVERIFY(!peer(QStringLiteral("pull")).is_null());
        QVERIFY(peerBytes("contact-ines", "card.jpg") == card);
        verifySameView();

        // A second device gets the person with the photo.
        QTemporaryDir secondDir;
        auto second = notebook::openStore(
            secondDir.filePath(QStringLiteral("second.sqlite")).toStdString());
        CHECK_OK(second);
        auto secondSync = syncDevice(**second);
        CHECK_OK(secondSync);
        QVERIFY(bytesOf(**second, "contact-ines", "card.jpg") == card);
        QCOMPARE((*second)->get("contact-ines")->body["notes"].get<std::string>(),
                 std::string("Met at the fair in Hall 4"));

        // The other way: a photo of the shelf, attached in Rapport, read by PouchDB.
        std::string shelf(120000, '\0');
        for (std::size_t i = 0; i < shelf.size(); ++i)
            shelf[i] = static_cast<char>((i * 31) % 251);
        auto again = store->get("contact-ines");
        again->attachments.emplace("shelf.png", Attachment::ofBytes("image/png", shelf));
        CHECK_OK(store->put(*again));
        CHECK_OK(sync());
        QVERIFY(!peer(QStringLiteral("pull")).is_null());
        QVERIFY(peerBytes("contact-ines", "shelf.png") == shelf);
        QVERIFY(peerBytes("contact-ines", "card.jpg") == card);
        // Both photos are kept once each here, whatever the revisions that name them.
        auto stats = store->stats();
        QCOMPARE(stats->attachments, std::int64_t(2));
        QCOMPARE(stats->attachmentBytes, std::int64_t(card.size() + shelf.size()));
    }
};

QTEST_GUILESS_MAIN(PouchDbInterop)
#include "tst_pouchdb_interop.moc"
