#include "notebook/search_query.h"

#include <cctype>

namespace rapport {

namespace {

// FTS5's unicode61 tokenizer splits on everything but letters and digits. A word made only of
// punctuation would become an empty phrase, which FTS5 rejects, so such words are dropped.
// Any non-ASCII byte counts as a letter: the tokenizer decides what it is.
bool hasWordCharacter(std::string_view word)
{
    for (char c : word) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 || std::isalnum(byte))
            return true;
    }
    return false;
}

std::size_t characterCount(std::string_view word)
{
    std::size_t count = 0;
    for (char c : word)
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80; // skip UTF-8 continuation bytes
    return count;
}

} // namespace

std::string ftsMatchExpression(std::string_view typed)
{
    std::string expression;
    std::size_t pos = 0;
    while (pos < typed.size()) {
        while (pos < typed.size() && std::isspace(static_cast<unsigned char>(typed[pos])))
            ++pos;
        std::size_t end = pos;
        while (end < typed.size() && !std::isspace(static_cast<unsigned char>(typed[end])))
            ++end;
        const auto word = typed.substr(pos, end - pos);
        const bool stillTyping = end == typed.size();
        pos = end;
        if (word.empty() || !hasWordCharacter(word))
            continue;
        if (!expression.empty())
            expression += ' ';
        expression += '"';
        for (char c : word) {
            if (c == '"')
                expression += '"';
            expression += c;
        }
        expression += '"';
        // The word being typed matches as a prefix. A finished word (a space came after it)
        // matches whole, unless it is short enough for the prefix indexes: a prefix query
        // beyond them reads a common word's entire list of rows before returning any.
        if (stillTyping || characterCount(word) <= indexedPrefixLength)
            expression += '*';
    }
    return expression;
}

} // namespace rapport
