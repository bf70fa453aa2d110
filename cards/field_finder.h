#pragma once

#include "card_fields.h"
#include "card_rules.h"

// From the lines of text on a business card to its fields: which line is the name, which the
// company, the title, the e-mail addresses, the phone numbers with their labels, the web site
// and the address. By the shapes of the text (an e-mail's @, a phone's digits, "GmbH"), the
// rules' words, and where a line sits and how large it is printed (a card's name is usually
// its largest line that is no company).
namespace rapport::cards {

CardFields findFields(const QList<TextLine> &lines, const CardRules &rules = CardRules::standard());

// A phone number as printed on a card, normalised: "+49 (0)30 123 456-78" -> "+493012345678";
// a national number ("030 1234567") takes `countryCode` where one is known.
QString normalisedPhone(const QString &printed, const QString &countryCode);

// A name as an e-mail address writes it: letters and digits only, lower case, umlauts spelt
// out, accents taken off: "Jürgen Weiß-Łukasz" -> "juergenweisslukasz".
QString asciiFolded(const QString &text);

} // namespace rapport::cards
