#pragma once

#include "core/json.h"

#include <string>
#include <string_view>

namespace rapport {

// The text of an object's string member; empty when it is missing or not a string.
std::string stringMember(const Json &object, const char *key);

// Text without the blanks (spaces, tabs, line breaks) at either end.
std::string trimmed(std::string_view text);

} // namespace rapport
