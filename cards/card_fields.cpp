#include "card_fields.h"

#include <QJsonArray>

namespace rapport::cards {

namespace {

QJsonValue valueJson(const ReadValue &value)
{
    if (value.isEmpty()) {
        return QJsonValue::Null;
    }
    return QJsonObject {{QStringLiteral("value"), value.text},
                        {QStringLiteral("confidence"), qRound(value.confidence * 100) / 100.0}};
}

} // namespace

bool CardFields::isEmpty() const
{
    return name.isEmpty() && title.isEmpty() && company.isEmpty() && emails.isEmpty()
        && phones.isEmpty() && web.isEmpty() && address.isEmpty();
}

QJsonObject CardFields::toJson() const
{
    QJsonArray emailList;
    for (const ReadValue &email : emails) {
        emailList.append(valueJson(email));
    }
    QJsonArray phoneList;
    for (const ReadPhone &phone : phones) {
        phoneList.append(
            QJsonObject {{QStringLiteral("value"), phone.number},
                         {QStringLiteral("label"), phone.label},
                         {QStringLiteral("confidence"), qRound(phone.confidence * 100) / 100.0}});
    }
    return QJsonObject {{QStringLiteral("name"), valueJson(name)},
                        {QStringLiteral("title"), valueJson(title)},
                        {QStringLiteral("company"), valueJson(company)},
                        {QStringLiteral("emails"), emailList},
                        {QStringLiteral("phones"), phoneList},
                        {QStringLiteral("web"), valueJson(web)},
                        {QStringLiteral("address"), valueJson(address)}};
}

} // namespace rapport::cards
