#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace rapport {

// A day on the proleptic Gregorian calendar, with no time and no time zone, so that no clock
// change moves it: a visit's date, a follow-up's due day, a birthday in a given year. Its text
// is ISO, "YYYY-MM-DD". The one date type of the library (C++20 <chrono>); the UI turns it into
// a QDate only to show it.
class CalendarDay
{
public:
    // "YYYY-MM-DD" naming a real day; anything else (2026-02-30, 2026-2-3, a time after it) is
    // not a day.
    static std::optional<CalendarDay> parse(std::string_view iso);
    // A real day only (month 1-12, the day within that month of that year).
    static std::optional<CalendarDay> of(int year, int month, int day);
    // Month and day in `year`; a day past the month's end is its last day, so 29 February is
    // the 28th in a common year (when a person born on the 29th is congratulated).
    static CalendarDay anniversaryIn(int year, int month, int day);

    // Today where this device is (its time zone's calendar).
    static CalendarDay localToday();

    CalendarDay plusDays(int days) const;
    std::string iso() const;
    int year() const { return static_cast<int>(m_day.year()); }
    int month() const { return static_cast<int>(static_cast<unsigned>(m_day.month())); }
    int day() const { return static_cast<int>(static_cast<unsigned>(m_day.day())); }

    friend bool operator==(const CalendarDay &, const CalendarDay &) = default;
    friend bool operator<(const CalendarDay &a, const CalendarDay &b) { return a.m_day < b.m_day; }

private:
    explicit CalendarDay(std::chrono::year_month_day day) : m_day(day) { }
    std::chrono::year_month_day m_day;
};

// True for a year that has a 29 February.
bool isLeapYear(int year);

// A birthday or an anniversary without its year, as the index keeps it ("MM-DD").
struct MonthDay
{
    int month = 0;
    int day = 0;
};
std::optional<MonthDay> parseMonthDay(std::string_view text);

// The first anniversary of a month-day on or after `from` (29 February: see anniversaryIn).
CalendarDay nextAnniversary(MonthDay date, CalendarDay from);

// The ISO day `days` after `day` (negative: before; a time after the day is ignored); empty
// when `day` is not a day.
std::string addDays(const std::string &day, int days);

} // namespace rapport
