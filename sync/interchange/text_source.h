#pragma once

#include "core/error.h"

#include <istream>
#include <string>
#include <string_view>

namespace rapport::interchange {

enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

// "UTF-8", "UTF-16LE", "UTF-16BE" or "Windows-1252": how an import report names it.
std::string_view encodingName(TextEncoding encoding);

// Which encoding a file is in, told as decodeText tells it (text_encoding.h): by its byte order
// mark, else by whether all of it is valid UTF-8. This reads the stream to its end a piece at a
// time (a file of any size, in little memory) and puts it back where it was; a stream that
// cannot go back (a pipe) is an error.
Result<TextEncoding> detectEncoding(std::istream &in);

// A file's text as UTF-8, read and decoded a piece at a time: an address book of any size is
// never in memory whole. A byte order mark at the start is left out.
class TextSource
{
public:
    TextSource(std::istream &in, TextEncoding encoding);

    // How many bytes of the file are read at a time.
    static constexpr std::size_t pieceBytes = 256 * 1024;

    // Appends the next piece of the text to `out`; false, with nothing appended, at the end.
    // A piece never ends inside a character.
    bool read(std::string &out);
    // Text to be read again first: what a reader looked at to tell the file's kind.
    void putBack(std::string text) { m_putBack = std::move(text) + m_putBack; }

    // Set when the stream failed other than by ending (a disk that stopped answering).
    bool failed() const { return m_failed; }

private:
    std::istream &m_in;
    TextEncoding m_encoding;
    std::string m_putBack;
    std::string m_carry; // the bytes of a character the last piece broke off inside
    bool m_atStart = true;
    bool m_failed = false;
};

// The lines of a TextSource, one at a time without their line ends: "\r\n", "\n" and a lone "\r"
// each end one, as address books from every system write them.
class LineSource
{
public:
    explicit LineSource(TextSource &text) : m_text(text) { }

    // The next line, and its number (1 is the first); false at the end of the text.
    bool next(std::string &line);
    int number() const { return m_number; }

private:
    TextSource &m_text;
    std::string m_buffer;
    std::size_t m_at = 0;
    int m_number = 0;
    bool m_ended = false;
};

} // namespace rapport::interchange
