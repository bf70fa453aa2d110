// The screen guard: a passcode asked at start and after being away, stand mode that survives a
// restart, and wrong tries that earn a wait the restart does not forget.
#include "app/database_session.h"
#include "app/translations.h"
#include "controllers/screen_lock.h"

#include <QTemporaryDir>
#include <QTest>

class ScreenLockTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_notebooks = 0;

    QString notebook()
    {
        return m_dir.filePath(QStringLiteral("lock-%1.sqlite").arg(++m_notebooks));
    }

private slots:
    void initTestCase()
    {
        Translations::applyLanguage(QStringLiteral("en")); // the English the tests read
    }

    void aPasscode_isAskedAtStart_andAfterBeingAway()
    {
        const QString path = notebook();
        {
            DatabaseSession session(path);
            ScreenLock lock;
            lock.setSession(&session);
            QVERIFY(!lock.hasPasscode() && !lock.locked());
            QVERIFY(!lock.choosePasscode(QStringLiteral("2468"), QStringLiteral("2469")));
            QVERIFY(lock.error().contains(QStringLiteral("differ")));
            QVERIFY(!lock.choosePasscode(QStringLiteral("12"), QStringLiteral("12")));
            QVERIFY(lock.choosePasscode(QStringLiteral("2468"), QStringLiteral("2468")));
            QVERIFY(lock.hasPasscode() && !lock.locked());
            lock.setAwayMinutes(0);
            lock.wentAway();
            lock.cameBack();
            QVERIFY(lock.locked());
            QVERIFY(!lock.unlock(QStringLiteral("1111")));
            QVERIFY(lock.locked());
            QVERIFY(lock.unlock(QStringLiteral("2468")));
            QVERIFY(!lock.locked());
        }
        DatabaseSession restarted(path);
        ScreenLock lock;
        lock.setSession(&restarted);
        QVERIFY(lock.locked()); // asked at start
        QVERIFY(lock.unlock(QStringLiteral("2468")));
        // Changing or removing it needs the current one.
        QVERIFY(!lock.removePasscode(QStringLiteral("0000")));
        QVERIFY(lock.removePasscode(QStringLiteral("2468")));
        QVERIFY(!lock.hasPasscode());
    }

    void fiveWrongTries_earnAWait_thatARestartKeeps()
    {
        const QString path = notebook();
        {
            DatabaseSession session(path);
            ScreenLock lock;
            lock.setSession(&session);
            QVERIFY(lock.choosePasscode(QStringLiteral("2468"), QStringLiteral("2468")));
        }
        DatabaseSession session(path);
        ScreenLock lock;
        lock.setSession(&session);
        for (int i = 0; i < 5; ++i)
            QVERIFY(!lock.unlock(QStringLiteral("1111")));
        QVERIFY(lock.waitSeconds() > 25);
        QVERIFY(!lock.unlock(QStringLiteral("2468"))); // even the right one waits
        QVERIFY(lock.error().contains(QStringLiteral("Try again in")));
        ScreenLock afterRestart;
        afterRestart.setSession(&session);
        QVERIFY(afterRestart.waitSeconds() > 25);
        QVERIFY(!afterRestart.unlock(QStringLiteral("2468")));
    }

    void standMode_survivesARestart_andLeavingItNeedsThePasscode()
    {
        const QString path = notebook();
        {
            DatabaseSession session(path);
            ScreenLock lock;
            lock.setSession(&session);
            QVERIFY(lock.choosePasscode(QStringLiteral("13579"), QStringLiteral("13579")));
            lock.enterStandMode();
            QVERIFY(lock.standMode());
        }
        DatabaseSession session(path);
        ScreenLock lock;
        lock.setSession(&session);
        QVERIFY(lock.standMode());
        // Visitors at the stand are meant to see the lead form: being away does not lock it.
        lock.setAwayMinutes(0);
        lock.wentAway();
        lock.cameBack();
        QVERIFY(!lock.leaveStandMode(QStringLiteral("00000")));
        QVERIFY(lock.standMode());
        QVERIFY(lock.leaveStandMode(QStringLiteral("13579")));
        QVERIFY(!lock.standMode());
        // The passcode was typed: the notebook opens, without asking it twice.
        QVERIFY(!lock.locked());
        lock.lockNow();
        QVERIFY(lock.locked());
    }

    void theWait_countsDownOnScreen_andEnds()
    {
        const QString path = notebook();
        DatabaseSession session(path);
        ScreenLock lock;
        lock.setSession(&session);
        QVERIFY(lock.choosePasscode(QStringLiteral("2468"), QStringLiteral("2468")));
        lock.lockNow();
        for (int i = 0; i < 5; ++i)
            lock.unlock(QStringLiteral("1111"));
        const QString first = lock.error();
        QVERIFY2(first.contains(QStringLiteral("Try again in")), qPrintable(first));
        // A second later the sentence says one second less.
        QTRY_VERIFY_WITH_TIMEOUT(lock.error() != first && !lock.error().isEmpty(), 3000);
    }
};

QTEST_GUILESS_MAIN(ScreenLockTest)
#include "tst_screen_lock.moc"
