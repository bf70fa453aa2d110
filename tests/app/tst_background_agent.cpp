// `rapport --background`: with no window and no window system, the notebook syncs a change
// made on another device through the real server, the morning's reminders come (on a private
// session bus, with a stand-in notification service), a second agent for the same notebook
// ends at once, and the app opening the notebook takes over from it. The agent is the real
// program, run as a separate process.
#include "agent_lock.h"
#include "app/database_session.h"
#include "app/sync_controller.h"
#include "credential_store.h"
#include "notebook/notebook_index.h"
#include "notebook_keys.h"
#include "notification_service.h"
#include "server_fixture.h"
#include "session_bus.h"
#include "store/store.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class BackgroundAgentTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    QProcessEnvironment agentEnvironment(const SessionBus &bus) const
    {
        auto environment = QProcessEnvironment::systemEnvironment();
        for (const char *display : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            environment.remove(QString::fromLatin1(display));
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), bus.address());
        return environment;
    }

    // The agent encrypted the notebook when it first opened it, as the app does: read with its
    // key, from where the app keeps keys.
    static bool agentHas(const QString &path, const std::string &id)
    {
        rapport::platform::CredentialStore keys(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        if (!rapport::platform::unlockNotebook(path, keys,
                                               rapport::platform::PlainNotebooks::Leave))
            return false;
        auto store
            = rapport::notebook::openStore(path.toStdString(), rapport::Store::Access::ReadOnly);
        return store && (*store)->get(id).ok();
    }

    // Signs a device's notebook in to the server as anna.
    static bool signIn(SyncController &sync, const ServerFixture &server)
    {
        return sync.signIn(QString::fromStdString(server.url()), QStringLiteral("anna"),
                           QStringLiteral("pw-agent"));
    }

private slots:
    void initTestCase()
    {
        // The agent and this test share where the app keeps its settings and passwords.
        QCoreApplication::setOrganizationName(QStringLiteral("Rapport"));
        QCoreApplication::setApplicationName(QStringLiteral("Rapport"));
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("RAPPORT_CREDENTIALS", "file"); // CI machines run no keychain service
        qputenv("LANGUAGE", "en");
    }

    void syncsAndReminds_withNoWindow_oneAgentPerNotebook()
    {
        ServerFixture server;
        SKIP_WITHOUT_SERVER(server);
        QVERIFY(server.addUser(QStringLiteral("anna"), QStringLiteral("pw-agent")));
        SessionBus bus;
        QVERIFY2(bus.started(), qPrintable(bus.error()));
        NotificationService service;
        QVERIFY(service.serveOn(bus.connect(QStringLiteral("desktop"))));

        // The laptop's notebook: signed in (by the app, earlier), a follow-up due today, and
        // reminders at midnight, so that the morning is now.
        const auto laptopPath = m_home.filePath(QStringLiteral("laptop.sqlite"));
        {
            DatabaseSession laptop(laptopPath);
            SyncController sync;
            sync.setSession(&laptop);
            QVERIFY(signIn(sync, server));
            rapport::Document followUp;
            followUp.id = "followup-call";
            followUp.body
                = rapport::Json {{"type", "followup"},
                                 {"title", "Call Weber about the oven"},
                                 {"due", QDate::currentDate().toString(Qt::ISODate).toStdString()}};
            QVERIFY(laptop.save(followUp).ok());
            QTRY_VERIFY_WITH_TIMEOUT(!sync.lastSync().isEmpty(), 20000);
        }
        QDir().mkpath(m_home.filePath(QStringLiteral("config/Rapport")));
        QFile settings(m_home.filePath(QStringLiteral("config/Rapport/Rapport.conf")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[reminders]\nhour=0\n");
        settings.close();

        QProcess agent;
        agent.setProcessEnvironment(agentEnvironment(bus));
        agent.start(QStringLiteral(RAPPORT_APP),
                    {QStringLiteral("--background"), QStringLiteral("--db"), laptopPath});
        QVERIFY(agent.waitForStarted());
        QByteArray said;
        QTRY_VERIFY2_WITH_TIMEOUT(
            (said += agent.readAllStandardOutput() + agent.readAllStandardError())
                .contains("in the background"),
            said.constData(), 20000);

        // The reminder arrives from the agent.
        QTRY_VERIFY_WITH_TIMEOUT(!service.shown.isEmpty(), 20000);
        QCOMPARE(service.shown.at(0).summary, QStringLiteral("Call Weber about the oven"));

        // A second agent for the same notebook ends at once.
        QProcess second;
        second.setProcessEnvironment(agentEnvironment(bus));
        second.start(QStringLiteral(RAPPORT_APP),
                     {QStringLiteral("--background"), QStringLiteral("--db"), laptopPath});
        QVERIFY(second.waitForFinished(20000));
        QCOMPARE(second.exitCode(), 0);
        QVERIFY(second.readAllStandardOutput().contains("already syncs this notebook"));

        // The phone writes; the laptop's agent pulls it with no window open.
        {
            QTemporaryDir phoneDir;
            DatabaseSession phone(phoneDir.filePath(QStringLiteral("phone.sqlite")));
            SyncController sync;
            sync.setSession(&phone);
            QVERIFY(signIn(sync, server));
            rapport::Document contact;
            contact.id = "contact-from-the-phone";
            contact.body = rapport::Json {{"type", "contact"}, {"firstName", "Ines"}};
            QVERIFY(phone.save(contact).ok());
            QTRY_VERIFY_WITH_TIMEOUT(!sync.lastSync().isEmpty(), 20000);
            QTRY_VERIFY2_WITH_TIMEOUT(agentHas(laptopPath, "contact-from-the-phone"),
                                      (said += agent.readAllStandardError()).constData(), 60000);
        }

        // The app opening this notebook takes over: the agent ends by itself (SIGTERM, what
        // waits goes up first) and the lock is the app's.
        rapport::platform::AgentLock app(laptopPath);
        QVERIFY(app.takeOver(20000));
        QVERIFY(agent.waitForFinished(20000));
        QCOMPARE(agent.exitStatus(), QProcess::NormalExit);
        QCOMPARE(agent.exitCode(), 0);
        app.release();
        QVERIFY(!QFile::exists(laptopPath + QStringLiteral(".agent-lock")));
    }

    // The same notebook opened in two windows: the second does not end the first.
    void anAppWindowHoldingTheLock_isNeverEnded()
    {
        const auto path = m_home.filePath(QStringLiteral("two-windows.sqlite"));
        rapport::platform::AgentLock first(path);
        QVERIFY(first.tryTake());
        rapport::platform::AgentLock second(path);
        QVERIFY(!second.takeOver(500));
        QVERIFY(first.held());
    }
};

QTEST_GUILESS_MAIN(BackgroundAgentTest)
#include "tst_background_agent.moc"
