#include "core/fields.h"

namespace rapport {

std::string stringMember(const Json &object, const char *key)
{
    if (!object.is_object())
        return {};
    auto found = object.find(key);
    return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

const std::string *findString(const Json &object, const char *key)
{
    if (!object.is_object())
        return nullptr;
    auto found = object.find(key);
    return found != object.end() && found->is_string() ? &found->get_ref<const std::string &>()
                                                       : nullptr;
}

const Json *findMember(const Json *object, const std::string &key)
{
    if (!object || !object->is_object())
        return nullptr;
    auto found = object->find(key);
    return found == object->end() ? nullptr : &*found;
}

std::string trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

} // namespace rapport
