#include "notebook/display_name.h"

namespace rapport::notebook {

namespace {

std::string trimmedText(const Json &body, const char *key)
{
    auto found = body.find(key);
    if (found == body.end() || !found->is_string())
        return {};
    const auto &text = found->get_ref<const std::string &>();
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
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
