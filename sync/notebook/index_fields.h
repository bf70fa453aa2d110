#pragma once

#include "core/json.h"

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>

// Reading a document's fields for its index: a member of the wrong type counts as missing, as
// another client may write anything.
namespace rapport::notebook {

std::optional<std::string> optionalText(const Json &body, const char *key);
std::optional<std::int64_t> optionalInteger(const Json &body, const char *key);
bool flag(const Json &body, const char *key); // true only for a boolean true
// Whether the member is a list holding this text (a visit's contactIds naming a person).
bool listHolds(const Json &body, const char *key, const std::string &text);

// Every string inside the members named (arrays and nested objects included), one a line: a
// child's name and what the child collects are both things a salesperson searches by.
std::string searchableText(const Json &body, std::initializer_list<const char *> keys);

// "1984-02-29" or "--02-29" (no year known) -> "02-29": the key for "birthdays this week".
std::optional<std::string> monthDay(const std::optional<std::string> &date);

// The forms two devices' entries of one person's address and number are compared in:
// "Anna@X.de " -> "anna@x.de", "+49 (171) 234-5678" -> "+491712345678"; nothing if too short.
std::optional<std::string> normalisedEmail(const std::optional<std::string> &email);
std::optional<std::string> normalisedPhone(const std::optional<std::string> &phone);

} // namespace rapport::notebook
