// Documents from the server that a careless client would trip on: ids with path tricks,
// escapes, query and fragment characters, emoji; a field of close to a megabyte. They sync down,
// are edited here, sync back up, and land as themselves on both sides.
#include "check_ok.h"
#include "http/http_client.h"
#include "notebook/after_pull.h"
#include "notebook/notebook_index.h"
#include "replicator/replicator.h"
#include "server_fixture.h"
#include "store/store.h"

#include <QTest>

using namespace rapport;

class HostileDocuments : public QObject
{
    Q_OBJECT

private:
    ServerFixture server;

    Result<replicator::SyncSummary> sync(Store &store)
    {
        http::Client client(server.signIn("anna", "anna-secret"));
        replicator::Replicator replicator(
            store, client, replicator::userDatabaseUrl(server.url(), "anna"),
            rapport::notebook::afterPull(), [](std::chrono::milliseconds) {});
        return replicator.syncOnce();
    }

private slots:
    void initTestCase()
    {
        SKIP_WITHOUT_SERVER(server);
        QVERIFY(server.addUser(QStringLiteral("anna"), QStringLiteral("anna-secret")));
    }

    void trickyIdsAndAHugeField_syncBothWaysAsThemselves()
    {
        const std::vector<std::string> ids {"../../etc/passwd", "a/b/c",       "%2e%2e%2fsecret",
                                            "x?y=1#z",          "with space",  "ü-é-🎉",
                                            "semi;colon",       "back\\slash", "quote\"d",
                                            "plus+and&amp"};
        // Under the development server's 1 MB limit per document, over anything typed.
        const std::string huge(900'000, 'h');
        Json docs = Json::array();
        for (const auto &id : ids)
            docs.push_back(Json {{"_id", id}, {"type", "contact"}, {"notes", "from the tablet"}});
        docs.push_back(Json {{"_id", "huge"}, {"type", "visit"}, {"notes", huge}});
        http::Client tablet(server.signIn("anna", "anna-secret"));
        const std::string database = server.url() + ServerFixture::userDatabase("anna");
        auto written
            = tablet.send({"POST", database + "/_bulk_docs", Json {{"docs", docs}}.dump()});
        QVERIFY(written && written->status == 201);

        QTemporaryDir dir;
        auto store
            = notebook::openStore(dir.filePath(QStringLiteral("phone.sqlite")).toStdString());
        CHECK_OK(store);
        auto pulled = sync(**store);
        CHECK_OK(pulled);
        QVERIFY(pulled->problems.empty());
        for (const auto &id : ids)
            QVERIFY2((*store)->get(id).ok(), id.c_str());
        auto hugeHere = (*store)->get("huge");
        CHECK_OK(hugeHere);
        QCOMPARE(hugeHere->body["notes"].get<std::string>().size(), huge.size());

        // Edited here, and back up.
        for (const auto &id : ids) {
            auto doc = (*store)->get(id);
            CHECK_OK(doc);
            doc->body["notes"] = "edited on the phone";
            CHECK_OK((*store)->put(*doc));
        }
        auto pushed = sync(**store);
        CHECK_OK(pushed);
        QCOMPARE(pushed->pushed, std::int64_t(ids.size()));
        QCOMPARE(pushed->rejected, std::int64_t(0));

        // The server holds each under its own id, edited; nothing else appeared.
        auto listing = tablet.send({"GET", database + "/_all_docs?include_docs=true", {}});
        QVERIFY(listing && listing->status == 200);
        const auto rows = Json::parse(listing->body)["rows"];
        std::map<std::string, std::string> notes;
        for (const auto &row : rows)
            if (!row["id"].get<std::string>().starts_with("_design/"))
                notes[row["id"].get<std::string>()]
                    = row["doc"]["notes"].get<std::string>().substr(0, 40);
        QCOMPARE(notes.size(), ids.size() + 1);
        for (const auto &id : ids)
            QCOMPARE(notes[id], std::string("edited on the phone"));
    }
};

QTEST_GUILESS_MAIN(HostileDocuments)
#include "tst_hostile_documents.moc"
