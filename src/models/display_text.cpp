#include "models/display_text.h"

#include "core/calendar_day.h"
#include "models/core_messages.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace display {

namespace {

// A buying role's words: as a label, and inside a sentence (English writes it in lower case
// there; German keeps a noun's capital).
struct Words
{
    const char *source;
    const char *comment;
};
struct RoleWords
{
    const char *role;
    Words label;
    Words inSentence;
};
constexpr RoleWords roleWords[] {
    {"decision_maker", QT_TRANSLATE_NOOP3("Display", "Decision maker", "a buying role"),
     QT_TRANSLATE_NOOP3("Display", "decision maker", "in a sentence")},
    {"influencer", QT_TRANSLATE_NOOP3("Display", "Influencer", "a buying role"),
     QT_TRANSLATE_NOOP3("Display", "influencer", "in a sentence")},
    {"user", QT_TRANSLATE_NOOP3("Display", "User", "a buying role"),
     QT_TRANSLATE_NOOP3("Display", "user", "in a sentence")},
    {"order_processor", QT_TRANSLATE_NOOP3("Display", "Order processor", "a buying role"),
     QT_TRANSLATE_NOOP3("Display", "order processor", "in a sentence")},
    {"gatekeeper", QT_TRANSLATE_NOOP3("Display", "Gatekeeper", "a buying role"),
     QT_TRANSLATE_NOOP3("Display", "gatekeeper", "in a sentence")},
};

const RoleWords *wordsOf(const std::string &role)
{
    for (const auto &words : roleWords)
        if (role == words.role)
            return &words;
    return nullptr;
}

} // namespace

QString buyingRole(const std::string &role)
{
    const auto *words = wordsOf(role);
    return words ? QCoreApplication::translate("Display", words->label.source, words->label.comment)
                 : text(role);
}

QString buyingRoleInSentence(const std::string &role)
{
    const auto *words = wordsOf(role);
    return words ? QCoreApplication::translate("Display", words->inSentence.source,
                                               words->inSentence.comment)
                 : text(role);
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

QString distance(double metres)
{
    const QLocale locale;
    if (metres < 1000) // to ten metres: a phone knows no better
        return QCoreApplication::translate("Display", "%1 m", "metres")
            .arg(locale.toString(std::max(10, static_cast<int>(std::lround(metres / 10) * 10))));
    if (metres < 10'000)
        return QCoreApplication::translate("Display", "%1 km", "kilometres")
            .arg(locale.toString(metres / 1000, 'f', 1));
    return QCoreApplication::translate("Display", "%1 km", "kilometres")
        .arg(locale.toString(static_cast<qlonglong>(std::llround(metres / 1000))));
}

QString compassDirection(int point)
{
    static const char *const directions[]
        = {QT_TRANSLATE_NOOP("Display", "north"), QT_TRANSLATE_NOOP("Display", "north-east"),
           QT_TRANSLATE_NOOP("Display", "east"),  QT_TRANSLATE_NOOP("Display", "south-east"),
           QT_TRANSLATE_NOOP("Display", "south"), QT_TRANSLATE_NOOP("Display", "south-west"),
           QT_TRANSLATE_NOOP("Display", "west"),  QT_TRANSLATE_NOOP("Display", "north-west")};
    return QCoreApplication::translate("Display", directions[((point % 8) + 8) % 8]);
}

} // namespace display
