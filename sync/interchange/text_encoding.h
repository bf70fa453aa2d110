#pragma once

#include <string>
#include <string_view>

namespace rapport::interchange {

// A file's text as UTF-8, and how it was read. Address books leave phones and old PCs in more
// than one encoding: UTF-8 (with or without a byte order mark), UTF-16 from Windows, and
// Windows-1252 from older Outlook and Excel. A file that is not valid UTF-8 and carries no
// mark is read as Windows-1252, and the report says so, rather than refused or garbled.
struct DecodedText
{
    std::string utf8;
    std::string readAs; // "UTF-8", "UTF-16LE", "UTF-16BE" or "Windows-1252"
};

DecodedText decodeText(std::string_view bytes);

bool isValidUtf8(std::string_view text);

// One Windows-1252 byte string as UTF-8 (a vCard's CHARSET=ISO-8859-1 value, say).
std::string windows1252ToUtf8(std::string_view bytes);

// UTF-16 bytes as UTF-8; a lone surrogate becomes the replacement character.
std::string utf16ToUtf8(std::string_view bytes, bool bigEndian);

// How much of `bytes` ends on a whole UTF-8 character: all of it, unless its last few bytes
// begin a character that the next bytes of the file would finish.
std::size_t wholeUtf8Length(std::string_view bytes);

} // namespace rapport::interchange
