#pragma once

#include <string>
#include <string_view>

namespace rapport {

// The longest prefix the search index keeps (its prefix = '1 2 3').
inline constexpr std::size_t indexedPrefixLength = 3;

// Turns what a person typed into an FTS5 MATCH expression that means "every word": the word
// still being typed (the last, with no space after it) and short words as the start of a word,
// finished longer words whole. Each word becomes a quoted string, so FTS5 operators (AND, OR,
// NOT, NEAR, *, ^, column filters, parentheses) in the input are only ever text.
// Returns an empty string when the input has no word to look for.
std::string ftsMatchExpression(std::string_view typed);

} // namespace rapport
