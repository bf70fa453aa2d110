#include "models/display_text.h"

#include <QLocale>

namespace display {

QString buyingRole(const std::string &role)
{
    if (role == "decision_maker")
        return QStringLiteral("Decision maker");
    if (role == "influencer")
        return QStringLiteral("Influencer");
    if (role == "user")
        return QStringLiteral("User");
    if (role == "order_processor")
        return QStringLiteral("Order processor");
    if (role == "gatekeeper")
        return QStringLiteral("Gatekeeper");
    return text(role);
}

QDate date(const std::string &isoDate)
{
    return QDate::fromString(text(isoDate.substr(0, 10)), Qt::ISODate);
}

QString shortDate(const std::string &isoDate)
{
    const auto parsed = date(isoDate);
    return parsed.isValid() ? QLocale().toString(parsed, QStringLiteral("ddd d MMM"))
                            : text(isoDate);
}

std::string isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate).toStdString();
}

} // namespace display
