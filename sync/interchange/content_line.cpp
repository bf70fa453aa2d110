#include "interchange/content_line.h"

namespace rapport::interchange {

std::string escapeText(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case ',':
            out += "\\,";
            break;
        case ';':
            out += "\\;";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            break;
        default:
            out += c;
        }
    }
    return out;
}

void appendFolded(std::string &out, std::string_view line)
{
    std::size_t room = 75; // the first line's; a continuation's leading space takes one
    while (line.size() > room) {
        std::size_t cut = room;
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
            --cut;
        out += line.substr(0, cut);
        out += "\r\n ";
        line.remove_prefix(cut);
        room = 74;
    }
    out += line;
    out += "\r\n";
}

} // namespace rapport::interchange
