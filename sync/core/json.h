#pragma once

#include <nlohmann/json.hpp>

namespace rapport {

// Documents keep their members in the order they arrived, so that what a newer app (or
// another client) wrote comes back as it was written.
using Json = nlohmann::ordered_json;

} // namespace rapport
