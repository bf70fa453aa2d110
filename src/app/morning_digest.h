#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

class DatabaseSession;

// What the morning's reminders say, in Today's words: visits planned today, follow-ups due and
// overdue, birthdays and anniversaries of the day, customers that lapsed since yesterday. Each
// is reminded of once per device: what was shown is kept on this device (a _local document,
// never synced), so a restart does not show it again.
class MorningDigest
{
public:
    struct Reminder
    {
        QString key; // the occasion: "followup:<id>:<due>", "birthday-2026:<contact>"
        QString title;
        QString detail;
        QString documentType; // what a tap opens
        QString documentId;
    };

    explicit MorningDigest(DatabaseSession &session) : m_session(session) { }

    // Those to remind of this morning, in Today's order: not shown on this device yet, or
    // snoozed to this day; none answered done on any device.
    QList<Reminder> unshown() const;
    // The last day a digest went out on this device (invalid: never).
    QDate lastDigestDay() const;
    // Shown now, as that day's digest: never again on this device. Occasions shown more than two
    // months ago are forgotten (they do not come again).
    bool markShown(const QStringList &keys, const QDateTime &at);

    static constexpr const char *shownDocumentId = "_local/rapport-reminders-shown";

private:
    DatabaseSession &m_session;
};
