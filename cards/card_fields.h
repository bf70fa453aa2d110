#pragma once

#include <QJsonObject>
#include <QList>
#include <QRect>
#include <QString>

// What a business card says, as the card reader found it: each value with how sure the reader
// is of it (0 to 1: the recognizer's confidence in the text times the rule's in the field).
namespace rapport::cards {

struct ReadValue
{
    QString text;
    double confidence = 0;

    bool isEmpty() const { return text.isEmpty(); }
};

struct ReadPhone
{
    // Normalised: "+49301234567" where the country is known, else the digits as printed.
    QString number;
    // "mobile", "office", "fax", or "phone" where the card does not say and the number cannot.
    QString label;
    double confidence = 0;
};

struct CardFields
{
    ReadValue name;
    ReadValue title;
    ReadValue company;
    QList<ReadValue> emails;
    QList<ReadPhone> phones;
    ReadValue web;
    // The street and the town as one line: "Hafenstraße 12, 20457 Hamburg".
    ReadValue address;

    bool isEmpty() const;
    // The shape `rapport-cli read-card` prints: {"name": {"value": ..., "confidence": ...}, ...}.
    QJsonObject toJson() const;
};

// One line of text as the recognizer read it, where it sits on the prepared picture, and how
// sure it is of it (0 to 1).
struct TextLine
{
    QString text;
    double confidence = 0;
    QRect box;
};

} // namespace rapport::cards
