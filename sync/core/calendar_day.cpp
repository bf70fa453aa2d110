#include "core/calendar_day.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <ctime>

namespace rapport {

namespace {

bool readNumber(std::string_view text, int &out)
{
    const auto *end = text.data() + text.size();
    auto [stop, error] = std::from_chars(text.data(), end, out);
    return error == std::errc() && stop == end;
}

} // namespace

std::optional<CalendarDay> CalendarDay::parse(std::string_view iso)
{
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-')
        return std::nullopt;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (iso[i] < '0' || iso[i] > '9')
            return std::nullopt;
    int year = 0;
    int month = 0;
    int day = 0;
    if (!readNumber(iso.substr(0, 4), year) || !readNumber(iso.substr(5, 2), month)
        || !readNumber(iso.substr(8, 2), day))
        return std::nullopt;
    return of(year, month, day);
}

std::optional<CalendarDay> CalendarDay::of(int year, int month, int day)
{
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return std::nullopt;
    const std::chrono::year_month_day date {std::chrono::year(year),
                                            std::chrono::month(static_cast<unsigned>(month)),
                                            std::chrono::day(static_cast<unsigned>(day))};
    if (!date.ok())
        return std::nullopt;
    return CalendarDay(date);
}

CalendarDay CalendarDay::anniversaryIn(int year, int month, int day)
{
    using namespace std::chrono;
    const std::chrono::year inYear(year);
    const std::chrono::month ofMonth(static_cast<unsigned>(std::clamp(month, 1, 12)));
    const auto last = year_month_day_last(inYear, month_day_last(ofMonth)).day();
    const auto onDay = std::min(std::chrono::day(static_cast<unsigned>(std::max(day, 1))), last);
    return CalendarDay(year_month_day(inYear, ofMonth, onDay));
}

CalendarDay CalendarDay::localToday()
{
    const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm local {};
    localtime_r(&now, &local);
    return CalendarDay(std::chrono::year_month_day {std::chrono::year(local.tm_year + 1900),
                                                    std::chrono::month(local.tm_mon + 1),
                                                    std::chrono::day(local.tm_mday)});
}

CalendarDay CalendarDay::plusDays(int days) const
{
    return CalendarDay(
        std::chrono::year_month_day(std::chrono::sys_days(m_day) + std::chrono::days(days)));
}

std::string CalendarDay::iso() const
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year(), month(), day());
    return buffer;
}

bool isLeapYear(int year)
{
    return std::chrono::year(year).is_leap();
}

std::optional<MonthDay> parseMonthDay(std::string_view text)
{
    MonthDay date;
    if (text.size() != 5 || text[2] != '-' || !readNumber(text.substr(0, 2), date.month)
        || !readNumber(text.substr(3, 2), date.day) || !CalendarDay::of(2000, date.month, date.day))
        return std::nullopt;
    return date;
}

CalendarDay nextAnniversary(MonthDay date, CalendarDay from)
{
    auto day = CalendarDay::anniversaryIn(from.year(), date.month, date.day);
    return day < from ? CalendarDay::anniversaryIn(from.year() + 1, date.month, date.day) : day;
}

std::string addDays(const std::string &day, int days)
{
    auto date = CalendarDay::parse(std::string_view(day).substr(0, 10)); // a time after it: ignored
    return date ? date->plusDays(days).iso() : std::string();
}

} // namespace rapport
