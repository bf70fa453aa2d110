// Sync by itself, against the real server: nobody presses "sync". The server goes away while
// visits are recorded and comes back; a change made on the other device arrives while both
// are online; a refused password stops sync until the person signs in again.
#include "http/http_client.h"
#include "notebook/notebook_index.h"
#include "server_fixture.h"
#include "store/store.h"
#include "sync_service.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace rapport;
using rapport::platform::ServerAccount;
using rapport::platform::SyncPolicy;
using rapport::platform::SyncService;
using namespace std::chrono_literals;

namespace {

// Quicker than the app's defaults, so that the test's few seconds stand for the field's.
SyncService::Options quick()
{
    SyncService::Options options;
    options.timing.afterLocalEdit = 300ms;
    options.timing.localEditAtMost = 2s;
    options.timing.firstBackoff = 300ms;
    options.timing.maxBackoff = 2s;
    options.probing.firstRetry = 200ms;
    options.probing.maxRetry = 1s;
    options.probing.probeTimeout = 1s;
    return options;
}

std::unique_ptr<Store> openStore(const QString &path)
{
    auto store = notebook::openStore(path.toStdString());
    if (!store)
        qFatal("cannot open %s", store.error().message.c_str());
    return std::move(*store);
}

void recordVisit(Store &store, const std::string &id)
{
    Document visit;
    visit.id = id;
    visit.body = Json {{"type", "visit"}, {"date", "2026-11-25"}, {"notes", "offline " + id}};
    QVERIFY(store.put(visit).ok());
}

bool serverHas(const ServerFixture &server, const std::string &id)
{
    http::Client client(server.signIn("anna", "anna-secret"));
    auto response
        = client.send({"GET", server.url() + ServerFixture::userDatabase("anna") + "/" + id, {}});
    return response && response->status == 200;
}

ServerAccount anna(const ServerFixture &server,
                   const QString &password = QStringLiteral("anna-secret"))
{
    return ServerAccount {
        QString::fromStdString(server.url()), QStringLiteral("anna"), password, {}};
}

bool settled(const SyncService &sync)
{
    return sync.syncsFinished() > 0 && !sync.syncing()
        && sync.lastReport().outcome == SyncPolicy::Outcome::Done;
}

} // namespace

class SyncServiceTest : public QObject
{
    Q_OBJECT

private slots:
    void serverBack_visitsRecordedOfflineGoUpWithinSeconds()
    {
        ServerFixture server;
        SKIP_UNLESS_SERVER_OWNED(server);
        QVERIFY(server.addUser(QStringLiteral("anna"), QStringLiteral("anna-secret")));
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("phone.sqlite"));
        auto app = openStore(path); // the app's own connection, as the UI writes
        SyncService sync(path, quick());
        sync.start(anna(server));
        QTRY_VERIFY_WITH_TIMEOUT(settled(sync), 20000);

        QCOMPARE(server.stop(), 0); // the basement
        for (int i = 0; i < 3; ++i) {
            recordVisit(*app, "visit-" + std::to_string(i));
            sync.localEdit();
        }
        QTRY_VERIFY_WITH_TIMEOUT(!sync.online(), 10000);

        QVERIFY(server.restart()); // out of the basement; nobody touches anything
        QElapsedTimer back;
        back.start();
        QTRY_VERIFY_WITH_TIMEOUT(serverHas(server, "visit-2"), 10000);
        qInfo("on the server %lld ms after it came back", back.elapsed());
        QVERIFY(serverHas(server, "visit-0"));
        QVERIFY(sync.online());
    }

    void otherDevice_itsChangeArrivesWithinSecondsWhileBothAreOnline()
    {
        ServerFixture server;
        SKIP_WITHOUT_SERVER(server);
        QVERIFY(server.addUser(QStringLiteral("anna"), QStringLiteral("anna-secret")));
        QTemporaryDir dir;
        const auto phonePath = dir.filePath(QStringLiteral("phone.sqlite"));
        const auto tabletPath = dir.filePath(QStringLiteral("tablet.sqlite"));
        auto tablet = openStore(tabletPath);
        SyncService phoneSync(phonePath, quick());
        SyncService tabletSync(tabletPath, quick());
        phoneSync.start(anna(server));
        tabletSync.start(anna(server));
        QTRY_VERIFY_WITH_TIMEOUT(settled(phoneSync) && settled(tabletSync), 20000);
        QSignalSpy phoneHeard(&phoneSync, &SyncService::remoteWritten);

        recordVisit(*tablet, "visit-from-the-tablet");
        QElapsedTimer edited;
        edited.start();
        tabletSync.localEdit();
        auto phone = openStore(phonePath);
        QTRY_VERIFY_WITH_TIMEOUT(phone->get("visit-from-the-tablet").ok(), 10000);
        qInfo("on the phone %lld ms after the tablet's edit (%lld ms of it the tablet's debounce)",
              edited.elapsed(), static_cast<long long>(quick().timing.afterLocalEdit.count()));
        // The phone's lists read themselves again (the signal follows the write, from the thread).
        QTRY_VERIFY_WITH_TIMEOUT(phoneHeard.count() > 0, 5000);
    }

    void refusedPassword_stopsSyncUntilThePersonSignsInAgain()
    {
        ServerFixture server;
        SKIP_WITHOUT_SERVER(server);
        QVERIFY(server.addUser(QStringLiteral("anna"), QStringLiteral("anna-secret")));
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("phone.sqlite"));
        SyncService sync(path, quick());
        sync.start(anna(server, QStringLiteral("wrong")));
        QTRY_VERIFY_WITH_TIMEOUT(sync.stoppedBySignIn(), 20000);
        QVERIFY(sync.lastReport().error.contains(QStringLiteral("Sign in again")));
        const int tries = sync.syncsFinished();
        sync.localEdit();
        QTest::qWait(1500);
        QCOMPARE(sync.syncsFinished(), tries); // no hammering the server with a bad password

        sync.start(anna(server)); // signed in again
        QTRY_VERIFY_WITH_TIMEOUT(settled(sync), 20000);
    }

    void signOut_stopsSyncAndKeepsWhatIsOnTheDevice()
    {
        ServerFixture server;
        SKIP_WITHOUT_SERVER(server);
        QVERIFY(server.addUser(QStringLiteral("anna"), QStringLiteral("anna-secret")));
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("phone.sqlite"));
        auto app = openStore(path);
        SyncService sync(path, quick());
        sync.start(anna(server));
        QTRY_VERIFY_WITH_TIMEOUT(settled(sync), 20000);
        sync.stop();
        QVERIFY(!sync.signedIn());
        recordVisit(*app, "visit-after-sign-out");
        sync.localEdit();
        QTest::qWait(1000);
        QVERIFY(!serverHas(server, "visit-after-sign-out"));
        QVERIFY(app->get("visit-after-sign-out").ok());
    }

    void flush_pushesPendingChangesBeforeQuitWithinABoundedTime()
    {
        ServerFixture server;
        SKIP_WITHOUT_SERVER(server);
        QVERIFY(server.addUser(QStringLiteral("anna"), QStringLiteral("anna-secret")));
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("phone.sqlite"));
        auto app = openStore(path);
        auto options = quick();
        options.timing.afterLocalEdit = 60s; // the debounce would not fire before the quit
        options.timing.localEditAtMost = 60s;
        SyncService sync(path, options);
        sync.start(anna(server));
        QTRY_VERIFY_WITH_TIMEOUT(settled(sync), 20000);
        recordVisit(*app, "visit-before-quit");
        sync.localEdit();
        QVERIFY(sync.flush(10s));
        QVERIFY(serverHas(server, "visit-before-quit"));
    }
};

QTEST_GUILESS_MAIN(SyncServiceTest)
#include "tst_sync_service.moc"
