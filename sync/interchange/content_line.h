#pragma once

#include <string>
#include <string_view>

namespace rapport::interchange {

// vCard (RFC 6350) and iCalendar (RFC 5545) write text the same way: backslash, comma,
// semicolon and line breaks escaped, lines folded at 75 octets with CRLF and a leading space.

std::string escapeText(std::string_view text);

// Appends one content line, folded, never inside a UTF-8 sequence.
void appendFolded(std::string &out, std::string_view line);

} // namespace rapport::interchange
