#include "notebook/record_fields.h"

#include "core/fields.h"
#include "interchange/personal_date.h"

#include <algorithm>
#include <charconv>

namespace rapport::notebook {

namespace {

Result<Json> wholeNumber(const std::string &text)
{
    std::int64_t value = 0;
    const auto [end, problem] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (problem != std::errc {} || end != text.data() + text.size() || value < 0)
        return Error {Errc::BadRequest, "“" + text + "” is not a whole number."};
    return Json(value);
}

Json list(std::string_view typed)
{
    auto items = Json::array();
    while (!typed.empty()) {
        const auto comma = typed.find(',');
        const auto item = trimmed(typed.substr(0, comma));
        if (!item.empty() && std::find(items.begin(), items.end(), item) == items.end())
            items.push_back(item);
        typed = comma == std::string_view::npos ? std::string_view() : typed.substr(comma + 1);
    }
    return items.empty() ? Json() : items;
}

Result<Json> personalDate(const std::string &text)
{
    // What a person types without the year ("02-29") is what a vCard writes as "--02-29".
    auto date = interchange::personalDate(text);
    if (!date)
        date = interchange::personalDate("--" + text);
    if (!date)
        return Error {Errc::BadRequest,
                      "“" + text
                          + "” is not a date. Type it as 1984-02-29, or 02-29 "
                            "without the year."};
    return Json(*date);
}

} // namespace

Result<Json> fieldFromTyped(FieldKind kind, std::string_view typed)
{
    const auto text = trimmed(typed);
    if (text.empty())
        return Json();
    switch (kind) {
    case FieldKind::Text:
        return Json(text);
    case FieldKind::WholeNumber:
        return wholeNumber(text);
    case FieldKind::List:
        return list(text);
    case FieldKind::PersonalDate:
        return personalDate(text);
    }
    return Error {Errc::Internal, "a field of no known kind"};
}

std::string typedFromField(FieldKind kind, const Json &value)
{
    switch (kind) {
    case FieldKind::Text:
        return value.is_string() ? value.get<std::string>() : std::string();
    case FieldKind::WholeNumber:
        return value.is_number_integer() ? std::to_string(value.get<std::int64_t>())
                                         : std::string();
    case FieldKind::List: {
        std::string joined;
        if (value.is_array())
            for (const auto &item : value)
                if (item.is_string())
                    joined += (joined.empty() ? "" : ", ") + item.get<std::string>();
        return joined;
    }
    case FieldKind::PersonalDate: {
        auto text = value.is_string() ? value.get<std::string>() : std::string();
        return text.starts_with("--") ? text.substr(2) : text;
    }
    }
    return {};
}

} // namespace rapport::notebook
