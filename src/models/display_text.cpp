#include "models/display_text.h"

#include "core/calendar_day.h"

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

QString problem(const rapport::Error &error)
{
    switch (error.code) {
    case rapport::Errc::DiskFull:
        return QStringLiteral("This device is full. Free some space, then try again: nothing you "
                              "saved before is lost.");
    case rapport::Errc::Busy:
        return QStringLiteral("The notebook is busy syncing. Try again in a moment.");
    case rapport::Errc::Io:
        return QStringLiteral("The notebook could not be written (%1). Nothing you saved before "
                              "is lost.")
            .arg(text(error.message));
    default:
        return text(error.message);
    }
}

QDate nextOccurrence(const std::string &monthDay, const QDate &today)
{
    const auto date = rapport::parseMonthDay(monthDay);
    const auto from = rapport::CalendarDay::of(today.year(), today.month(), today.day());
    if (!date || !from)
        return {};
    const auto next = rapport::nextAnniversary(*date, *from);
    return QDate(next.year(), next.month(), next.day());
}

QString visitSummary(const std::string &date, const std::string &title, const std::string &outcome)
{
    QStringList parts;
    for (const auto *part : {&title, &outcome})
        if (!part->empty())
            parts.append(text(*part));
    if (parts.isEmpty())
        parts.append(QStringLiteral("a visit"));
    return QStringLiteral("%1: %2").arg(shortDate(date), parts.join(QStringLiteral(". ")));
}

std::string isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate).toStdString();
}

} // namespace display
