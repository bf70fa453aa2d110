#pragma once

#include <string>

namespace rapport {

// The ISO day ("YYYY-MM-DD") `days` after `day` (negative: before), on the proleptic Gregorian
// calendar in UTC, so that no time zone or daylight saving change moves a date. Empty when
// `day` is not a date.
std::string addDays(const std::string &day, int days);

} // namespace rapport
