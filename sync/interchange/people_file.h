#pragma once

#include "core/json.h"

#include <string>
#include <vector>

namespace rapport::interchange {

// One person read from an address book file, before it is written anywhere.
struct PersonRecord
{
    std::string where; // "card 3 (line 40)", "row 17": how the report points at it
    std::string uid; // the card's UID, when it has one
    std::string company; // becomes (or finds) the account
    Json fields = Json::object(); // a contact's fields: firstName, lastName, email, ...
    std::vector<std::string> leftOut; // parts not imported, and why
};

// A record that was not imported at all, and why, in words for the person importing.
struct Skipped
{
    std::string where;
    std::string why;
};

struct PeopleFile
{
    std::vector<PersonRecord> people;
    std::vector<Skipped> skipped;
    std::string readAs; // the text encoding the file was read in
};

} // namespace rapport::interchange
