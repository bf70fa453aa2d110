// One URL parser for the client (libcurl's), so the places that take a URL apart agree: where
// the host begins when a password holds an '@', what a replication id is made of, what an error
// message may show.
#include "http/http_client.h"
#include "http/url.h"

#include <QTest>

using namespace rapport;

class Url : public QObject
{
    Q_OBJECT

private slots:
    void parts_ofAServerUrl()
    {
        auto parts
            = http::parseUrl("https://anna:pw@couch.example.com:6984/userdb-61/_changes?x=1");
        QVERIFY(parts);
        QCOMPARE(parts->scheme, std::string("https"));
        QCOMPARE(parts->host, std::string("couch.example.com"));
        QCOMPARE(parts->port, std::string("6984"));
        QCOMPARE(parts->path, std::string("/userdb-61/_changes"));
        QVERIFY(parts->hasCredentials);
        QVERIFY(!http::parseUrl("ftp://example.com/"));
        QVERIFY(!http::parseUrl("couch.example.com"));
    }

    void credentials_neverReachAReplicationIdOrAMessage()
    {
        // A password with an '@' (percent-encoded, as a URL must carry it).
        const std::string url = "https://anna:p%40ss@couch.example.com/userdb-616e6e61/";
        QCOMPARE(http::withoutCredentials(url),
                 std::string("https://couch.example.com/userdb-616e6e61/"));
        QCOMPARE(http::urlForMessages(url),
                 std::string("https://couch.example.com/(your database)/"));
        // Without credentials the URL stays exactly as it was (ids must not change).
        const std::string plain = "http://127.0.0.1:5984/userdb-61/";
        QCOMPARE(http::withoutCredentials(plain), plain);
        // An '@' in a path is a path, not credentials.
        QCOMPARE(http::withoutCredentials("http://host/db/a@b"), std::string("http://host/db/a@b"));
    }

    void percentEncoded_escapesEverythingButUnreservedCharacters()
    {
        QCOMPARE(http::percentEncoded("a/b c?d&e=f"), std::string("a%2Fb%20c%3Fd%26e%3Df"));
        QCOMPARE(http::percentEncoded("Lübeck-1._~"), std::string("L%C3%BCbeck-1._~"));
    }
};

QTEST_GUILESS_MAIN(Url)
#include "tst_url.moc"
