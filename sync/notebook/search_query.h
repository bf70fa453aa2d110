#pragma once

#include "core/error.h"

#include <string>
#include <string_view>

namespace rapport::sqlite {
class Database;
}

namespace rapport {

// The longest prefix the search index keeps (its prefix = '1 2 3').
inline constexpr std::size_t indexedPrefixLength = 3;

// Turns what a person typed into an FTS5 MATCH expression that means "every word": each word
// the index's own tokenizer finds in the input (so "O'Brien" is "o" and "brien", as the index
// holds it), the one still being typed (the last, with no space after it) and short ones as the
// start of a word, finished longer ones whole. The index keeps no word positions
// (detail=none), so the expression has no phrase: each word is a quoted term of its own, and
// FTS5 operators (AND, OR, NOT, NEAR, *, ^, column filters, parentheses) in the input are only
// ever text. A word being typed beyond the prefix indexes becomes the words the index holds that
// start with it ("cleanin": "cleaning"), each read lazily, newest first. An empty string when no
// document can match: the input has no word to look for, or no word in the index starts as the
// one being typed.
Result<std::string> ftsMatchExpression(sqlite::Database &db, std::string_view typed);

} // namespace rapport
