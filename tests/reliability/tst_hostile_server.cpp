// A broken or hostile server: whatever it sends, the client ends with a clear error, in bounded
// time and memory, and never crashes.
#include "http/http_client.h"
#include "replicator/remote_database.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

using namespace rapport;

class HostileServer : public QObject
{
    Q_OBJECT

private:
    QProcess m_server;
    std::string m_url;

    Error changesFrom(const std::string &database)
    {
        http::ClientOptions options;
        options.maxResponseBytes = std::size_t {8} << 20; // the phone's cap, smaller to be quick
        http::Client client(options);
        replicator::RemoteDatabase remote(client, m_url + database);
        QElapsedTimer timer;
        timer.start();
        auto changes = remote.changes(0, 500);
        if (changes.ok())
            return Error {Errc::Internal, "accepted " + database};
        qInfo("%s: %s in %lld ms", database.c_str(), errcName(changes.error().code),
              timer.elapsed());
        return changes.error();
    }

private slots:
    void initTestCase()
    {
        m_server.start(QStringLiteral("node"), {QStringLiteral(RAPPORT_HOSTILE_SERVER)});
        for (int waited = 0; waited < 30000 && !m_server.canReadLine(); waited += 50)
            m_server.waitForReadyRead(50);
        m_url = QString::fromUtf8(m_server.readLine()).trimmed().toStdString();
        QVERIFY(!m_url.empty());
    }

    void cleanupTestCase()
    {
        m_server.kill();
        m_server.waitForFinished();
    }

    void aFeedThatNeverEnds_isCutOffAtTheCap()
    {
        QCOMPARE(changesFrom("endless").code, Errc::TooLarge);
    }

    void aGzipBomb_isCutOffAtTheCapOfWhatItUnpacksTo()
    {
        QCOMPARE(changesFrom("bomb").code, Errc::TooLarge);
    }

    void nesting100000Deep_isAProtocolErrorNotAStackOverflow()
    {
        QCOMPARE(changesFrom("deep").code, Errc::Protocol);
    }

    void invalidUtf8_isAProtocolError() { QCOMPARE(changesFrom("badutf8").code, Errc::Protocol); }

    void wrongTypes_areAProtocolError()
    {
        QCOMPARE(changesFrom("wrongtypes").code, Errc::Protocol);
    }
};

QTEST_GUILESS_MAIN(HostileServer)
#include "tst_hostile_server.moc"
