#include "notebook/display_name.h"

#include "core/fields.h"

namespace rapport::notebook {

namespace {

std::string trimmedText(const Json &body, const char *key)
{
    return trimmed(stringMember(body, key));
}

} // namespace

std::string personName(const Json &fields)
{
    if (!fields.is_object())
        return {};
    const auto first = trimmedText(fields, "firstName");
    const auto last = trimmedText(fields, "lastName");
    if (!first.empty() && !last.empty())
        return first + " " + last;
    if (!first.empty() || !last.empty())
        return first + last;
    return trimmedText(fields, "name");
}

std::string displayName(const Json &body)
{
    if (!body.is_object())
        return {};
    if (auto person = personName(body); !person.empty())
        return person;
    return trimmedText(body, "title");
}

} // namespace rapport::notebook
