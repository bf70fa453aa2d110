// A CouchDB 3.5 cluster of three nodes (the salesperson's database with a copy on each): a phone
// that knows all three nodes and a tablet that syncs through node 3; node 1 killed in the middle
// of the phone's push of 2,000 visits; edits made through different nodes; node 1 back; and how
// much a pull reads again after it moved to another node.
#include "check_ok.h"
#include "notebook/after_pull.h"
#include "replicator/replicator.h"
#include "replicator/server_address.h"
#include "server_fixture.h"
#include "store/store.h"
#include "test_device.h"

#include <QThread>
#include <future>

using namespace rapport;

namespace {

// A device that syncs with the given nodes, in order of preference (the address a person
// would type).
struct Device : TestDevice
{
    std::unique_ptr<http::Client> client;
    std::unique_ptr<replicator::Replicator> replicator;

    explicit Device(const std::vector<std::string> &nodes)
    {
        const replicator::ServerAddress address {nodes};
        client = std::make_unique<http::Client>(
            replicator::signInOptions(address, "anna", "anna-secret"));
        replicator = std::make_unique<replicator::Replicator>(
            *store, *client, replicator::userDatabaseUrl(address.first(), "anna"),
            rapport::notebook::afterPull(), [](std::chrono::milliseconds) {});
    }
};

} // namespace

class CouchDBCluster : public QObject
{
    Q_OBJECT

private:
    ServerFixture server {ServerKind::CouchDBCluster};
    std::string database = ServerFixture::userDatabase("anna");

    std::vector<std::string> allNodes() const
    {
        return {server.nodeUrl(0), server.nodeUrl(1), server.nodeUrl(2)};
    }

    // What one node says, asked as the server's admin.
    Json askNode(int node, const std::string &path)
    {
        http::Client admin(server.admin());
        auto response = admin.send({"GET", server.nodeUrl(node) + database + path, {}});
        if (!response || response->status != 200)
            return Json();
        return Json::parse(response->body, nullptr, false);
    }

    // The documents one node serves: id -> winning rev, and how many have a conflict.
    std::map<std::string, std::string> documentsOn(int node, int *conflicted = nullptr)
    {
        std::map<std::string, std::string> documents;
        const auto all = askNode(node, "/_all_docs?include_docs=true&conflicts=true");
        if (conflicted)
            *conflicted = 0;
        for (const auto &row : all.value("rows", Json::array())) {
            if (row["id"].get<std::string>().starts_with("_design/"))
                continue;
            documents[row["id"].get<std::string>()] = row["value"]["rev"].get<std::string>();
            if (conflicted && row["doc"].contains("_conflicts"))
                ++*conflicted;
        }
        return documents;
    }

    static std::int64_t visitCount(Store &store)
    {
        std::int64_t visits = 0;
        auto listed = store.forEachDocument([&](const Document &doc) {
            visits += doc.body.value("type", std::string()) == "visit" ? 1 : 0;
        });
        if (!listed)
            qFatal("%s", listed.error().describe().c_str());
        return visits;
    }

private slots:
    void initTestCase()
    {
        SKIP_WITHOUT_SERVER(server);
        QVERIFY(server.addUser(QStringLiteral("anna"), QStringLiteral("anna-secret")));
        // A copy on every node: what lets one of them die without losing anything.
        const auto info = askNode(0, "");
        QCOMPARE(info["cluster"]["n"].get<int>(), 3);
    }

    void pushOf2000Visits_goesOnThroughNode2WhenNode1IsKilledMidway()
    {
        SKIP_UNLESS_SERVER_OWNED(server);
        Device phone(allNodes());
        CHECK_OK(phone.store->writeBatch([&]() -> Status {
            for (int i = 0; i < 2000; ++i) {
                char id[32];
                std::snprintf(id, sizeof id, "visit-%04d", i);
                Json visit {{"_id", id},
                            {"type", "visit"},
                            {"accountId", "account-1"},
                            {"notes", "Visit " + std::to_string(i) + " at the warehouse"}};
                phone.put(visit.dump());
            }
            return {};
        }));
        auto push = std::async(std::launch::async, [&] { return phone.replicator->syncOnce(); });
        // Node 1 dies once part of the push has landed (seen through node 3).
        std::int64_t landedWhenKilled = -1;
        for (int waited = 0; waited < 60000; waited += 5) {
            const auto info = askNode(2, "");
            const auto count = info.value("doc_count", std::int64_t(0));
            if (count >= 300) {
                server.crashNode(0);
                landedWhenKilled = count;
                break;
            }
            if (push.wait_for(std::chrono::milliseconds(5)) == std::future_status::ready)
                break;
        }
        const auto summary = push.get();
        CHECK_OK(summary);
        qInfo("node 1 killed with %lld of 2,000 visits landed; the push went on through node %zu",
              static_cast<long long>(landedWhenKilled), phone.client->currentNode() + 1);
        QVERIFY2(landedWhenKilled > 0 && landedWhenKilled < 2001,
                 "node 1 was not killed in the middle of the push");
        QVERIFY(phone.client->currentNode() != 0);

        // Every visit on the server once, as the phone wrote it, and nothing in conflict.
        int conflicted = 0;
        auto onServer = documentsOn(1, &conflicted);
        QCOMPARE(onServer.size(), std::size_t(2000));
        QCOMPARE(conflicted, 0);
        for (const auto &[id, rev] : onServer)
            QCOMPARE(phone.store->get(id)->rev, rev);
        // A second sync finds nothing left to send.
        auto again = phone.replicator->syncOnce();
        CHECK_OK(again);
        QCOMPARE(again->pushed, std::int64_t(0));

        // The tablet, through node 3, receives all of them.
        Device tablet({server.nodeUrl(2)});
        CHECK_OK(tablet.replicator->syncOnce());
        QCOMPARE(visitCount(*tablet.store), std::int64_t(2000));
    }

    void editsThroughDifferentNodes_mergeFieldByField()
    {
        SKIP_UNLESS_SERVER_OWNED(server);
        Device phone(allNodes()); // node 1 is down: through node 2
        Device tablet({server.nodeUrl(2)});
        phone.put(
            R"({"_id":"contact-mara","type":"contact","firstName":"Mara","lastName":"Lind"})");
        CHECK_OK(phone.replicator->syncOnce());
        CHECK_OK(tablet.replicator->syncOnce());
        const auto base = phone.store->get("contact-mara")->rev;
        phone.put(
            R"({"_id":"contact-mara","_rev":")" + base
            + R"(","type":"contact","firstName":"Mara","lastName":"Lind","phone":"+49 451 1"})");
        tablet.put(
            R"({"_id":"contact-mara","_rev":")" + base
            + R"(","type":"contact","firstName":"Mara","lastName":"Lind","hobbies":["sailing"]})");
        CHECK_OK(phone.replicator->syncOnce());
        CHECK_OK(tablet.replicator->syncOnce());
        CHECK_OK(phone.replicator->syncOnce());
        const auto onPhone = phone.store->get("contact-mara");
        const auto onTablet = tablet.store->get("contact-mara");
        QCOMPARE(onPhone->rev, onTablet->rev);
        QCOMPARE(onPhone->body["phone"].get<std::string>(), std::string("+49 451 1"));
        QCOMPARE(onPhone->body["hobbies"][0].get<std::string>(), std::string("sailing"));
        QVERIFY(phone.store->conflicts("contact-mara")->empty());
    }

    void node1Restarted_servesEveryDocument()
    {
        SKIP_UNLESS_SERVER_OWNED(server);
        const auto expected = documentsOn(1);
        QVERIFY(server.restartNode(0));
        std::map<std::string, std::string> onNode1;
        for (int waited = 0; waited < 60000 && onNode1 != expected; waited += 250) {
            onNode1 = documentsOn(0);
            if (onNode1 != expected)
                QThread::msleep(250);
        }
        QCOMPARE(onNode1.size(), expected.size());
        QVERIFY(onNode1 == expected);
    }

    // The checkpoint a pull wrote through node 1 is read through node 2 after node 1 died (one
    // replication, whichever node answers), so the pull goes on from there instead of reading
    // all 2,000 visits again. How much it reads again depends on how CouchDB maps a sequence
    // of node 1's shards onto node 2's; printed, and held below a tenth of the database.
    void pullMovedToAnotherNode_resumesFromItsCheckpoint()
    {
        SKIP_UNLESS_SERVER_OWNED(server);
        Device laptop(allNodes());
        auto first = laptop.replicator->syncOnce();
        CHECK_OK(first);
        QCOMPARE(laptop.client->currentNode(), std::size_t(0));
        Device tablet({server.nodeUrl(2)});
        CHECK_OK(tablet.replicator->syncOnce());
        for (int i = 0; i < 10; ++i)
            tablet.put(Json {{"_id", "visit-new-" + std::to_string(i)}, {"type", "visit"}}.dump());
        CHECK_OK(tablet.replicator->syncOnce());

        server.crashNode(0);
        auto moved = laptop.replicator->syncOnce();
        CHECK_OK(moved);
        QCOMPARE(laptop.client->currentNode(), std::size_t(1));
        qInfo("first pull through node 1: %lld rows of changes; after moving to node 2 the pull "
              "read %lld rows again for 10 new documents",
              static_cast<long long>(first->changesRead),
              static_cast<long long>(moved->changesRead));
        QCOMPARE(moved->pulled, std::int64_t(10));
        QVERIFY2(moved->changesRead < first->changesRead / 10,
                 "the pull started again from the beginning after moving to node 2");
        QCOMPARE(visitCount(*laptop.store), std::int64_t(2010));
        QVERIFY(server.restartNode(0));
    }
};

QTEST_GUILESS_MAIN(CouchDBCluster)
#include "tst_couchdb_cluster.moc"
