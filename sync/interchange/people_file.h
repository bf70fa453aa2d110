#pragma once

#include "core/json.h"

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::interchange {

class TextSource;

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

// The people of an address book file, one at a time as it is read: a file of any size is
// imported in the memory of one record.
class PeopleSource
{
public:
    virtual ~PeopleSource() = default;

    // The next person who can be imported; false at the end of the file. A record that cannot
    // be one is left out and named in skipped(), with the reason.
    virtual bool next(PersonRecord &person) = 0;
    const std::vector<Skipped> &skipped() const { return m_skipped; }

protected:
    std::vector<Skipped> m_skipped;
};

// Everything a file held, at once.
struct PeopleFile
{
    std::vector<PersonRecord> people;
    std::vector<Skipped> skipped;
    std::string readAs; // the text encoding the file was read in
};

// Reads all of a file in memory with the reader `open` makes for its text.
PeopleFile readAllPeople(std::string_view bytes,
                         const std::function<std::unique_ptr<PeopleSource>(TextSource &)> &open);

} // namespace rapport::interchange
