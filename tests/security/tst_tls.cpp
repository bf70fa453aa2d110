// TLS is always verified: a server whose certificate is not signed by a trusted CA (or by the
// one CA the user gave), or is for another name, gets no request at all, and the error says why.
#include "check_ok.h"
#include "http/http_client.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;

namespace {

bool run(const QString &program, const QStringList &arguments, const QString &folder)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
        return false;
    }
    return true;
}

// A CA, and a server certificate it signs for `name` (an IP or a DNS name).
bool makeCertificates(const QString &folder, const QString &ca, const QString &server,
                      const QString &subjectAltName)
{
    const QString openssl = QStringLiteral("openssl");
    return run(openssl,
               {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                "/CN=Rapport Test CA " + ca, "-keyout", ca + ".key", "-out", ca + ".pem"},
               folder)
        && run(openssl,
               {"req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=" + server, "-keyout",
                server + ".key", "-out", server + ".csr"},
               folder)
        && run(QStringLiteral("sh"),
               {"-c", "printf 'subjectAltName=" + subjectAltName + "' > " + server + ".ext"},
               folder)
        && run(openssl,
               {"x509", "-req", "-in", server + ".csr", "-CA", ca + ".pem", "-CAkey", ca + ".key",
                "-CAcreateserial", "-days", "2", "-extfile", server + ".ext", "-out",
                server + ".pem"},
               folder);
}

class TlsServer
{
public:
    TlsServer(const QString &key, const QString &certificate)
    {
        m_process.start(QStringLiteral("node"),
                        {QStringLiteral(RAPPORT_TLS_SERVER), key, certificate});
        for (int waited = 0; waited < 30000 && !m_process.canReadLine(); waited += 50)
            m_process.waitForReadyRead(50);
        m_url = QString::fromUtf8(m_process.readLine()).trimmed().toStdString();
    }
    ~TlsServer()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    const std::string &url() const { return m_url; }

private:
    QProcess m_process;
    std::string m_url;
};

Result<http::Response> get(const std::string &url, const QString &caFile = {})
{
    http::ClientOptions options;
    if (!caFile.isEmpty())
        options.caFile = caFile.toStdString();
    http::Client client(options);
    return client.send({"GET", url, {}});
}

} // namespace

class TlsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(makeCertificates(m_dir.path(), QStringLiteral("company"), QStringLiteral("couch"),
                                 QStringLiteral("IP:127.0.0.1")));
        QVERIFY(makeCertificates(m_dir.path(), QStringLiteral("stranger"), QStringLiteral("evil"),
                                 QStringLiteral("IP:127.0.0.1")));
        QVERIFY(makeCertificates(m_dir.path(), QStringLiteral("company2"),
                                 QStringLiteral("elsewhere"), QStringLiteral("DNS:example.com")));
    }

    void certificateFromAnUnknownCA_isRefused()
    {
        TlsServer server(m_dir.filePath("couch.key"), m_dir.filePath("couch.pem"));
        QVERIFY(!server.url().empty());
        auto answer = get(server.url());
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().code, Errc::Network);
        QVERIFY2(answer.error().message.find("certificate") != std::string::npos,
                 answer.error().message.c_str());
    }

    void certificateFromTheGivenCA_isAccepted()
    {
        TlsServer server(m_dir.filePath("couch.key"), m_dir.filePath("couch.pem"));
        auto answer = get(server.url(), m_dir.filePath("company.pem"));
        CHECK_OK(answer);
        QCOMPARE(answer->status, 200L);
    }

    void certificateFromAnotherCA_isRefusedEvenWithACAGiven()
    {
        TlsServer server(m_dir.filePath("evil.key"), m_dir.filePath("evil.pem"));
        auto answer = get(server.url(), m_dir.filePath("company.pem"));
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().code, Errc::Network);
    }

    void certificateForAnotherName_isRefused()
    {
        TlsServer server(m_dir.filePath("elsewhere.key"), m_dir.filePath("elsewhere.pem"));
        auto answer = get(server.url(), m_dir.filePath("company2.pem"));
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().code, Errc::Network);
    }
};

QTEST_GUILESS_MAIN(TlsTest)
#include "tst_tls.moc"
