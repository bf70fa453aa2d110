#pragma once

#include "interchange/people_file.h"

#include <memory>
#include <string_view>

namespace rapport::interchange {

class TextSource;

// Reads people from a CSV file's bytes whose first row names the columns, as Google Contacts,
// Outlook, Excel and Rapport's own export write them ("First Name", "E-mail 1 - Value",
// "Company", "firstName", ...). A row without a name is skipped with its row number; a file
// whose first row names no column for a name is refused whole, as is one whose last quoted
// field never closes. Columns it does not know are named once in the report, not imported.
// The rows are read one at a time as the text comes: a file of any size in little memory.
std::unique_ptr<PeopleSource> readCsvPeople(TextSource &text);
PeopleFile readCsvPeople(std::string_view bytes);

} // namespace rapport::interchange
