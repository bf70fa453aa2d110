#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

namespace rapport {

// Documents keep their members in the order they arrived, so that what a newer app (or
// another client) wrote comes back as it was written.
using Json = nlohmann::ordered_json;

// A scan of the raw text, before any parser builds (and later copies and destroys, recursively)
// a value nested deeper than `limit`: 100,000 levels of brackets would overflow the stack.
bool nestingExceeds(std::string_view text, int limit);

} // namespace rapport
