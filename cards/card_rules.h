#pragma once

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

// What the card reader knows about business cards: company suffixes, the words of job titles,
// phone labels, street words, postcode shapes. Kept as data in `card_rules.json` (compiled in)
// so that a new country's conventions are an entry there, not code.
namespace rapport::cards {

struct CardRules
{
    // Longest first, so that "GmbH & Co. KG" is found before "KG".
    QStringList companySuffixes;
    QSet<QString> titleWords; // lower case
    QStringList namePrefixes;
    QHash<QString, QString> phoneLabelOf; // "mobil" -> "mobile", lower case
    QHash<QString, QStringList> mobilePrefixes; // country code -> national prefixes
    QSet<QString> emailLabels;
    QSet<QString> webLabels;
    QStringList webDomains;
    QHash<QString, QString> countryByDomain; // "de" -> "49"
    QStringList streetWords;
    QList<QRegularExpression> postcodeLines;

    // The rules compiled into the library.
    static const CardRules &standard();
    // Rules from JSON of `card_rules.json`'s shape; empty rules where the text is not that.
    static CardRules fromJson(const QByteArray &json);
};

} // namespace rapport::cards
