#include "relationship/greetings.h"

#include "core/fields.h"

namespace rapport::relationship {

std::string greetingId(std::string_view kind, int year)
{
    return std::string(kind) + "-" + std::to_string(year);
}

bool wasGreeted(const Json &contact, std::string_view kind, int year)
{
    auto greetings = contact.find("greetings");
    if (greetings == contact.end() || !greetings->is_array())
        return false;
    const auto id = greetingId(kind, year);
    for (const auto &greeting : *greetings)
        if (greeting.is_object() && stringMember(greeting, "id") == id)
            return true;
    return false;
}

Json withGreeting(Json contact, std::string_view kind, int year, std::string_view via,
                  std::string_view sentOn)
{
    if (wasGreeted(contact, kind, year))
        return contact;
    if (!contact.contains("greetings") || !contact["greetings"].is_array())
        contact["greetings"] = Json::array();
    contact["greetings"].push_back(Json {{"id", greetingId(kind, year)},
                                         {"kind", kind},
                                         {"year", year},
                                         {"sentOn", sentOn},
                                         {"via", via}});
    return contact;
}

} // namespace rapport::relationship
