#pragma once

#include <string>
#include <string_view>

namespace rapport {

// A new document's id: its type, a dash and 128 random bits in hex ("contact-3f9c…"). Random,
// not counted, so that two devices creating documents offline never pick the same id.
std::string newDocumentId(std::string_view type);

} // namespace rapport
