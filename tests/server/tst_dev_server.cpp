// The development server behaves as CouchDB 3 does where Rapport relies on it: per-user
// databases that only their owner reads and writes, validation of what is written, and the
// PouchDB Server defects patched in server/ (a non-admin PUT /db, 401 where CouchDB says 403).
#include "core/json.h"
#include "http/http_client.h"
#include "server_fixture.h"

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
        QCOMPARE(call("admin", server.adminPassword(), "PUT", "admin-made-db").status, 201L);
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

    void stopsCleanly() { QCOMPARE(server.stop(), 0); }
};

QTEST_GUILESS_MAIN(DevServer)
#include "tst_dev_server.moc"
