#include "controllers/calendar_choice.h"

#include <QLocale>
#include <algorithm>

void CalendarChoice::start(const QString &text)
{
    const auto typed = QDate::fromString(text.trimmed(), Qt::ISODate);
    const auto from = typed.isValid() ? typed
        : m_session                   ? m_session->today()
                                      : QDate::currentDate();
    choose(from.year(), from.month(), from.day());
}

QStringList CalendarChoice::dayLabels() const
{
    QStringList labels;
    for (int day = 1; day <= mostDays; ++day)
        labels.append(QString::number(day));
    return labels;
}

QStringList CalendarChoice::yearLabels() const
{
    QStringList labels;
    for (int year = m_firstYear; year <= m_lastYear; ++year)
        labels.append(QString::number(year));
    return labels;
}

QStringList CalendarChoice::monthNames() const
{
    QStringList names;
    const QLocale locale;
    for (int month = 1; month <= 12; ++month)
        names.append(locale.standaloneMonthName(month, QLocale::ShortFormat));
    return names;
}

void CalendarChoice::choose(int year, int month, int day)
{
    year = std::clamp(year, m_firstYear, m_lastYear);
    month = std::clamp(month, 1, 12);
    const int asked = day;
    day = std::clamp(day, 1, QDate(year, month, 1).daysInMonth());
    const QDate chosen(year, month, day);
    // A 31st asked of a 30-day month is told too: the wheel that asked turns back to the 30th.
    if (chosen == m_chosen && day == asked)
        return;
    m_chosen = chosen;
    emit changed();
}
