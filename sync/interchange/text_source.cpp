#include "interchange/text_source.h"

#include "interchange/text_encoding.h"

#include <array>

namespace rapport::interchange {

namespace {

constexpr std::size_t pieceBytes = TextSource::pieceBytes;
constexpr std::string_view utf8Mark = "\xEF\xBB\xBF";

// Reads up to a piece of the stream's bytes onto the end of `bytes`; false at the end.
bool readPiece(std::istream &in, std::string &bytes)
{
    std::array<char, pieceBytes> piece;
    in.read(piece.data(), piece.size());
    const auto got = static_cast<std::size_t>(in.gcount());
    bytes.append(piece.data(), got);
    return got > 0;
}

} // namespace

std::string_view encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return "UTF-8";
    case TextEncoding::Utf16LE:
        return "UTF-16LE";
    case TextEncoding::Utf16BE:
        return "UTF-16BE";
    case TextEncoding::Windows1252:
        break;
    }
    return "Windows-1252";
}

Result<TextEncoding> detectEncoding(std::istream &in)
{
    const auto start = in.tellg();
    if (start < 0)
        return Error {Errc::Io, "the file cannot be read from its start again"};
    std::string bytes;
    readPiece(in, bytes);
    auto encoding = TextEncoding::Utf8;
    if (bytes.starts_with("\xFF\xFE"))
        encoding = TextEncoding::Utf16LE;
    else if (bytes.starts_with("\xFE\xFF"))
        encoding = TextEncoding::Utf16BE;
    else if (bytes.starts_with(utf8Mark))
        bytes.erase(0, utf8Mark.size());
    // UTF-8 (with a mark or without) until a piece shows it is not; a character a piece breaks
    // off inside is checked whole with the next piece.
    while (encoding == TextEncoding::Utf8) {
        const bool more = in.good();
        const auto whole = more ? wholeUtf8Length(bytes) : bytes.size();
        if (!isValidUtf8(std::string_view(bytes).substr(0, whole)))
            encoding = TextEncoding::Windows1252;
        bytes.erase(0, whole);
        if (!more || !readPiece(in, bytes))
            break;
    }
    if (encoding == TextEncoding::Utf8 && !isValidUtf8(bytes))
        encoding = TextEncoding::Windows1252; // the file ends inside a character
    if (in.bad())
        return Error {Errc::Io, "the file could not be read to its end"};
    in.clear();
    in.seekg(start);
    if (!in)
        return Error {Errc::Io, "the file cannot be read from its start again"};
    return encoding;
}

TextSource::TextSource(std::istream &in, TextEncoding encoding) : m_in(in), m_encoding(encoding) { }

bool TextSource::read(std::string &out)
{
    if (!m_putBack.empty()) {
        out += m_putBack;
        m_putBack.clear();
        return true;
    }
    std::string bytes = std::move(m_carry);
    m_carry.clear();
    const bool more = readPiece(m_in, bytes) && m_in.good();
    m_failed = m_failed || m_in.bad();
    if (std::exchange(m_atStart, false)) {
        const bool utf16
            = m_encoding == TextEncoding::Utf16LE || m_encoding == TextEncoding::Utf16BE;
        if (utf16 && (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")))
            bytes.erase(0, 2);
        else if (!utf16 && bytes.starts_with(utf8Mark))
            bytes.erase(0, utf8Mark.size());
    }
    if (bytes.empty())
        return false;
    // What stays for the next piece: the start of a character this one broke off inside.
    std::size_t whole = bytes.size();
    switch (m_encoding) {
    case TextEncoding::Utf8:
        if (more)
            whole = wholeUtf8Length(bytes);
        out.append(bytes, 0, whole);
        break;
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE: {
        const bool bigEndian = m_encoding == TextEncoding::Utf16BE;
        whole = bytes.size() & ~std::size_t {1};
        if (more && whole >= 2) {
            const auto a = static_cast<unsigned char>(bytes[whole - 2]);
            const auto b = static_cast<unsigned char>(bytes[whole - 1]);
            const unsigned last = bigEndian ? (a << 8 | b) : (b << 8 | a);
            if (last >= 0xD800 && last < 0xDC00)
                whole -= 2; // the first half of a surrogate pair
        }
        if (!more)
            whole = bytes.size(); // an odd byte at the very end is dropped by the decoder
        out += utf16ToUtf8(std::string_view(bytes).substr(0, whole), bigEndian);
        break;
    }
    case TextEncoding::Windows1252:
        out += windows1252ToUtf8(bytes);
        break;
    }
    if (more)
        m_carry.assign(bytes, whole);
    return true;
}

bool LineSource::next(std::string &line)
{
    for (;;) {
        const auto end = m_buffer.find_first_of("\r\n", m_at);
        // A "\r" at the end of what is here may be the first half of "\r\n".
        const bool known = end != std::string::npos
            && (m_buffer[end] == '\n' || end + 1 < m_buffer.size() || m_ended);
        if (known) {
            line.assign(m_buffer, m_at, end - m_at);
            m_at = end + 1;
            if (m_buffer[end] == '\r' && m_at < m_buffer.size() && m_buffer[m_at] == '\n')
                ++m_at;
            ++m_number;
            return true;
        }
        if (m_ended) {
            if (m_at >= m_buffer.size())
                return false;
            line.assign(m_buffer, m_at);
            m_at = m_buffer.size();
            ++m_number;
            return true;
        }
        m_buffer.erase(0, m_at);
        m_at = 0;
        m_ended = !m_text.read(m_buffer);
    }
}

} // namespace rapport::interchange
