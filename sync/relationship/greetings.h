#pragma once

#include "core/json.h"

#include <string>
#include <string_view>

namespace rapport::relationship {

// Congratulations sent, recorded on the person so that every device knows: the words are the
// app's (GreetingWords, in the person's language), the record is here.

// The id of the greeting for an occasion in a year: "birthday-2026".
std::string greetingId(std::string_view kind, int year);

// Whether the contact's `greetings` list records this one as sent.
bool wasGreeted(const Json &contact, std::string_view kind, int year);

// The contact with the greeting recorded: {id, kind, year, sentOn, via} added to its
// `greetings`, a list of items by id, so that two devices that both record one merge cleanly.
// Recording the same greeting again changes nothing.
Json withGreeting(Json contact, std::string_view kind, int year, std::string_view via,
                  std::string_view sentOn);

} // namespace rapport::relationship
