// The morning digest reaches the desktop as notifications: at the time set (an injected clock),
// each of the day's reminders once (a restart does not repeat them), only what is news (a
// customer that went quiet long ago is Today's to show), and a tap opens what it is about. On a
// private session bus with a stand-in notification service.
#include "app/database_session.h"
#include "app/reminder_scheduler.h"
#include "app/translations.h"
#include "desktop_notifications.h"
#include "notification_service.h"
#include "session_bus.h"
#include "store/document.h"
#include "store/store.h"

#include <QSignalSpy>
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
    void initTestCase() { Translations::applyLanguage(QStringLiteral("en")); }

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
};

QTEST_MAIN(RemindersTest)
#include "tst_reminders.moc"
