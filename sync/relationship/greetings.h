#pragma once

#include "core/json.h"

#include <string>
#include <string_view>

namespace rapport::relationship {

// A congratulation, ready to send: the words are the salesperson's to change, but a birthday
// remembered is worth more than a perfect sentence.
struct Greeting
{
    std::string subject;
    std::string message;
};

// "birthday" or "anniversary". The person's first name (their full name if that is all there
// is); no age, even when the year is known: not everybody likes to be reminded.
Greeting congratulation(const Json &contact, std::string_view kind);

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
