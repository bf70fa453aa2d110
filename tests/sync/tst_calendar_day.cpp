// The library's one date type, as tables: days after and before a day across months, years and
// 29 February; what is not a day; a birthday's next day, across New Year and in common years.
#include "core/calendar_day.h"

#include <QTest>

using namespace rapport;

class CalendarDays : public QObject
{
    Q_OBJECT

private slots:
    void addDays_data()
    {
        QTest::addColumn<QString>("day");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("expected");
        QTest::newRow("within a month") << "2026-11-25" << 3 << "2026-11-28";
        QTest::newRow("into the next month") << "2026-11-25" << 7 << "2026-12-02";
        QTest::newRow("over New Year") << "2026-12-30" << 3 << "2027-01-02";
        QTest::newRow("back over New Year") << "2027-01-02" << -3 << "2026-12-30";
        QTest::newRow("onto 29 February") << "2028-02-28" << 1 << "2028-02-29";
        QTest::newRow("past 28 February, common year") << "2027-02-28" << 1 << "2027-03-01";
        QTest::newRow("90 days back") << "2026-11-25" << -90 << "2026-08-27";
        QTest::newRow("a time after the day") << "2026-11-25T10:00:00Z" << 1 << "2026-11-26";
        QTest::newRow("no such day") << "2026-02-30" << 1 << "";
        QTest::newRow("not a date") << "soon" << 1 << "";
        QTest::newRow("empty") << "" << 1 << "";
    }
    void addDays()
    {
        QFETCH(QString, day);
        QFETCH(int, days);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(rapport::addDays(day.toStdString(), days)), expected);
    }

    void parse_refusesWhatIsNotADay_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("isADay");
        QTest::newRow("a day") << "1984-02-29" << true;
        QTest::newRow("29 February of a common year") << "1983-02-29" << false;
        QTest::newRow("1900 was not a leap year") << "1900-02-29" << false;
        QTest::newRow("2000 was") << "2000-02-29" << true;
        QTest::newRow("month 13") << "2026-13-01" << false;
        QTest::newRow("day 0") << "2026-01-00" << false;
        QTest::newRow("short parts") << "2026-1-5" << false;
        QTest::newRow("signs") << "+026-01-05" << false;
        QTest::newRow("spaces") << "2026-01- 5" << false;
    }
    void parse_refusesWhatIsNotADay()
    {
        QFETCH(QString, text);
        QFETCH(bool, isADay);
        const auto day = CalendarDay::parse(text.toStdString());
        QCOMPARE(day.has_value(), isADay);
        if (day)
            QCOMPARE(QString::fromStdString(day->iso()), text);
    }

    void nextAnniversary_data()
    {
        QTest::addColumn<QString>("monthDay");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("expected");
        QTest::newRow("later this year") << "06-12"
                                         << "2026-06-10"
                                         << "2026-06-12";
        QTest::newRow("today") << "06-12"
                               << "2026-06-12"
                               << "2026-06-12";
        QTest::newRow("passed: next year") << "01-03"
                                           << "2026-12-30"
                                           << "2027-01-03";
        QTest::newRow("29 February, common year") << "02-29"
                                                  << "2026-02-01"
                                                  << "2026-02-28";
        QTest::newRow("29 February, leap year") << "02-29"
                                                << "2028-02-01"
                                                << "2028-02-29";
        QTest::newRow("29 February passed") << "02-29"
                                            << "2027-03-01"
                                            << "2028-02-29";
    }
    void nextAnniversary()
    {
        QFETCH(QString, monthDay);
        QFETCH(QString, from);
        QFETCH(QString, expected);
        const auto date = parseMonthDay(monthDay.toStdString());
        QVERIFY(date.has_value());
        const auto next = rapport::nextAnniversary(*date, *CalendarDay::parse(from.toStdString()));
        QCOMPARE(QString::fromStdString(next.iso()), expected);
    }

    void parseMonthDay_refusesWhatNoYearHas()
    {
        QVERIFY(parseMonthDay("02-29").has_value());
        QVERIFY(!parseMonthDay("02-30").has_value());
        QVERIFY(!parseMonthDay("13-01").has_value());
        QVERIFY(!parseMonthDay("2-9").has_value());
    }
};

QTEST_GUILESS_MAIN(CalendarDays)
#include "tst_calendar_day.moc"
