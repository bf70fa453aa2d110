#include "app/reminder_scheduler.h"

#include "app/database_session.h"
#include "desktop_notifications.h"

ReminderScheduler::ReminderScheduler(DatabaseSession &session,
                                     rapport::platform::DesktopNotifications &notifications,
                                     Clock clock, QObject *parent)
    : QObject(parent), m_session(session), m_notifications(notifications), m_clock(std::move(clock))
{
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &ReminderScheduler::check);
    connect(&m_notifications, &rapport::platform::DesktopNotifications::actionInvoked, this,
            &ReminderScheduler::onAction);
}

void ReminderScheduler::start()
{
    m_timer.start();
    check();
}

void ReminderScheduler::check()
{
    if (m_digestTimeSource)
        m_digestTime = m_digestTimeSource();
    const auto now = m_clock();
    if (!m_digestTime.isValid() || now.time() < m_digestTime || !m_session.ready())
        return;
    MorningDigest digest(m_session);
    if (digest.lastDigestDay() >= now.date())
        return;
    QStringList keys;
    for (const auto &reminder : digest.unshown()) {
        m_sent.insert(reminder.key, reminder);
        m_notifications.notify(reminder.key, reminder.title, reminder.detail,
                               {{QStringLiteral("default"), tr("Open", "a reminder")}});
        keys << reminder.key;
    }
    digest.markShown(keys, now);
}

void ReminderScheduler::onAction(const QString &tag, const QString &action)
{
    const auto found = m_sent.constFind(tag);
    if (found == m_sent.constEnd())
        return;
    if (action == QLatin1String("default"))
        emit openRequested(found->documentType, found->documentId);
}
