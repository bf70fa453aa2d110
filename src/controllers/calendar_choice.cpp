#include "controllers/calendar_choice.h"

#include <QLocale>
#include <algorithm>

void CalendarChoice::start(const QString &text)
{
    const auto trimmed = text.trimmed();
    const auto typed = QDate::fromString(trimmed, Qt::ISODate);
    if (typed.isValid()) {
        choose(typed.year(), typed.month(), typed.day());
        return;
    }
    const auto today = m_session ? m_session->today() : QDate::currentDate();
    if (!m_yearOptional) {
        choose(today.year(), today.month(), today.day());
        return;
    }
    auto monthDay = trimmed;
    if (monthDay.startsWith(QLatin1String("--")))
        monthDay = monthDay.mid(2);
    const auto withoutYear
        = QDate::fromString(QString::number(leapYear) + QLatin1Char('-') + monthDay, Qt::ISODate);
    const auto from = withoutYear.isValid() ? withoutYear : today;
    chooseWithoutYear(from.month(), from.day());
}

void CalendarChoice::setYearOptional(bool optional)
{
    if (optional == m_yearOptional)
        return;
    m_yearOptional = optional;
    if (!optional && !m_hasYear) {
        const auto today = m_session ? m_session->today() : QDate::currentDate();
        choose(today.year(), m_chosen.month(), m_chosen.day());
    }
    emit changed();
}

int CalendarChoice::yearIndex() const
{
    return m_hasYear ? m_chosen.year() - m_firstYear + yearRowsBefore() : 0;
}

void CalendarChoice::setYearIndex(int index)
{
    if (index < yearRowsBefore())
        chooseWithoutYear(m_chosen.month(), m_chosen.day());
    else
        choose(m_firstYear + index - yearRowsBefore(), m_chosen.month(), m_chosen.day());
}

void CalendarChoice::setMonthIndex(int index)
{
    if (m_hasYear)
        choose(m_chosen.year(), index + 1, m_chosen.day());
    else
        chooseWithoutYear(index + 1, m_chosen.day());
}

void CalendarChoice::setDayIndex(int index)
{
    if (m_hasYear)
        choose(m_chosen.year(), m_chosen.month(), index + 1);
    else
        chooseWithoutYear(m_chosen.month(), index + 1);
}

QString CalendarChoice::isoDate() const
{
    return m_hasYear ? m_chosen.toString(Qt::ISODate) : m_chosen.toString(QStringLiteral("MM-dd"));
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
    if (m_yearOptional)
        labels.append(tr("no year"));
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
    if (chosen == m_chosen && m_hasYear && day == asked)
        return;
    m_chosen = chosen;
    m_hasYear = true;
    emit changed();
}

void CalendarChoice::chooseWithoutYear(int month, int day)
{
    choose(leapYear, month, day);
    m_hasYear = false;
    emit changed();
}
