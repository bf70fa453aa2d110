#pragma once

#include "http/http_client.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <string>

// The real development server (server/start), on a free loopback port, in a temporary
// directory, for the length of one test object. Stopped with SIGTERM at the end.
class ServerFixture
{
public:
    ServerFixture()
    {
        m_environment.insert(QStringLiteral("RAPPORT_SERVER_ADMIN_PASSWORD"), m_adminPassword);
        start(QStringLiteral("0"));
    }

    // Starts it again after stop(), on the same port with the same data: a server restarted.
    bool restart()
    {
        const auto port = QString::fromStdString(m_url.substr(m_url.rfind(':') + 1));
        const auto previous = m_url;
        start(port.left(port.size() - 1)); // without the trailing slash
        return m_url == previous;
    }

    ~ServerFixture() { stop(); }

    // SIGTERM, and the exit code the server gave (0 when it stopped cleanly).
    int stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return m_process.exitCode();
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished();
            return -1;
        }
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

    // SIGKILL: the server dies mid-request, as on a power cut; restart() brings it back.
    void crash()
    {
        m_process.kill();
        m_process.waitForFinished();
    }

    // server/add-user NAME PASSWORD against this server; true when it succeeded.
    bool addUser(const QString &name, const QString &password)
    {
        QProcess addUser;
        auto environment = m_environment;
        environment.insert(QStringLiteral("RAPPORT_SERVER_URL"), QString::fromStdString(m_url));
        addUser.setProcessEnvironment(environment);
        addUser.start(QStringLiteral(RAPPORT_SERVER_DIR "/add-user"), {name, password});
        addUser.waitForFinished(30000);
        if (addUser.exitCode() != 0)
            qWarning("add-user failed: %s", addUser.readAllStandardError().constData());
        return addUser.exitStatus() == QProcess::NormalExit && addUser.exitCode() == 0;
    }

    const std::string &url() const { return m_url; }
    // A client signed in as the app signs in: a session cookie from the server's _session.
    rapport::http::ClientOptions signIn(const std::string &user, const std::string &password) const
    {
        auto options = basicAuth(user, password);
        options.sessionUrl = m_url + "_session";
        return options;
    }
    static rapport::http::ClientOptions basicAuth(const std::string &user,
                                                  const std::string &password)
    {
        rapport::http::ClientOptions options;
        options.username = user;
        options.password = password;
        return options;
    }
    std::string adminPassword() const { return m_adminPassword.toStdString(); }
    bool running() const { return m_process.state() == QProcess::Running; }

    static std::string userDatabase(const std::string &name)
    {
        return "userdb-" + QByteArray::fromStdString(name).toHex().toStdString();
    }

private:
    void start(const QString &port)
    {
        m_process.setProcessEnvironment(m_environment);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(RAPPORT_SERVER_DIR "/start"),
                        {QStringLiteral("--port"), port, QStringLiteral("--data"), m_dir.path()});
        // npm ci may run on first use; after that the server starts in about a second.
        for (int waited = 0; waited < 180000 && !m_process.canReadLine(); waited += 100) {
            if (m_process.state() == QProcess::NotRunning)
                break;
            m_process.waitForReadyRead(100);
        }
        m_url = QString::fromUtf8(m_process.readLine()).trimmed().toStdString();
        if (m_url.empty())
            qFatal("the development server did not start: %s",
                   m_process.readAllStandardError().constData());
    }

    QTemporaryDir m_dir;
    QString m_adminPassword = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    QProcess m_process;
    std::string m_url;
};
