#pragma once

#include "core/json.h"
#include "interchange/people_file.h"

#include <memory>
#include <string>
#include <string_view>

namespace rapport::interchange {

class TextSource;

// Reads vCards (3.0 and 4.0, and the 2.1 that older phones still write: quoted-printable,
// CHARSET, bare TYPE words) from a file's bytes. Each card becomes a person; a card without a
// person's name, a card that never ends, and a card larger than a megabyte are skipped, each
// with its reason. Photos and sounds are left out. The cards are read one at a time as the
// text comes: a file of any size is read in the memory of its largest card.
std::unique_ptr<PeopleSource> readVCards(TextSource &text);
// All the cards of a file in memory (a badge's QR code, a test's few cards).
PeopleFile readVCards(std::string_view bytes);

// One contact as a vCard 3.0 (what phones import most reliably), with CRLF line ends and lines
// folded at 75 octets. Rapport's own fields that vCard has no name for travel as X-RAPPORT-
// properties, so that a card exported and imported again keeps them.
std::string writeVCard(const std::string &id, const Json &contact, const std::string &company);

} // namespace rapport::interchange
