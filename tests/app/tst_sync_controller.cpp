// Signing in from the app, against the real server: the password is kept safe (never in the
// database file, never in a log line), sync runs by itself from then on and after a restart,
// and signing out forgets the password and stops sync while the notebook stays.
#include "app/database_session.h"
#include "app/sync_controller.h"
#include "app/translations.h"
#include "http/http_client.h"
#include "server_fixture.h"
#include "store/store.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QStandardPaths>
#include <QTest>

namespace {

// Every message logged while the test runs (Qt's and ours), to look for secrets in.
QMutex logMutex;
QStringList logLines;
QtMessageHandler previousHandler = nullptr;

void keepLogLine(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        logLines.append(message);
    }
    previousHandler(type, context, message);
}

QByteArray everyByteOf(const QString &databasePath)
{
    QByteArray bytes;
    for (const auto &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile file(databasePath + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

bool serverHas(const ServerFixture &server, const std::string &user, const std::string &password,
               const std::string &id)
{
    rapport::http::Client client(server.signIn(user, password));
    auto response
        = client.send({"GET", server.url() + ServerFixture::userDatabase(user) + "/" + id, {}});
    return response && response->status == 200;
}

} // namespace

class SyncControllerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Translations::applyLanguage(QStringLiteral("en")); // the English the tests read
        QStandardPaths::setTestModeEnabled(true); // the fallback file goes to a test folder
        qputenv("RAPPORT_CREDENTIALS", "file"); // CI machines run no keychain service
        previousHandler = qInstallMessageHandler(keepLogLine);
    }

    void signIn_syncsByItselfAndKeepsThePasswordOutOfTheDatabaseAndTheLog()
    {
        ServerFixture server;
        SKIP_WITHOUT_SERVER(server);
        const QString password
            = QStringLiteral("pw-%1-unique").arg(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(server.addUser(QStringLiteral("anna"), password));
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("phone.sqlite"));
        {
            DatabaseSession session(path);
            SyncController sync;
            sync.setSession(&session);
            QVERIFY(!sync.signedIn());
            QVERIFY(!sync.signIn(QStringLiteral("couch.example.com"), QStringLiteral("anna"),
                                 password));
            QVERIFY(sync.problem().contains(QStringLiteral("https://")));
            QVERIFY(sync.signIn(QString::fromStdString(server.url()), QStringLiteral("anna"),
                                password));
            QVERIFY(sync.signedIn());
            QVERIFY(sync.passwordKeptInFile());
            QTRY_VERIFY_WITH_TIMEOUT(!sync.lastSync().isEmpty(), 20000);

            // An edit in the app goes up by itself, a few seconds later.
            rapport::Document contact;
            contact.id = "contact-mara";
            contact.body = rapport::Json {{"type", "contact"}, {"firstName", "Mara"}};
            QVERIFY(session.save(contact).ok());
            QTRY_VERIFY_WITH_TIMEOUT(
                serverHas(server, "anna", password.toStdString(), "contact-mara"), 15000);
        }
        // Started again: signed in still, from the keychain (here: the file), syncing.
        {
            DatabaseSession session(path);
            SyncController sync;
            sync.setSession(&session);
            QVERIFY(sync.signedIn());
            QCOMPARE(sync.userName(), QStringLiteral("anna"));
            QTRY_VERIFY_WITH_TIMEOUT(!sync.lastSync().isEmpty(), 20000);

            QVERIFY(!everyByteOf(path).contains(password.toUtf8()));
            {
                QMutexLocker lock(&logMutex);
                for (const auto &line : std::as_const(logLines)) {
                    QVERIFY2(!line.contains(password), "the password was logged");
                    QVERIFY2(!line.contains(QStringLiteral("AuthSession=")), "a cookie was logged");
                }
            }

            // Signed out: the password is gone, sync stops, the notebook stays.
            sync.signOut();
            QVERIFY(!sync.signedIn());
            const auto fallback
                = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                      .filePath(QStringLiteral("credentials.json"));
            QFile file(fallback);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(!file.readAll().contains(password.toUtf8()));
            QVERIFY(session.store()->get("contact-mara").ok());
        }
        DatabaseSession session(path);
        SyncController sync;
        sync.setSession(&session);
        QVERIFY(!sync.signedIn());
    }

    void wrongPassword_saysSoInPlainWords()
    {
        ServerFixture server;
        SKIP_WITHOUT_SERVER(server);
        QVERIFY(server.addUser(QStringLiteral("anna"), QStringLiteral("right")));
        QTemporaryDir dir;
        DatabaseSession session(dir.filePath(QStringLiteral("phone.sqlite")));
        SyncController sync;
        sync.setSession(&session);
        QVERIFY(sync.signIn(QString::fromStdString(server.url()), QStringLiteral("anna"),
                            QStringLiteral("wrong")));
        QTRY_VERIFY_WITH_TIMEOUT(sync.problem().contains(QStringLiteral("did not accept")), 20000);
        sync.signOut();
    }
};

QTEST_GUILESS_MAIN(SyncControllerTest)
#include "tst_sync_controller.moc"
