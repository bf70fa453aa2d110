#include "core/calendar_day.h"

#include <cstdio>
#include <ctime>

namespace rapport {

std::string addDays(const std::string &day, int days)
{
    std::tm date {};
    if (std::sscanf(day.c_str(), "%d-%d-%d", &date.tm_year, &date.tm_mon, &date.tm_mday) != 3)
        return {};
    date.tm_year -= 1900;
    date.tm_mon -= 1;
    date.tm_mday += days;
    date.tm_hour = 12;
    const std::time_t normalised = timegm(&date);
    std::tm out {};
    gmtime_r(&normalised, &out);
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", out.tm_year + 1900, out.tm_mon + 1,
                  out.tm_mday);
    return buffer;
}

} // namespace rapport
