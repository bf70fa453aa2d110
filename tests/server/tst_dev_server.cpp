// The development server behaves as CouchDB 3 does where Rapport relies on it: per-user
// databases that only their owner reads and writes, validation of what is written, and the
// PouchDB Server defects patched in server/ (a non-admin PUT /db, 401 where CouchDB says 403).
#include "core/json.h"
#include "http/http_client.h"
#include "server_fixture.h"

#include <QThread>
#include <array>

using namespace rapport;

class DevServer : public QObject
{
    Q_OBJECT

private:
    ServerFixture server;

    http::Response call(const std::string &user, const std::string &password,
                        const std::string &method, const std::string &path,
                        const std::string &body = {})
    {
        http::ClientOptions options;
        if (!user.empty()) {
            options.username = user;
            options.password = password;
        }
        http::Client client(options);
        auto response = client.send(http::Request {method, server.url() + path, body});
        if (!response)
            qFatal("%s", response.error().describe().c_str());
        return *response;
    }

    const std::string anna = ServerFixture::userDatabase("anna");

private slots:
    void initTestCase()
    {
        SKIP_WITHOUT_SERVER(server);
        QVERIFY(server.addUser(QStringLiteral("anna"), QStringLiteral("anna-secret")));
        QVERIFY(server.addUser(QStringLiteral("bob"), QStringLiteral("bob-secret")));
        QVERIFY(server.addUser(QStringLiteral("anna"),
                               QStringLiteral("anna-secret"))); // again: no harm
    }

    void root_answersLikeCouchDB()
    {
        auto root = call({}, {}, "GET", "");
        QCOMPARE(root.status, 200L);
    }

    void ownerReadsAndWritesTheirDatabase()
    {
        QCOMPARE(call("anna", "anna-secret", "GET", anna).status, 200L);
        auto put = call("anna", "anna-secret", "PUT", anna + "/contact-1",
                        R"({"type":"contact","firstName":"Eva"})");
        QCOMPARE(put.status, 201L);
    }

    void anotherUser_isForbiddenNotAskedToSignInAgain()
    {
        auto read = call("bob", "bob-secret", "GET", anna + "/contact-1");
        QCOMPARE(read.status, 403L);
        auto write = call("bob", "bob-secret", "PUT", anna + "/intruder", R"({"type":"contact"})");
        QCOMPARE(write.status, 403L);
        auto all = call("bob", "bob-secret", "GET", anna + "/_all_docs");
        QCOMPARE(all.status, 403L);
    }

    // Every endpoint of a database checks who asks (PouchDB Server's _bulk_get and _find did
    // not, and answered anybody with the owner's documents: patched in server/patches.js).
    void everyEndpoint_keepsOthersAndStrangersOut()
    {
        const std::vector<std::array<std::string, 2>> requests {
            {"POST /_bulk_get", R"({"docs":[{"id":"contact-1"}]})"},
            {"POST /_find", R"({"selector":{}})"},
            {"POST /_all_docs", R"({"keys":["contact-1"]})"},
            {"POST /_revs_diff", R"({"contact-1":["9-x"]})"},
            {"POST /_index", R"({"index":{"fields":["firstName"]}})"},
            {"POST /_bulk_docs", R"({"docs":[{"_id":"intruder","type":"visit"}]})"},
            {"PUT /_local/intruder", R"({"x":1})"},
            {"GET /_changes?include_docs=true", ""},
            {"GET /contact-1?open_revs=all", ""},
        };
        for (const auto &[request, body] : requests) {
            const auto method = request.substr(0, request.find(' '));
            const auto path = anna + request.substr(request.find(' ') + 1);
            for (const auto &[who, password] :
                 {std::pair<std::string, std::string> {"bob", "bob-secret"}, {"", ""}}) {
                const auto answer = call(who, password, method, path, body);
                const auto what = request + " as " + (who.empty() ? "nobody" : who) + ": "
                    + std::to_string(answer.status) + " " + answer.body;
                QVERIFY2(answer.status == (who.empty() ? 401 : 403), what.c_str());
                QVERIFY2(answer.body.find("Eva") == std::string::npos, what.c_str());
            }
        }
        QCOMPARE(call("anna", "anna-secret", "GET", anna + "/intruder").status, 404L);
    }

    void wrongPasswordAndNoCredentials_areUnauthorized()
    {
        QCOMPARE(call("anna", "wrong", "GET", anna).status, 401L);
        QCOMPARE(call({}, {}, "GET", anna + "/contact-1").status, 401L);
    }

    void validation_refusesUntypedAndOversizedDocuments()
    {
        auto untyped
            = call("anna", "anna-secret", "PUT", anna + "/untyped", R"({"firstName":"No type"})");
        QCOMPARE(untyped.status, 403L);
        QVERIFY(untyped.body.find("type") != std::string::npos);
        const std::string notes(1100000, 'x');
        const std::string huge = "{\"type\":\"visit\",\"notes\":\"" + notes + "\"}";
        QCOMPARE(call("anna", "anna-secret", "PUT", anna + "/huge", huge).status, 403L);
        // Replicated writes (new_edits:false) are validated too, document by document.
        auto bulk = call(
            "anna", "anna-secret", "POST", anna + "/_bulk_docs",
            R"({"new_edits":false,"docs":[{"_id":"u","_rev":"1-aa","x":1},{"_id":"t","_rev":"1-bb","type":"visit"}]})");
        QCOMPARE(bulk.status, 201L);
        QVERIFY(bulk.body.find("forbidden") != std::string::npos);
        QCOMPARE(call("anna", "anna-secret", "GET", anna + "/t").status, 200L);
        QCOMPARE(call("anna", "anna-secret", "GET", anna + "/u").status, 404L);
    }

    // Ordinary _bulk_docs (new_edits true, as PouchDB sends it) is validated document by
    // document too: the untyped one is refused with the validation's reason, the other stored.
    void validation_refusesInsideOrdinaryBulkDocs()
    {
        auto bulk
            = call("anna", "anna-secret", "POST", anna + "/_bulk_docs",
                   R"({"docs":[{"_id":"bulk-untyped","x":1},{"_id":"bulk-ok","type":"visit"}]})");
        QCOMPARE(bulk.status, 201L);
        const auto rows = rapport::Json::parse(bulk.body, nullptr, false);
        QVERIFY2(rows.is_array() && rows.size() == 2, bulk.body.c_str());
        for (const auto &row : rows) {
            if (row["id"] == "bulk-untyped") {
                QVERIFY(row["error"] == "forbidden");
                QVERIFY(row["reason"].get<std::string>().find("type") != std::string::npos);
            } else {
                QVERIFY2(row["ok"] == true, row.dump().c_str());
            }
        }
        QCOMPARE(call("anna", "anna-secret", "GET", anna + "/bulk-untyped").status, 404L);
        // Another user does not even reach the validation: the database is not theirs.
        auto intruder = call("bob", "bob-secret", "POST", anna + "/_bulk_docs",
                             R"({"docs":[{"_id":"bulk-intruder","type":"visit"}]})");
        QCOMPARE(intruder.status, 403L);
    }

    // On CouchDB, couch_peruser creates a new user's database by itself, shortly after the user
    // appears, and writes its own _security: add-user neither races it nor fails on it, and
    // what it installed (the owner alone, the validation) is what stays once that settled.
    void addUser_securityAndValidationHoldOnceTheServerSettled()
    {
        QVERIFY(server.addUser(QStringLiteral("dora"), QStringLiteral("dora-secret")));
        const std::string dora = ServerFixture::userDatabase("dora");
        for (int check = 0; check < 10; ++check) {
            const auto security = rapport::Json::parse(
                call(server.adminUser(), server.adminPassword(), "GET", dora + "/_security").body,
                nullptr, false);
            QVERIFY(security.is_object());
            QVERIFY2(security["members"]["names"] == rapport::Json::array({"dora"}),
                     security.dump().c_str());
            const auto admins = security["admins"].value("names", rapport::Json::array());
            QVERIFY(admins.empty() || admins == rapport::Json::array({"dora"}));
            QThread::msleep(100);
        }
        QCOMPARE(call("dora", "dora-secret", "GET", dora + "/_design/rapport").status, 200L);
        QCOMPARE(call("dora", "dora-secret", "PUT", dora + "/untyped", R"({"x":1})").status, 403L);
        QCOMPARE(call("dora", "dora-secret", "PUT", dora + "/typed", R"({"type":"lead"})").status,
                 201L);
        QCOMPARE(call("bob", "bob-secret", "GET", dora).status, 403L);
        // Run again (a new password): the database and what is in it stay.
        QVERIFY(server.addUser(QStringLiteral("dora"), QStringLiteral("dora-new")));
        QCOMPARE(call("dora", "dora-new", "GET", dora + "/typed").status, 200L);
    }

    void replicatedWrites_keepTheirHistory()
    {
        // Patched in server/patches.js: validation used to drop _revisions of new_edits:false
        // writes, so the next edit elsewhere looked like a conflict.
        auto bulk = call("anna", "anna-secret", "POST", anna + "/_bulk_docs",
                         R"({"new_edits":false,"docs":[{"_id":"h","_rev":"3-ccc","type":"visit",
                             "_revisions":{"start":3,"ids":["ccc","bbb","aaa"]}}]})");
        QCOMPARE(bulk.status, 201L);
        auto read = call("anna", "anna-secret", "GET", anna + "/h?revs=true");
        QCOMPARE(read.status, 200L);
        QVERIFY2(read.body.find(R"("ids":["ccc","bbb","aaa"])") != std::string::npos,
                 read.body.c_str());
        auto diff = call("anna", "anna-secret", "POST", anna + "/_revs_diff", R"({"h":["3-ccc"]})");
        QCOMPARE(diff.body, std::string("{}\n"));
    }

    void nonAdminCreatingADatabase_isRefusedAndTheServerStaysUp()
    {
        QCOMPARE(call("anna", "anna-secret", "PUT", "annas-own-db").status, 401L);
        QCOMPARE(call({}, {}, "PUT", "anybody-db").status, 401L);
        QCOMPARE(call({}, {}, "DELETE", anna).status, 401L);
        QCOMPARE(call({}, {}, "GET", "").status, 200L);
        QVERIFY(server.running());
        QCOMPARE(call(server.adminUser(), server.adminPassword(), "PUT", "admin-made-db").status,
                 201L);
    }

    // CouchDB 3 ends a longpoll after `timeout` with no results; PouchDB Server would hold it
    // until the next change (patched in server/patches.js). A change still ends it at once.
    void longpoll_endsAfterItsTimeout()
    {
        const auto info = rapport::Json::parse(call("anna", "anna-secret", "GET", anna).body);
        const std::string since = info["update_seq"].is_string()
            ? info["update_seq"].get<std::string>()
            : info["update_seq"].dump();
        const auto idle = call("anna", "anna-secret", "GET",
                               anna + "/_changes?feed=longpoll&timeout=300&since=" + since);
        QCOMPARE(idle.status, 200L);
        const auto answer = rapport::Json::parse(idle.body, nullptr, false);
        QVERIFY2(answer.is_object() && answer["results"].empty(), idle.body.c_str());
        QVERIFY(answer["last_seq"].dump() == since || answer["last_seq"] == since);
    }

    // ... but a heartbeat overrides the timeout (CouchDB's API reference): the request is held
    // open, newlines and all, until the next change. Why Rapport's longpoll sends none.
    void longpoll_withAHeartbeat_isHeldBeyondItsTimeout()
    {
        const auto info = rapport::Json::parse(call("anna", "anna-secret", "GET", anna).body);
        const std::string since = info["update_seq"].is_string()
            ? info["update_seq"].get<std::string>()
            : info["update_seq"].dump();
        http::Client client(ServerFixture::basicAuth("anna", "anna-secret"));
        http::Request request {"GET",
                               server.url() + anna
                                   + "/_changes?feed=longpoll&timeout=300&heartbeat=200&since="
                                   + since,
                               {}};
        request.timeout = std::chrono::milliseconds(2000);
        const auto held = client.send(request);
        QVERIFY2(!held.ok(), held.ok() ? held->body.c_str() : "");
        QCOMPARE(held.error().code, Errc::Network);
    }

    void stopsCleanly()
    {
        SKIP_UNLESS_SERVER_OWNED(server);
        QCOMPARE(server.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(DevServer)
#include "tst_dev_server.moc"
