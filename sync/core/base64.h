#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace rapport {

// Standard base64 (RFC 4648, with padding), as CouchDB writes attachments' data and digests.
std::string base64Encoded(std::string_view bytes);
// The bytes, or nothing when `text` is not base64 (a wrong length or letter).
std::optional<std::string> base64Decoded(std::string_view text);

} // namespace rapport
