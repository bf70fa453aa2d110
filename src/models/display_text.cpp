#include "models/display_text.h"

#include "core/calendar_day.h"
#include "models/core_messages.h"

#include <QCoreApplication>
#include <QLocale>

namespace display {

QString buyingRole(const std::string &role)
{
    if (role == "decision_maker")
        return QCoreApplication::translate("Display", "Decision maker", "a buying role");
    if (role == "influencer")
        return QCoreApplication::translate("Display", "Influencer", "a buying role");
    if (role == "user")
        return QCoreApplication::translate("Display", "User", "a buying role");
    if (role == "order_processor")
        return QCoreApplication::translate("Display", "Order processor", "a buying role");
    if (role == "gatekeeper")
        return QCoreApplication::translate("Display", "Gatekeeper", "a buying role");
    return text(role);
}

QString buyingRoleInSentence(const std::string &role)
{
    // English writes a role in lower case inside a sentence; German keeps a noun's capital.
    if (role == "decision_maker")
        return QCoreApplication::translate("Display", "decision maker", "in a sentence");
    if (role == "influencer")
        return QCoreApplication::translate("Display", "influencer", "in a sentence");
    if (role == "user")
        return QCoreApplication::translate("Display", "user", "in a sentence");
    if (role == "order_processor")
        return QCoreApplication::translate("Display", "order processor", "in a sentence");
    if (role == "gatekeeper")
        return QCoreApplication::translate("Display", "gatekeeper", "in a sentence");
    return text(role);
}

QDate date(const std::string &isoDate)
{
    return QDate::fromString(text(isoDate.substr(0, 10)), Qt::ISODate);
}

QString shortDate(const std::string &isoDate)
{
    const auto parsed = date(isoDate);
    // The format is the language's: "Wed 25 Nov", "Mi., 25. Nov."
    return parsed.isValid() ? QLocale().toString(
               parsed,
               QCoreApplication::translate("Display", "ddd d MMM",
                                           "date format (QDate): short weekday, day, short month"))
                            : text(isoDate);
}

QString dayAndMonth(const QDate &date)
{
    return QLocale().toString(
        date,
        QCoreApplication::translate("Display", "dddd d MMMM",
                                    "date format (QDate): weekday, day and month"));
}

QString problem(const rapport::Error &error)
{
    switch (error.code) {
    case rapport::Errc::DiskFull:
        return QCoreApplication::translate("Display",
                                           "This device is full. Free some space, then try "
                                           "again: nothing you saved before is lost.");
    case rapport::Errc::Busy:
        return QCoreApplication::translate("Display",
                                           "The notebook is busy syncing. Try again in a moment.");
    case rapport::Errc::Io:
        return QCoreApplication::translate("Display",
                                           "The notebook could not be written (%1). Nothing "
                                           "you saved before is lost.")
            .arg(text(error.message));
    default:
        return translatedMessage(error.message);
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
        parts.append(QCoreApplication::translate("Display", "a visit"));
    return QCoreApplication::translate("Display", "%1: %2", "a date: what was done then")
        .arg(shortDate(date), parts.join(QStringLiteral(". ")));
}

std::string isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate).toStdString();
}

} // namespace display
