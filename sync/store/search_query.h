#pragma once

#include <string>
#include <string_view>

namespace rapport {

// Turns what a person typed into an FTS5 MATCH expression that means "every word, each as a
// word or the start of one". Each word becomes a quoted string, so FTS5 operators (AND, OR,
// NOT, NEAR, *, ^, column filters, parentheses) in the input are only ever text.
// Returns an empty string when the input has no word to look for.
std::string ftsMatchExpression(std::string_view typed);

} // namespace rapport
