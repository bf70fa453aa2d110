#pragma once

#include "core/json.h"

#include <QCoreApplication>
#include <QString>

// The words of a congratulation, ready to send: in the language the person's profile names
// ("German", "Deutsch", "de"; the first one named) when there is a catalogue for it, else in
// the app's. The person's first name (their full name if that is all there is); no age, even
// when the year is known: not everybody likes to be reminded.
class GreetingWords
{
    Q_DECLARE_TR_FUNCTIONS(GreetingWords)

public:
    QString subject;
    QString message;

    // kind: "birthday" or "anniversary".
    static GreetingWords forContact(const rapport::Json &contact, const std::string &kind);
};
