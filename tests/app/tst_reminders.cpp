// The morning digest reaches the desktop as notifications: at the time set (an injected clock),
// each of the day's reminders once (a restart does not repeat them), only what is news (a
// customer that went quiet long ago is Today's to show), and a tap opens what it is about.
// Snoozed, it comes back on its day; done on one of two devices, the other takes it away after
// a sync through the real server. On a private session bus with a stand-in notification service.
#include "app/database_session.h"
#include "app/reminder_scheduler.h"
#include "app/sync_controller.h"
#include "app/translations.h"
#include "desktop_notifications.h"
#include "notification_service.h"
#include "server_fixture.h"
#include "session_bus.h"
#include "store/document.h"
#include "store/store.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using rapport::platform::DesktopNotifications;

class RemindersTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void put(DatabaseSession &session, const char *json)
    {
        auto doc = rapport::Document::parse(json);
        if (!doc || !session.save(*doc))
            qFatal("cannot save %s", json);
    }

    QStringList summaries(const NotificationService &service)
    {
        QStringList out;
        for (const auto &shown : service.shown)
            out << shown.summary + QStringLiteral(" | ") + shown.body;
        return out;
    }

private slots:
    void initTestCase()
    {
        Translations::applyLanguage(QStringLiteral("en"));
        QStandardPaths::setTestModeEnabled(true); // the password file goes to a test folder
        qputenv("RAPPORT_CREDENTIALS", "file"); // CI machines run no keychain service
    }

    void theDigest_atItsTime_eachReminderOnce_aTapOpensIt()
    {
        SessionBus bus;
        QVERIFY2(bus.started(), qPrintable(bus.error()));
        NotificationService service;
        QVERIFY(service.serveOn(bus.connect(QStringLiteral("desktop"))));

        const auto path = m_dir.filePath(QStringLiteral("reminders.sqlite"));
        QDateTime now(QDate(2026, 11, 25), QTime(7, 59));
        {
            DatabaseSession session(path);
            session.setToday(now.date());
            put(session, R"({"_id":"a1","type":"account","name":"Weber Mills","cadenceDays":14})");
            put(session, R"({"_id":"v0","type":"visit","accountId":"a1","date":"2026-11-10"})");
            put(session, R"({"_id":"a2","type":"account","name":"Old Mill","cadenceDays":14})");
            put(session, R"({"_id":"v9","type":"visit","accountId":"a2","date":"2026-06-01"})");
            put(session, R"({"_id":"a3","type":"account","name":"Berg Bakery"})");
            put(session, R"({"_id":"v1","type":"visit","accountId":"a3","date":"2026-11-25",
                "title":"Oven trial"})");
            put(session, R"({"_id":"f1","type":"followup","title":"Send the quote",
                "due":"2026-11-24","accountId":"a1"})");
            put(session, R"({"_id":"c1","type":"contact","firstName":"Mara","lastName":"Lind",
                "birthday":"--11-25"})");

            DesktopNotifications notifications(bus.connect(QStringLiteral("app")));
            ReminderScheduler scheduler(session, notifications, [&now] { return now; });
            QSignalSpy open(&scheduler, &ReminderScheduler::openRequested);
            scheduler.check();
            QTest::qWait(100);
            QCOMPARE(service.shown.size(), 0); // before eight

            now = now.addSecs(60);
            scheduler.check();
            QTRY_COMPARE(service.shown.size(), 4);
            QCOMPARE(summaries(service),
                     (QStringList {QStringLiteral("Oven trial | Berg Bakery"),
                                   QStringLiteral("Send the quote | Overdue since Tue 24 Nov · "
                                                  "Weber Mills"),
                                   QStringLiteral("Mara Lind | Birthday today · say "
                                                  "congratulations"),
                                   QStringLiteral("Weber Mills | Last visit Tue 10 Nov · ask "
                                                  "them why it has been quiet")}));
            // Old Mill went quiet in June: Today says so, the morning does not.

            now = now.addSecs(3600);
            scheduler.check();
            QTest::qWait(100);
            QCOMPARE(service.shown.size(), 4); // once a day

            // A tap on the follow-up opens it.
            emit service.ActionInvoked(42, QStringLiteral("default"));
            QTRY_COMPARE(open.count(), 1);
            QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("followup"));
            QCOMPARE(open.at(0).at(1).toString(), QStringLiteral("f1"));
        }

        // Restarted the same morning: nothing again.
        {
            DatabaseSession session(path);
            session.setToday(now.date());
            DesktopNotifications notifications(bus.connect(QStringLiteral("app again")));
            ReminderScheduler scheduler(session, notifications, [&now] { return now; });
            scheduler.check();
            QTest::qWait(100);
            QCOMPARE(service.shown.size(), 4);

            // The next morning the follow-up is still open, but it was reminded of: only what
            // is new comes.
            now = QDateTime(QDate(2026, 11, 26), QTime(8, 0));
            session.setToday(now.date());
            put(session, R"({"_id":"f2","type":"followup","title":"Bring samples",
                "due":"2026-11-26","accountId":"a1"})");
            scheduler.check();
            QTRY_COMPARE(service.shown.size(), 5);
            QCOMPARE(service.shown.last().summary, QStringLiteral("Bring samples"));
        }
    }

    // The hour chosen in Settings is read at each look; "none" sends nothing.
    void theHourChosen_orNone()
    {
        SessionBus bus;
        QVERIFY2(bus.started(), qPrintable(bus.error()));
        NotificationService service;
        QVERIFY(service.serveOn(bus.connect(QStringLiteral("desktop"))));
        DatabaseSession session(m_dir.filePath(QStringLiteral("hour.sqlite")));
        QDateTime now(QDate(2026, 11, 25), QTime(7, 0));
        session.setToday(now.date());
        put(session, R"({"_id":"f1","type":"followup","title":"Send the quote",
            "due":"2026-11-25"})");
        DesktopNotifications notifications(bus.connect(QStringLiteral("app")));
        ReminderScheduler scheduler(session, notifications, [&now] { return now; });
        QTime chosen;
        scheduler.setDigestTimeSource([&chosen] { return chosen; });
        scheduler.check();
        QTest::qWait(100);
        QCOMPARE(service.shown.size(), 0); // none chosen
        chosen = QTime(7, 0);
        scheduler.check();
        QTRY_COMPARE(service.shown.size(), 1);
        QCOMPARE(service.shown.at(0).summary, QStringLiteral("Send the quote"));
    }

    // Set so, the morning's reminders come as one notification; a tap on it opens Today.
    void allInOneNotification()
    {
        SessionBus bus;
        QVERIFY2(bus.started(), qPrintable(bus.error()));
        NotificationService service;
        QVERIFY(service.serveOn(bus.connect(QStringLiteral("desktop"))));
        DatabaseSession session(m_dir.filePath(QStringLiteral("one.sqlite")));
        QDateTime now(QDate(2026, 11, 25), QTime(8, 0));
        session.setToday(now.date());
        put(session, R"({"_id":"f1","type":"followup","title":"Send the quote",
            "due":"2026-11-25"})");
        put(session, R"({"_id":"f2","type":"followup","title":"Call about the oven",
            "due":"2026-11-25"})");
        DesktopNotifications notifications(bus.connect(QStringLiteral("app")));
        ReminderScheduler scheduler(session, notifications, [&now] { return now; });
        scheduler.setDigestAsOneSource([] { return true; });
        QSignalSpy open(&scheduler, &ReminderScheduler::openRequested);
        scheduler.check();
        QTRY_COMPARE(service.shown.size(), 1);
        QCOMPARE(service.shown.at(0).summary, QStringLiteral("2 reminders for today"));
        QCOMPARE(service.shown.at(0).body,
                 QStringLiteral("Send the quote · Due today\nCall about the oven · Due today"));
        emit service.ActionInvoked(NotificationService::idOf(0), QStringLiteral("default"));
        QTRY_COMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("today"));
    }

    // "Tomorrow" brings it back the next morning, not before; "Done" ticks the follow-up off
    // and it never comes again. A birthday has no snooze: tomorrow it is over.
    void snooze_bringsItBackOnItsDay_done_endsIt()
    {
        SessionBus bus;
        QVERIFY2(bus.started(), qPrintable(bus.error()));
        NotificationService service;
        QVERIFY(service.serveOn(bus.connect(QStringLiteral("desktop"))));
        DatabaseSession session(m_dir.filePath(QStringLiteral("snooze.sqlite")));
        QDateTime now(QDate(2026, 11, 25), QTime(8, 0));
        session.setToday(now.date());
        put(session, R"({"_id":"f1","type":"followup","title":"Send the quote",
            "due":"2026-11-24"})");
        put(session, R"({"_id":"c1","type":"contact","firstName":"Mara","lastName":"Lind",
            "birthday":"--11-25"})");
        DesktopNotifications notifications(bus.connect(QStringLiteral("app")));
        ReminderScheduler scheduler(session, notifications, [&now] { return now; });
        scheduler.check();
        QTRY_COMPARE(service.shown.size(), 2);
        QCOMPARE(service.shown.at(0).summary, QStringLiteral("Send the quote"));
        QCOMPARE(service.shown.at(0).actions,
                 (QStringList {"default", "Open", "done", "Done", "tomorrow", "Tomorrow",
                               "next-week", "Next week"}));
        QCOMPARE(service.shown.at(1).actions, (QStringList {"default", "Open", "done", "Done"}));

        emit service.ActionInvoked(NotificationService::idOf(0), QStringLiteral("tomorrow"));
        QTRY_COMPARE(service.closed, QList<uint> {NotificationService::idOf(0)});

        now = now.addSecs(3600); // later the same day: once a day
        scheduler.check();
        QTest::qWait(100);
        QCOMPARE(service.shown.size(), 2);

        now = QDateTime(QDate(2026, 11, 26), QTime(8, 0)); // its day
        session.setToday(now.date());
        scheduler.check();
        QTRY_COMPARE(service.shown.size(), 3);
        QCOMPARE(service.shown.at(2).summary, QStringLiteral("Send the quote"));

        emit service.ActionInvoked(NotificationService::idOf(2), QStringLiteral("done"));
        QTRY_COMPARE(service.closed.size(), 2);
        auto followUp = session.store()->get("f1");
        QVERIFY(followUp.ok());
        QCOMPARE(followUp->body.value("done", false), true);

        now = QDateTime(QDate(2026, 11, 27), QTime(8, 0));
        session.setToday(now.date());
        scheduler.check();
        QTest::qWait(100);
        QCOMPARE(service.shown.size(), 3);
    }

    // Two devices of one salesperson, syncing through the real server: both remind of the
    // follow-up; done on the phone, the laptop's notification goes after its next sync, and the
    // laptop does not remind of it the next morning.
    void doneOnOneDevice_clearsItOnTheOtherAfterASync()
    {
        ServerFixture server;
        SKIP_WITHOUT_SERVER(server);
        const QString password = QStringLiteral("pw-reminders");
        QVERIFY(server.addUser(QStringLiteral("anna"), password));
        SessionBus bus;
        QVERIFY2(bus.started(), qPrintable(bus.error()));
        NotificationService service;
        QVERIFY(service.serveOn(bus.connect(QStringLiteral("desktop"))));

        QDateTime now(QDate(2026, 11, 25), QTime(7, 0));
        QTemporaryDir dir;
        DatabaseSession phone(dir.filePath(QStringLiteral("phone.sqlite")));
        DatabaseSession laptop(dir.filePath(QStringLiteral("laptop.sqlite")));
        SyncController phoneSync;
        SyncController laptopSync;
        for (auto [session, sync] : {std::pair {&phone, &phoneSync}, {&laptop, &laptopSync}}) {
            session->setToday(now.date());
            sync->setSession(session);
            QVERIFY(sync->signIn(QString::fromStdString(server.url()), QStringLiteral("anna"),
                                 password));
        }
        put(phone, R"({"_id":"f1","type":"followup","title":"Send the quote",
            "due":"2026-11-25"})");
        QTRY_VERIFY_WITH_TIMEOUT(laptop.store()->get("f1").ok(), 30000);

        DesktopNotifications phoneNotifications(bus.connect(QStringLiteral("phone")));
        DesktopNotifications laptopNotifications(bus.connect(QStringLiteral("laptop")));
        ReminderScheduler phoneReminders(phone, phoneNotifications, [&now] { return now; });
        ReminderScheduler laptopReminders(laptop, laptopNotifications, [&now] { return now; });
        now = now.addSecs(3600);
        phoneReminders.check();
        QTRY_COMPARE(service.shown.size(), 1);
        laptopReminders.check();
        QTRY_COMPARE(service.shown.size(), 2);

        emit service.ActionInvoked(NotificationService::idOf(0), QStringLiteral("done"));
        QTRY_VERIFY(service.closed.contains(NotificationService::idOf(0)));
        // The laptop pulls the answer (and the follow-up ticked off) and takes its one away.
        QTRY_VERIFY_WITH_TIMEOUT(service.closed.contains(NotificationService::idOf(1)), 30000);

        now = QDateTime(QDate(2026, 11, 26), QTime(8, 0));
        laptop.setToday(now.date());
        laptopReminders.check();
        QTest::qWait(200);
        QCOMPARE(service.shown.size(), 2);
    }
};

QTEST_MAIN(RemindersTest)
#include "tst_reminders.moc"
