#pragma once

#include "core/error.h"

#include <filesystem>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

namespace rapport {
class Store;
}

namespace rapport::interchange {

// Writes a file whole or not at all: into a .partial beside it, renamed over `path` when
// complete, so that an export cut short never leaves half a file where a whole one was.
Status writeWholeFile(const std::filesystem::path &path,
                      const std::function<Status(std::ostream &)> &write);

// Every live contact as a vCard, its company's name as ORG.
Status writeContactCards(Store &store, std::ostream &out);

// Open follow-ups with a due date, as all-day events on that day, and every birthday and
// anniversary as a yearly event: a calendar the salesperson's phone can subscribe to or import.
// 29 February recurs on the last day of February, so that it is there in common years too.
// `today` ("YYYY-MM-DD") stamps the events and starts the yearly ones.
Status writeCalendar(Store &store, std::ostream &out, const std::string &today);

// Everything the salesperson owns as CSV, one file a type (accounts.csv, contacts.csv, ...)
// in `folder`: a column a field, lists and objects as JSON in their cell. Returns the files.
Result<std::vector<std::filesystem::path>> writeCsvTables(Store &store,
                                                          const std::filesystem::path &folder);

} // namespace rapport::interchange
