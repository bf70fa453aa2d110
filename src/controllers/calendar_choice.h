#pragma once

#include "app/database_session.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

// The day a date picker shows, as a thumb turns its wheels: a day, a month and a year, always a
// day that exists (the 31st becomes the 30th in a month of 30). Starts from what the field holds,
// or from the session's today when it holds no date. The picker's wheels are presentation only.
// With `yearOptional` (a birthday, whose year is often not known) the year wheel's first row is
// "no year", and the day is then one of any year (the 29th of February too).
class CalendarChoice : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DatabaseSession *session MEMBER m_session NOTIFY sessionChanged)
    Q_PROPERTY(bool yearOptional READ yearOptional WRITE setYearOptional NOTIFY changed)
    Q_PROPERTY(int yearIndex READ yearIndex WRITE setYearIndex NOTIFY changed)
    Q_PROPERTY(int monthIndex READ monthIndex WRITE setMonthIndex NOTIFY changed)
    Q_PROPERTY(int dayIndex READ dayIndex WRITE setDayIndex NOTIFY changed)
    // What each wheel shows, row by row. The days are always 1 to 31: a day past the month's
    // end is turned back to its last (a wheel whose rows change resets itself to the first).
    Q_PROPERTY(QList<QString> dayLabels READ dayLabels CONSTANT)
    Q_PROPERTY(QList<QString> monthNames READ monthNames CONSTANT)
    Q_PROPERTY(QList<QString> yearLabels READ yearLabels NOTIFY changed)
    // "YYYY-MM-DD", or "MM-DD" without a year (as a person types a birthday).
    Q_PROPERTY(QString isoDate READ isoDate NOTIFY changed)

public:
    using QObject::QObject;

    // The field's text ("2026-12-01"; "02-29" or "--02-29" without a year), or today when it is
    // no date (without a year, when the year is optional).
    Q_INVOKABLE void start(const QString &text);

    bool yearOptional() const { return m_yearOptional; }
    void setYearOptional(bool optional);
    int yearIndex() const;
    void setYearIndex(int index);
    int monthIndex() const { return m_chosen.month() - 1; }
    void setMonthIndex(int index);
    int dayIndex() const { return m_chosen.day() - 1; }
    void setDayIndex(int index);
    static constexpr int mostDays = 31;
    QStringList dayLabels() const;
    QStringList monthNames() const;
    QStringList yearLabels() const;
    QString isoDate() const;

signals:
    void changed();
    void sessionChanged();

private:
    void choose(int year, int month, int day);
    void chooseWithoutYear(int month, int day);
    // The rows of the year wheel before the first year: "no year" when it is optional.
    int yearRowsBefore() const { return m_yearOptional ? 1 : 0; }

    // A birthday a century back, a due day ten years ahead.
    int m_firstYear = QDate::currentDate().year() - 100;
    int m_lastYear = QDate::currentDate().year() + 10;
    QPointer<DatabaseSession> m_session;
    QDate m_chosen = QDate::currentDate();
    bool m_yearOptional = false;
    // Without a year, m_chosen is that day in a leap year, so that every day exists.
    bool m_hasYear = true;
    static constexpr int leapYear = 2000;
};
