#include "notebook/index_fields.h"

#include "core/fields.h"

#include <algorithm>

namespace rapport::notebook {

namespace {

void appendStrings(const Json &value, std::string &out)
{
    if (value.is_string()) {
        out += value.get_ref<const std::string &>();
        out += '\n';
    } else if (value.is_structured()) {
        for (const auto &item : value)
            appendStrings(item, out);
    }
}

} // namespace

std::optional<std::string> optionalText(const Json &body, const char *key)
{
    auto found = body.find(key);
    if (found == body.end() || !found->is_string())
        return std::nullopt;
    return found->get<std::string>();
}

std::optional<std::int64_t> optionalInteger(const Json &body, const char *key)
{
    auto found = body.find(key);
    if (found == body.end() || !found->is_number_integer())
        return std::nullopt;
    return found->get<std::int64_t>();
}

bool flag(const Json &body, const char *key)
{
    auto found = body.find(key);
    return found != body.end() && found->is_boolean() && found->get<bool>();
}

bool listHolds(const Json &body, const char *key, const std::string &text)
{
    const auto found = body.find(key);
    return found != body.end() && found->is_array()
        && std::find(found->begin(), found->end(), Json(text)) != found->end();
}

std::string searchableText(const Json &body, std::initializer_list<const char *> keys)
{
    std::string out;
    for (const char *key : keys) {
        if (auto found = body.find(key); found != body.end())
            appendStrings(*found, out);
    }
    return out;
}

std::optional<std::string> monthDay(const std::optional<std::string> &date)
{
    if (!date || date->size() < 5)
        return std::nullopt;
    auto md = date->substr(date->size() - 5);
    if (md[2] != '-')
        return std::nullopt;
    return md;
}

// The forms two devices' entries of one person's address and number are compared in.
std::optional<std::string> normalisedEmail(const std::optional<std::string> &email)
{
    if (!email)
        return std::nullopt;
    std::string out = trimmed(*email);
    if (out.empty())
        return std::nullopt;
    for (char &c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a'); // ASCII only: the same in every locale
    return out;
}

std::optional<std::string> normalisedPhone(const std::optional<std::string> &phone)
{
    if (!phone)
        return std::nullopt;
    std::string out;
    for (char c : *phone)
        if (std::string_view(" -()/.").find(c) == std::string_view::npos)
            out.push_back(c);
    return out.size() >= 6 ? std::optional(out) : std::nullopt;
}

} // namespace rapport::notebook
