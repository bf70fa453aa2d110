// The server as a person types it: one address, or a cluster's nodes separated by commas or
// spaces, each made into a base URL; anything else a clear error. And the client options that
// follow from it: one sign-in at the first node, the nodes to move on to.
#include "check_ok.h"
#include "replicator/server_address.h"

#include <QTest>

using namespace rapport;
using namespace rapport::replicator;

class ServerAddressTest : public QObject
{
    Q_OBJECT

private slots:
    void oneAddress_getsItsSlash()
    {
        auto server = parseServerAddress("  https://couch.example.com ");
        CHECK_OK(server);
        QCOMPARE(server->nodes, std::vector<std::string> {"https://couch.example.com/"});
        QCOMPARE(server->text(), std::string("https://couch.example.com/"));
        const auto options = signInOptions(*server, "anna", "secret");
        QCOMPARE(*options.sessionUrl, std::string("https://couch.example.com/_session"));
        QVERIFY(options.nodes.empty()); // one address: nothing to move on to
    }

    void clusterNodes_keepTheirOrder()
    {
        auto server
            = parseServerAddress("https://couch1:6984/, https://couch2:6984\nhttp://10.0.0.3:5984");
        CHECK_OK(server);
        const std::vector<std::string> nodes {"https://couch1:6984/", "https://couch2:6984/",
                                              "http://10.0.0.3:5984/"};
        QCOMPARE(server->nodes, nodes);
        QCOMPARE(server->text(),
                 std::string("https://couch1:6984/, https://couch2:6984/, http://10.0.0.3:5984/"));
        const auto options = signInOptions(*server, "anna", "secret");
        QCOMPARE(*options.sessionUrl, std::string("https://couch1:6984/_session"));
        QCOMPARE(options.nodes, nodes);
    }

    void aPathBehindAProxy_isKept()
    {
        auto server = parseServerAddress("https://example.com/couchdb");
        CHECK_OK(server);
        QCOMPARE(server->first(), std::string("https://example.com/couchdb/"));
    }

    void notAnAddress_isAClearError()
    {
        for (const char *typed : {"", " , ", "couch.example.com", "ftp://x/", "https://",
                                  "https://couch1/, mailto:anna"}) {
            auto server = parseServerAddress(typed);
            QVERIFY2(!server, typed);
            QCOMPARE(server.error().code, Errc::BadRequest);
        }
    }
};

QTEST_GUILESS_MAIN(ServerAddressTest)
#include "tst_server_address.moc"
