#include "card_rules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace rapport::cards {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        list.append(item.toString());
    }
    return list;
}

QSet<QString> lowerSet(const QJsonValue &value)
{
    QSet<QString> set;
    for (const QString &item : strings(value)) {
        set.insert(item.toLower());
    }
    return set;
}

} // namespace

CardRules CardRules::fromJson(const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    CardRules rules;
    rules.companySuffixes = strings(root.value(QLatin1String("companySuffixes")));
    std::stable_sort(rules.companySuffixes.begin(), rules.companySuffixes.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    rules.titleWords = lowerSet(root.value(QLatin1String("titleWords")));
    rules.namePrefixes = strings(root.value(QLatin1String("namePrefixes")));
    const QJsonObject labels = root.value(QLatin1String("phoneLabels")).toObject();
    for (auto label = labels.begin(); label != labels.end(); ++label) {
        for (const QString &word : strings(label.value())) {
            rules.phoneLabelOf.insert(word.toLower(), label.key());
        }
    }
    const QJsonObject mobiles = root.value(QLatin1String("mobilePrefixes")).toObject();
    for (auto country = mobiles.begin(); country != mobiles.end(); ++country) {
        rules.mobilePrefixes.insert(country.key(), strings(country.value()));
    }
    rules.emailLabels = lowerSet(root.value(QLatin1String("emailLabels")));
    rules.webLabels = lowerSet(root.value(QLatin1String("webLabels")));
    rules.webDomains = strings(root.value(QLatin1String("webDomains")));
    const QJsonObject countries = root.value(QLatin1String("countryByDomain")).toObject();
    for (auto domain = countries.begin(); domain != countries.end(); ++domain) {
        rules.countryByDomain.insert(domain.key(), domain.value().toString());
    }
    rules.streetWords = strings(root.value(QLatin1String("streetWords")));
    for (const QString &pattern : strings(root.value(QLatin1String("postcodeLines")))) {
        rules.postcodeLines.append(
            QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption));
    }
    return rules;
}

const CardRules &CardRules::standard()
{
    static const CardRules rules = [] {
        QFile file(QStringLiteral(":/rapport/cards/card_rules.json"));
        file.open(QIODevice::ReadOnly);
        return fromJson(file.readAll());
    }();
    return rules;
}

} // namespace rapport::cards
