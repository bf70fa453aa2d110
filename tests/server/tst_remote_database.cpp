// The replication endpoints as Rapport's client reads them, against the real server: the
// changes feed with every leaf, revs_diff, bulk_get with history, bulk_docs with
// new_edits:false (and the server's refusals), and _local checkpoints.
#include "check_ok.h"
#include "fault_proxy.h"
#include "http/http_client.h"
#include "replicator/remote_database.h"
#include "server_fixture.h"

#include <QElapsedTimer>
#include <QThread>
#include <future>

using namespace rapport;
using namespace rapport::replicator;

class RemoteDatabaseTest : public QObject
{
    Q_OBJECT

private:
    ServerFixture server;
    http::Client client {server.signIn("anna", "anna-secret")};
    RemoteDatabase remote {client, server.url() + ServerFixture::userDatabase("anna")};

private slots:
    void initTestCase()
    {
        SKIP_WITHOUT_SERVER(server);
        QVERIFY(server.addUser(QStringLiteral("anna"), QStringLiteral("anna-secret")));
    }

    void bulkDocs_storesRevisionsWithTheirHistoryAndReportsRefusals()
    {
        std::vector<Json> docs {
            Json::parse(R"({"_id":"c1","_rev":"2-bbb","type":"contact","firstName":"Eva",
                            "_revisions":{"start":2,"ids":["bbb","aaa"]}})"),
            Json::parse(R"({"_id":"c1","_rev":"2-ccc","type":"contact","firstName":"Eve",
                            "_revisions":{"start":2,"ids":["ccc","aaa"]}})"),
            Json::parse(
                R"({"_id":"bad","_rev":"1-ddd","firstName":"untyped","_revisions":{"start":1,"ids":["ddd"]}})"),
        };
        auto rejected = remote.bulkDocs(docs);
        CHECK_OK(rejected);
        QCOMPARE(rejected->size(), std::size_t(1));
        QCOMPARE(rejected->front().id, std::string("bad"));
        QCOMPARE(rejected->front().error, std::string("forbidden"));
        QVERIFY(rejected->front().reason.find("type") != std::string::npos);
    }

    void changes_listEveryLeafOfAConflictedDocument()
    {
        auto changes = remote.changes(Json(0), 100);
        CHECK_OK(changes);
        const RemoteChange *c1 = nullptr;
        for (const auto &change : changes->changes) {
            if (change.id == "c1")
                c1 = &change;
        }
        QVERIFY(c1);
        auto revs = c1->revs;
        std::sort(revs.begin(), revs.end());
        QCOMPARE(revs, (std::vector<std::string> {"2-bbb", "2-ccc"}));
        auto after = remote.changes(changes->lastSeq, 100);
        CHECK_OK(after);
        QVERIFY(after->changes.empty());
    }

    // CouchDB answers a missing revision of a known document with its possible_ancestors too;
    // those are hints, never revisions to send.
    void revsDiff_namesWhatTheServerLacks_possibleAncestorsAreOnlyHints()
    {
        auto missing = remote.revsDiff({{"c1", {"2-bbb", "3-eee"}}, {"new", {"1-fff"}}});
        CHECK_OK(missing);
        QCOMPARE(missing->at("c1"), std::vector<std::string> {"3-eee"});
        QCOMPARE(missing->at("new"), std::vector<std::string> {"1-fff"});
    }

    void bulkGet_returnsRevisionsWithTheirHistoryAndNamesMissingOnes()
    {
        auto fetched = remote.bulkGet({{"c1", {"2-ccc"}}, {"nothing-here", {"1-abc"}}});
        CHECK_OK(fetched);
        QCOMPARE(fetched->size(), std::size_t(2));
        const auto &doc = *fetched->at(0).doc;
        QCOMPARE(doc["firstName"].get<std::string>(), std::string("Eve"));
        QVERIFY(doc["_revisions"] == Json::parse(R"({"start":2,"ids":["ccc","aaa"]})"));
        QVERIFY(!fetched->at(1).doc);
        QVERIFY(!fetched->at(1).error.empty());
    }

    void localDocuments_holdCheckpoints()
    {
        auto none = remote.getLocal("_local/rapport-test");
        CHECK_OK(none);
        QVERIFY(!*none);
        CHECK_OK(remote.putLocal("_local/rapport-test", Json {{"last_seq", 7}}));
        auto saved = remote.getLocal("_local/rapport-test");
        CHECK_OK(saved);
        QCOMPARE((**saved)["last_seq"].get<int>(), 7);
        Json next = **saved;
        next["last_seq"] = 9;
        CHECK_OK(remote.putLocal("_local/rapport-test", next));
        QCOMPARE((**remote.getLocal("_local/rapport-test"))["last_seq"].get<int>(), 9);
    }

    void wrongPassword_isUnauthorizedAndAnotherUsersDatabaseForbidden()
    {
        http::Client wrong {ServerFixture::basicAuth("anna", "nope")};
        RemoteDatabase asWrong {wrong, server.url() + ServerFixture::userDatabase("anna")};
        QCOMPARE(asWrong.info().error().code, Errc::Unauthorized);
        QVERIFY(server.addUser(QStringLiteral("bob"), QStringLiteral("bob-secret")));
        RemoteDatabase bobs {client, server.url() + ServerFixture::userDatabase("bob")};
        QCOMPARE(bobs.info().error().code, Errc::Forbidden);
    }

    void sessionCookie_sendsThePasswordOnceAndSignsInAgainWhenTheCookieStopsWorking()
    {
        QVERIFY(server.addUser(QStringLiteral("carl"), QStringLiteral("carl-secret")));
        FaultProxy proxy(static_cast<quint16>(QUrl(QString::fromStdString(server.url())).port()),
                         1);
        const std::string viaProxy = "http://127.0.0.1:" + std::to_string(proxy.port()) + "/";
        http::ClientOptions options;
        options.username = "carl";
        options.password = "carl-secret";
        options.sessionUrl = viaProxy + "_session";
        http::Client carl(options);
        RemoteDatabase remoteAsCarl {carl, viaProxy + ServerFixture::userDatabase("carl")};
        for (int i = 0; i < 5; ++i)
            CHECK_OK(remoteAsCarl.info());
        QVERIFY(carl.signedInBySession());
        QByteArray traffic = proxy.clientTraffic();
        QCOMPARE(traffic.count("carl-secret"), 1); // in the sign-in, and nowhere else
        QCOMPARE(traffic.count("Authorization:"), 0);
        QCOMPARE(traffic.count("Cookie: AuthSession="), 5);

        // The administrator sets the password anew: the server forgets the old cookie, and the
        // client signs in again by itself.
        http::Client admin(server.admin());
        const std::string userUrl = server.url() + "_users/org.couchdb.user:carl";
        auto user = admin.send({"GET", userUrl, {}});
        CHECK_OK(user);
        Json record = Json::parse(user->body);
        record["password"] = "carl-secret";
        auto saved = admin.send({"PUT", userUrl, record.dump()});
        CHECK_OK(saved);
        QCOMPARE(saved->status, 201L);
        // CouchDB's nodes learn of the new password from _users' changes, a moment later: until
        // then the old cookie still works. Every request succeeds meanwhile.
        for (int waited = 0; waited < 10000; waited += 50) {
            CHECK_OK(remoteAsCarl.info());
            if (proxy.clientTraffic().count("carl-secret") == 2)
                break;
            QThread::msleep(50);
        }
        traffic = proxy.clientTraffic();
        QCOMPARE(traffic.count("carl-secret"), 2);
        QCOMPARE(traffic.count("Authorization:"), 0);
    }

    // CouchDB renews a session's cookie (Set-Cookie on an ordinary answer) once a tenth of its
    // lifetime has passed: a client that keeps each renewed cookie stays signed in beyond the
    // first cookie's expiry and never sends the password again.
    void sessionCookie_renewedByTheServer_outlivesTheFirstCookie()
    {
        http::Client admin(server.admin());
        const std::string setting = server.url() + "_node/_local/_config/chttpd_auth/timeout";
        auto shortened = admin.send({"PUT", setting, R"("3")"});
        if (!shortened || shortened->status != 200)
            QSKIP("this server has no CouchDB configuration API to shorten its sessions with");
        // The answer is the value it had ("" when it was not set: the default, 600 seconds).
        const auto before = Json::parse(shortened->body, nullptr, false);
        QVERIFY(server.addUser(QStringLiteral("erin"), QStringLiteral("erin-secret")));
        FaultProxy proxy(static_cast<quint16>(QUrl(QString::fromStdString(server.url())).port()),
                         1);
        const std::string viaProxy = "http://127.0.0.1:" + std::to_string(proxy.port()) + "/";
        auto options = ServerFixture::basicAuth("erin", "erin-secret");
        options.sessionUrl = viaProxy + "_session";
        http::Client erin(options);
        RemoteDatabase remoteAsErin {erin, viaProxy + ServerFixture::userDatabase("erin")};
        QElapsedTimer elapsed;
        elapsed.start();
        bool allAnswered = true;
        while (elapsed.elapsed() < 7000) { // more than twice the session's 3 seconds
            allAnswered = allAnswered && remoteAsErin.info().ok();
            QThread::msleep(250);
        }
        if (before.is_string() && !before.get<std::string>().empty())
            (void)admin.send({"PUT", setting, before.dump()});
        else
            (void)admin.send({"DELETE", setting, {}});
        QVERIFY(allAnswered);
        QCOMPARE(proxy.clientTraffic().count("erin-secret"), 1);
    }

    // A longpoll on the changes feed answers after `timeout` with nothing in it: "nothing
    // changed", not a broken answer. (A heartbeat would override the timeout on CouchDB and hold
    // the request open until the next change: the wait asks for a timeout alone.) A change ends
    // the wait at once.
    void changesLongpoll_endsAfterItsTimeout_aChangeEndsItAtOnce()
    {
        const auto info = remote.info();
        CHECK_OK(info);
        const Json since = (*info)["update_seq"];
        QElapsedTimer waited;
        waited.start();
        auto idle = remote.waitForChanges(since, std::chrono::milliseconds(2500));
        CHECK_OK(idle);
        QVERIFY(!*idle);
        QVERIFY(waited.elapsed() >= 2000);
        auto writer = std::async(std::launch::async, [&] {
            QThread::msleep(300);
            http::Client other(server.signIn("anna", "anna-secret"));
            return other.send({"PUT", server.url() + ServerFixture::userDatabase("anna") + "/woken",
                               R"({"type":"visit"})"});
        });
        waited.restart();
        auto woken = remote.waitForChanges(since, std::chrono::milliseconds(20000));
        CHECK_OK(woken);
        QVERIFY(*woken);
        QVERIFY(waited.elapsed() < 10000);
        QCOMPARE(writer.get()->status, 201L);
    }

    void sessionCookie_wrongPasswordIsUnauthorized()
    {
        http::ClientOptions options;
        options.username = "anna";
        options.password = "nope";
        options.sessionUrl = server.url() + "_session";
        http::Client wrong(options);
        RemoteDatabase asWrong {wrong, server.url() + ServerFixture::userDatabase("anna")};
        QCOMPARE(asWrong.info().error().code, Errc::Unauthorized);
        QVERIFY(!wrong.signedInBySession());
    }

    void noServer_isATransientNetworkError()
    {
        http::Client nowhere {http::ClientOptions {}};
        RemoteDatabase gone {nowhere, "http://127.0.0.1:9/userdb-00"};
        auto info = gone.info();
        QCOMPARE(info.error().code, Errc::Network);
        QVERIFY(info.error().isTransient());
        // Nothing personal in the message: not the user's name (in hex), not a document id.
        QVERIFY(info.error().message.find("userdb-00") == std::string::npos);
    }

    void errorMessages_showTheServerAndTheEndpointOnly()
    {
        QCOMPARE(http::urlForMessages("https://anna:pw@couch.example.com:6984/userdb-616e6e61/"
                                      "_changes?since=12&feed=normal"),
                 std::string("https://couch.example.com:6984/(your database)/_changes"));
        QCOMPARE(http::urlForMessages("http://127.0.0.1:5984/userdb-616e6e61/contact-Mara%20Lind"
                                      "?open_revs=all"),
                 std::string("http://127.0.0.1:5984/(your database)/(a document)"));
        QCOMPARE(http::urlForMessages("http://127.0.0.1:5984/_session"),
                 std::string("http://127.0.0.1:5984/_session"));
        QCOMPARE(http::urlForMessages("http://127.0.0.1:5984/userdb-61/_local/rapport-pull-1"),
                 std::string("http://127.0.0.1:5984/(your database)/_local/(a document)"));
        QCOMPARE(http::urlForMessages("http://127.0.0.1:5984"),
                 std::string("http://127.0.0.1:5984/"));
        QCOMPARE(http::urlForMessages("not a url"), std::string("(a URL)"));
    }
};

QTEST_GUILESS_MAIN(RemoteDatabaseTest)
#include "tst_remote_database.moc"
