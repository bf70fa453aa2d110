#include "interchange/badge.h"

#include "core/fields.h"
#include "interchange/vcard.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace rapport::interchange {

namespace {

bool startsWithNoCase(std::string_view text, std::string_view prefix)
{
    return text.size() >= prefix.size()
        && std::equal(prefix.begin(), prefix.end(), text.begin(), [](char a, char b) {
               return std::toupper(static_cast<unsigned char>(a))
                   == std::toupper(static_cast<unsigned char>(b));
           });
}

// MECARD fields end at an unescaped ';'; a backslash escapes ';', ':', ',' and itself.
std::vector<std::string> mecardFields(std::string_view body)
{
    std::vector<std::string> fields(1);
    for (std::size_t i = 0; i < body.size(); ++i) {
        if (body[i] == '\\' && i + 1 < body.size())
            fields.back() += body[++i];
        else if (body[i] == ';')
            fields.emplace_back();
        else
            fields.back() += body[i];
    }
    return fields;
}

std::optional<PersonRecord> readMecard(std::string_view text)
{
    PersonRecord person;
    person.where = "the badge";
    auto &fields = person.fields;
    for (const auto &field : mecardFields(text.substr(7))) {
        const auto colon = field.find(':');
        if (colon == std::string::npos)
            continue;
        std::string key = field.substr(0, colon);
        std::transform(key.begin(), key.end(), key.begin(),
                       [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
        const auto value = trimmed(field.substr(colon + 1));
        if (value.empty())
            continue;
        if (key == "N") {
            // "Last,First"; a name without a comma is taken as it is written.
            const auto comma = value.find(',');
            if (comma == std::string::npos) {
                const auto space = value.rfind(' ');
                if (space == std::string::npos) {
                    fields["firstName"] = value;
                } else {
                    fields["firstName"] = trimmed(value.substr(0, space));
                    fields["lastName"] = trimmed(value.substr(space + 1));
                }
            } else {
                if (!trimmed(value.substr(0, comma)).empty())
                    fields["lastName"] = trimmed(value.substr(0, comma));
                if (!trimmed(value.substr(comma + 1)).empty())
                    fields["firstName"] = trimmed(value.substr(comma + 1));
            }
        } else if (key == "ORG") {
            person.company = value;
        } else if (key == "EMAIL" && !fields.contains("email")) {
            fields["email"] = value;
        } else if (key == "TEL" && !fields.contains("phone")) {
            fields["phone"] = value;
        } else if (key == "TITLE") {
            fields["title"] = value;
        } else if (key == "NOTE") {
            fields["notes"] = value;
        } else if (key == "URL") {
            fields["website"] = value;
        }
    }
    if (!fields.contains("firstName") && !fields.contains("lastName"))
        return std::nullopt;
    return person;
}

} // namespace

std::optional<PersonRecord> readBadge(std::string_view text)
{
    const auto start = text.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos)
        return std::nullopt;
    text.remove_prefix(start);
    if (startsWithNoCase(text, "MECARD:"))
        return readMecard(text);
    if (startsWithNoCase(text, "BEGIN:VCARD")) {
        auto file = readVCards(text);
        if (file.people.empty())
            return std::nullopt;
        return std::move(file.people.front());
    }
    return std::nullopt;
}

} // namespace rapport::interchange
