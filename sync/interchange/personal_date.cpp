#include "interchange/personal_date.h"

#include "core/calendar_day.h"

#include <cstdio>
#include <regex>

namespace rapport::interchange {

namespace {

// Year 0 is "not known": any day of any year, 29 February included (2000 had one).
bool realDay(int year, int month, int day)
{
    return CalendarDay::of(year == 0 ? 2000 : year, month, day).has_value();
}

std::optional<std::string> format(int year, int month, int day)
{
    if (year != 0 && (year < 1800 || year > 2200))
        return std::nullopt;
    if (!realDay(year, month, day))
        return std::nullopt;
    char buffer[48];
    if (year == 0)
        std::snprintf(buffer, sizeof buffer, "--%02d-%02d", month, day);
    else
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return std::string(buffer);
}

} // namespace

std::optional<std::string> personalDate(std::string_view typed)
{
    while (!typed.empty() && (typed.front() == ' ' || typed.front() == '\t'))
        typed.remove_prefix(1);
    while (!typed.empty() && (typed.back() == ' ' || typed.back() == '\t'))
        typed.remove_suffix(1);
    if (typed.empty() || typed.size() > 40)
        return std::nullopt;
    const std::string text(typed);
    static const std::regex iso(R"(^(\d{4})-?(\d{2})-?(\d{2})(?:[T ].*)?$)");
    static const std::regex yearless(R"(^--(\d{2})-?(\d{2})$)");
    static const std::regex european(R"(^(\d{1,2})\.(\d{1,2})\.(\d{4})?$)");
    static const std::regex american(R"(^(\d{1,2})/(\d{1,2})(?:/(\d{4}))?$)");
    std::smatch m;
    auto number = [&m](int i) {
        return m[i].matched ? std::stoi(m[i].str()) : 0;
    };
    if (std::regex_match(text, m, iso)) {
        // Apple Contacts and Outlook mark "year not known" with 1604 and 1601.
        const int year = number(1) == 1604 || number(1) == 1601 ? 0 : number(1);
        return format(year, number(2), number(3));
    }
    if (std::regex_match(text, m, yearless))
        return format(0, number(1), number(2));
    if (std::regex_match(text, m, european))
        return format(number(3), number(2), number(1));
    if (std::regex_match(text, m, american))
        return format(number(3), number(1), number(2));
    return std::nullopt;
}

} // namespace rapport::interchange
