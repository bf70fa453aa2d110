#pragma once

#include "agent_lock.h"
#include "desktop_notifications.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>

class DatabaseSession;
class ReminderScheduler;
class SyncController;
class QSystemTrayIcon;

// `rapport --background`: the notebook syncs and the morning's reminders come with no window
// open, after the app's window was closed (when so set) or from login (the autostart entry, the
// systemd user unit). One per notebook (AgentLock): a second one ends at once, and the app
// takes over when it starts. Where the desktop has a tray, an icon there opens the app, syncs
// now, or ends the agent, and its message stands in for notifications when no notification
// service runs. A tap on a reminder starts the app on that page. SIGTERM or SIGINT end it
// after what waits has gone up.
class BackgroundAgent : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundAgent(QString databasePath, QObject *parent = nullptr);
    ~BackgroundAgent() override;

    enum class Start { Running, AlreadyRunning, Failed };
    // Takes the lock and opens the notebook; `why` says what failed.
    Start start(QString *why);

private:
    void openInApp(const QString &documentType, const QString &documentId);
    void showTrayIcon();
    void end();

    QString m_path;
    rapport::platform::AgentLock m_lock;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<SyncController> m_sync;
    rapport::platform::DesktopNotifications m_notifications;
    std::unique_ptr<ReminderScheduler> m_reminders;
    std::unique_ptr<QSystemTrayIcon> m_tray;
    QTimer m_signalWatch;
};
