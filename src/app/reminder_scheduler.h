#pragma once

#include "app/morning_digest.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTime>
#include <QTimer>
#include <functional>

class DatabaseSession;
namespace rapport::platform {
class DesktopNotifications;
}

// The morning digest as notifications, once a day at the time chosen (8:00 unless set), or at
// the first look after it when the device was off: each reminder once per device, a tap on one
// opens what it is about. Reminders that fall due later in the day wait for the next morning
// (Today shows them). The clock is injected: the tests move it.
class ReminderScheduler : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    ReminderScheduler(DatabaseSession &session,
                      rapport::platform::DesktopNotifications &notifications,
                      Clock clock = &QDateTime::currentDateTime, QObject *parent = nullptr);

    void setDigestTime(QTime time) { m_digestTime = time; }
    // Where the time is read from at each look (Settings can change it while the app runs); an
    // invalid time: no reminders.
    void setDigestTimeSource(std::function<QTime()> source)
    {
        m_digestTimeSource = std::move(source);
    }
    QTime digestTime() const { return m_digestTime; }
    // Looks at the clock once a minute from now on (and at once).
    void start();
    // Sends the day's digest if it is time and it has not gone out today.
    void check();

signals:
    void openRequested(const QString &documentType, const QString &documentId);

private:
    void onAction(const QString &tag, const QString &action);

    DatabaseSession &m_session;
    rapport::platform::DesktopNotifications &m_notifications;
    Clock m_clock;
    QTime m_digestTime {8, 0};
    std::function<QTime()> m_digestTimeSource;
    QTimer m_timer;
    // What each notification sent is about, by its tag (the reminder's key), for a tap.
    QHash<QString, MorningDigest::Reminder> m_sent;
};
