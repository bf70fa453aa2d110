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
// the first look after it when the device was off: each reminder once per device (or all of
// them as one notification, when so set), a tap on one opens what it is about. Done and snooze
// ("tomorrow", "next week") are answered from the notification and written as a record that
// syncs: answered on one device, the other takes its notification away after its next sync and
// does not remind of it again. Reminders that fall due later in the day wait for the next
// morning (Today shows them). The clock is injected: the tests move it.
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
    // Where "one notification for the whole digest" is read from at each look (off: one each).
    void setDigestAsOneSource(std::function<bool()> source)
    {
        m_digestAsOneSource = std::move(source);
    }
    // The app's and the background agent's way: the hour and "all in one" from Preferences,
    // read at each look, and an answer the notebook refused said on standard error.
    void followSettings();
    QTime digestTime() const { return m_digestTime; }
    // Looks at the clock once a minute from now on (and at once).
    void start();
    // Sends the day's digest if it is time and it has not gone out today.
    void check();

    // What a tap on the whole digest opens.
    static constexpr const char *digestTag = "digest";

signals:
    // documentType "today" for the whole digest.
    void openRequested(const QString &documentType, const QString &documentId);
    // An answer could not be written (the notebook refused it): for the log, never silent.
    void answerFailed(const QString &why);

private:
    void onAction(const QString &tag, const QString &action);
    void answer(const MorningDigest::Reminder &reminder, const QString &action);
    // Takes away the notifications of reminders answered elsewhere (after a sync).
    void withdrawAnswered();

    DatabaseSession &m_session;
    rapport::platform::DesktopNotifications &m_notifications;
    Clock m_clock;
    QTime m_digestTime {8, 0};
    std::function<QTime()> m_digestTimeSource;
    std::function<bool()> m_digestAsOneSource;
    QTimer m_timer;
    // What each notification sent is about, by its tag (the reminder's key), for a tap.
    QHash<QString, MorningDigest::Reminder> m_sent;
};
