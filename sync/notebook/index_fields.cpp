#include "notebook/index_fields.h"

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

} // namespace rapport::notebook
