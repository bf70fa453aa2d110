#include "app/reminder_scheduler.h"

#include "app/database_session.h"
#include "app/preferences.h"
#include "core/calendar_day.h"
#include "desktop_notifications.h"
#include "notebook/operations.h"
#include "notebook/reminder_answers.h"

#include <cstdio>

namespace {

const QString openAction = QStringLiteral("default"); // a tap on the notification itself
const QString doneAction = QStringLiteral("done");
const QString tomorrowAction = QStringLiteral("tomorrow");
const QString nextWeekAction = QStringLiteral("next-week");

// What can be answered from the notification. A snooze is offered for what is still there to
// do on a later morning (a follow-up, a customer gone quiet); a birthday or a visit of today is
// over by then.
QList<rapport::platform::DesktopNotifications::Action>
actionsFor(const MorningDigest::Reminder &reminder)
{
    QList<rapport::platform::DesktopNotifications::Action> actions {
        {openAction, ReminderScheduler::tr("Open", "a reminder")},
        {doneAction, ReminderScheduler::tr("Done", "a reminder")}};
    if (reminder.documentType == QLatin1String("followup")
        || reminder.documentType == QLatin1String("account")) {
        actions.append({tomorrowAction, ReminderScheduler::tr("Tomorrow", "remind me again")});
        actions.append({nextWeekAction, ReminderScheduler::tr("Next week", "remind me again")});
    }
    return actions;
}

} // namespace

ReminderScheduler::ReminderScheduler(DatabaseSession &session,
                                     rapport::platform::DesktopNotifications &notifications,
                                     Clock clock, QObject *parent)
    : QObject(parent), m_session(session), m_notifications(notifications), m_clock(std::move(clock))
{
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &ReminderScheduler::check);
    connect(&m_notifications, &rapport::platform::DesktopNotifications::actionInvoked, this,
            &ReminderScheduler::onAction);
    // A pull may bring answers given on another device.
    connect(&m_session, &DatabaseSession::notebookChanged, this,
            &ReminderScheduler::withdrawAnswered);
}

void ReminderScheduler::followSettings()
{
    setDigestTimeSource([] {
        const int hour = Preferences::storedReminderHour();
        return hour < 0 ? QTime() : QTime(hour, 0);
    });
    setDigestAsOneSource(&Preferences::storedRemindersAsOne);
    connect(this, &ReminderScheduler::answerFailed, this, [](const QString &why) {
        std::fprintf(stderr, "a reminder's answer was not kept: %s\n", qPrintable(why));
    });
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
    const auto reminders = digest.unshown();
    QStringList keys;
    for (const auto &reminder : reminders)
        keys << reminder.key;
    if (m_digestAsOneSource && m_digestAsOneSource() && reminders.size() > 1) {
        QStringList lines;
        for (const auto &reminder : reminders)
            lines << reminder.title + QStringLiteral(" · ") + reminder.detail;
        m_notifications.notify(QString::fromLatin1(digestTag),
                               tr("%n reminder(s) for today", nullptr, reminders.size()),
                               lines.join(QLatin1Char('\n')),
                               {{openAction, tr("Open", "a reminder")}});
    } else {
        for (const auto &reminder : reminders) {
            m_sent.insert(reminder.key, reminder);
            m_notifications.notify(reminder.key, reminder.title, reminder.detail,
                                   actionsFor(reminder));
        }
    }
    digest.markShown(keys, now);
}

void ReminderScheduler::onAction(const QString &tag, const QString &action)
{
    if (tag == QLatin1String(digestTag)) {
        if (action == openAction)
            emit openRequested(QStringLiteral("today"), {});
        return;
    }
    const auto found = m_sent.constFind(tag);
    if (found == m_sent.constEnd())
        return;
    // A copy: writing the answer changes the notebook, which may take it out of m_sent.
    const auto reminder = *found;
    if (action == openAction)
        emit openRequested(reminder.documentType, reminder.documentId);
    else
        answer(reminder, action);
}

void ReminderScheduler::answer(const MorningDigest::Reminder &reminder, const QString &action)
{
    if (!m_session.ready())
        return;
    rapport::notebook::ReminderAnswer answer;
    const auto today = m_clock().date().toString(Qt::ISODate).toStdString();
    if (action == doneAction)
        answer.done = true;
    else if (action == tomorrowAction)
        answer.snoozedUntil = rapport::addDays(today, 1);
    else if (action == nextWeekAction)
        answer.snoozedUntil = rapport::addDays(today, 7);
    else
        return;
    auto &editor = *m_session.editor();
    // Done with a follow-up is the follow-up ticked off, as Today's Done does.
    if (answer.done && reminder.documentType == QLatin1String("followup")) {
        if (auto ticked
            = rapport::notebook::setFollowUpDone(editor, reminder.documentId.toStdString(), true);
            !ticked) {
            emit answerFailed(QString::fromStdString(ticked.error().message));
            return;
        }
    }
    auto written = rapport::notebook::answerReminder(editor, reminder.key.toStdString(),
                                                     reminder.documentId.toStdString(), answer);
    if (!written) {
        emit answerFailed(QString::fromStdString(written.error().message));
        return;
    }
    m_sent.remove(reminder.key);
    m_notifications.close(reminder.key);
}

void ReminderScheduler::withdrawAnswered()
{
    if (m_sent.isEmpty() || !m_session.ready())
        return;
    const auto today = m_clock().date().toString(Qt::ISODate).toStdString();
    for (auto it = m_sent.begin(); it != m_sent.end();) {
        auto answered
            = rapport::notebook::reminderAnswer(*m_session.store(), it.key().toStdString());
        // Still to do today (not answered, or snoozed to today): it stays.
        if (!answered || rapport::notebook::remindsOn(*answered, {}, today)) {
            ++it;
            continue;
        }
        m_notifications.close(it.key());
        it = m_sent.erase(it);
    }
}
