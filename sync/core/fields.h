#pragma once

#include "core/json.h"

#include <string>
#include <string_view>

namespace rapport {

// The text of an object's string member; empty when it is missing or not a string.
std::string stringMember(const Json &object, const char *key);

// The same without a copy: the member's text, or null when it is missing or not a string.
const std::string *findString(const Json &object, const char *key);

// An object's member, or null when there is no object (null) or no such member.
const Json *findMember(const Json *object, const std::string &key);

// Text without the blanks (spaces, tabs, line breaks) at either end.
std::string trimmed(std::string_view text);

} // namespace rapport
