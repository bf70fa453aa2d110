// Notifications reach the desktop's notification service (org.freedesktop.Notifications) with
// their words and actions, and a tap on one comes back to the app with what was tapped: on a
// private session bus, with a stand-in service that records what it is sent, as GNOME's would
// show it.
#include "autostart.h"
#include "desktop_notifications.h"
#include "notification_service.h"
#include "session_bus.h"

#include <QDBusConnectionInterface>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using rapport::platform::DesktopNotifications;
namespace autostart = rapport::platform::autostart;

class DesktopNotificationsTest : public QObject
{
    Q_OBJECT

private slots:
    void aNotification_showsItsWordsAndActions_andATapComesBack()
    {
        SessionBus bus;
        QVERIFY2(bus.started(), qPrintable(bus.error()));
        NotificationService service;
        QVERIFY(service.serveOn(bus.connect(QStringLiteral("desktop"))));

        DesktopNotifications notifications(bus.connect(QStringLiteral("app")));
        QVERIFY(notifications.available());
        QSignalSpy shown(&notifications, &DesktopNotifications::shown);
        QSignalSpy tapped(&notifications, &DesktopNotifications::actionInvoked);
        notifications.notify(QStringLiteral("followup-1"),
                             QStringLiteral("Call Anna about the quote"),
                             QStringLiteral("Due today · Weber Mills"),
                             {{QStringLiteral("default"), QStringLiteral("Open")},
                              {QStringLiteral("done"), QStringLiteral("Done")}});
        QTRY_COMPARE(shown.count(), 1);
        QCOMPARE(shown.at(0).at(0).toString(), QStringLiteral("followup-1"));
        const uint id = shown.at(0).at(1).toUInt();
        QCOMPARE(service.shown.size(), 1);
        QCOMPARE(service.shown.at(0).summary, QStringLiteral("Call Anna about the quote"));
        QCOMPARE(service.shown.at(0).body, QStringLiteral("Due today · Weber Mills"));
        QCOMPARE(service.shown.at(0).actions,
                 (QStringList {QStringLiteral("default"), QStringLiteral("Open"),
                               QStringLiteral("done"), QStringLiteral("Done")}));

        // Another application's notification tapped: not ours, nothing happens.
        emit service.ActionInvoked(id + 100, QStringLiteral("default"));
        emit service.ActionInvoked(id, QStringLiteral("done"));
        QTRY_COMPARE(tapped.count(), 1);
        QCOMPARE(tapped.at(0).at(0).toString(), QStringLiteral("followup-1"));
        QCOMPARE(tapped.at(0).at(1).toString(), QStringLiteral("done"));
    }

    void withoutANotificationService_itSaysSo()
    {
        SessionBus bus;
        QVERIFY2(bus.started(), qPrintable(bus.error()));
        DesktopNotifications notifications(bus.connect(QStringLiteral("lonely")));
        QVERIFY(!notifications.available());
        QSignalSpy failed(&notifications, &DesktopNotifications::failed);
        notifications.notify(QStringLiteral("t"), QStringLiteral("s"), QStringLiteral("b"), {});
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("t"));
    }

    // No service, but a tray: its message shows the words, and a click on it is a tap.
    void withoutANotificationService_theFallbackShowsIt_andAClickIsATap()
    {
        SessionBus bus;
        QVERIFY2(bus.started(), qPrintable(bus.error()));
        DesktopNotifications notifications(bus.connect(QStringLiteral("tray")));
        QStringList trayMessages;
        notifications.setFallback([&trayMessages](const QString &summary, const QString &body) {
            trayMessages << summary + QStringLiteral(" | ") + body;
            return true;
        });
        QSignalSpy failed(&notifications, &DesktopNotifications::failed);
        QSignalSpy tapped(&notifications, &DesktopNotifications::actionInvoked);
        notifications.notify(QStringLiteral("followup-1"), QStringLiteral("Send the quote"),
                             QStringLiteral("Due today"), {});
        QCOMPARE(trayMessages, QStringList {QStringLiteral("Send the quote | Due today")});
        notifications.fallbackClicked();
        QCOMPARE(tapped.count(), 1);
        QCOMPARE(tapped.at(0).at(0).toString(), QStringLiteral("followup-1"));
        QCOMPARE(tapped.at(0).at(1).toString(), QStringLiteral("default"));
        QCOMPARE(failed.count(), 0);
    }

    // Start at login: the entry runs the agent, and goes when turned off.
    void theAutostartEntry_runsTheAgent()
    {
        QTemporaryDir config;
        qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
        QVERIFY(!autostart::enabled());
        QVERIFY(autostart::enable(QStringLiteral("/opt/my apps/rapport")));
        QVERIFY(autostart::enabled());
        QCOMPARE(autostart::entryPath(),
                 config.filePath(QStringLiteral("autostart/rapport.desktop")));
        QFile entry(autostart::entryPath());
        QVERIFY(entry.open(QIODevice::ReadOnly));
        const auto text = QString::fromUtf8(entry.readAll());
        QVERIFY2(text.contains(QStringLiteral("Exec=\"/opt/my apps/rapport\" --background\n")),
                 qPrintable(text));
        QVERIFY(autostart::disable());
        QVERIFY(!autostart::enabled());
        qunsetenv("XDG_CONFIG_HOME");
    }
};

QTEST_GUILESS_MAIN(DesktopNotificationsTest)
#include "tst_desktop_notifications.moc"
