#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace rapport::interchange {

// A birthday or anniversary as contacts store it: "1984-02-29", or "--02-29" when the year is
// not known. Reads what address books write: ISO dates with or without dashes, a time after
// the date, vCard 4's "--0229", Apple's year 1604 for "no year", and day.month.year and
// month/day/year as spreadsheets show them (the slash form is read as American, month first).
// Anything that is not a real day (1983-02-29, 13/40) is refused.
std::optional<std::string> personalDate(std::string_view typed);

} // namespace rapport::interchange
