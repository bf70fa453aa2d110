#pragma once

#include "core/error.h"

#include <QDate>
#include <QString>
#include <string>

// How the notebook's stored values read on screen, in one place.
namespace display {

inline QString text(const std::string &value)
{
    return QString::fromStdString(value);
}

// "decision_maker" -> "Decision maker"; unknown roles (from a newer app) read as stored.
QString buyingRole(const std::string &role);
// The same inside a sentence: "Ask Jonas (influencer) who does."
QString buyingRoleInSentence(const std::string &role);
// "2026-11-25" -> "Wed 25 Nov" ("Mi., 25. Nov." in German); "" -> "".
QString shortDate(const std::string &isoDate);
// "Friday 27 November" ("Freitag, 27. November").
QString dayAndMonth(const QDate &date);
QDate date(const std::string &isoDate);
// What went wrong, as the person reads it: a full disk or a busy database in plain words (and
// what to do); otherwise the engine's own message, which already names the document or field.
QString problem(const rapport::Error &error);
std::string isoDate(const QDate &date);
// The next day, from `today` on, that a birthday or anniversary ("MM-DD") falls on: this year's,
// or next year's once it has passed; 29 February in a year without it falls on the 28th.
QDate nextOccurrence(const std::string &monthDay, const QDate &today);
// "Tue 3 Nov: Oven trial. Wants a quote." — a visit as a line to read before the next one.
QString visitSummary(const std::string &date, const std::string &title, const std::string &outcome);

// A straight-line distance: "40 m", "800 m", "5.2 km", "42 km" (in the language's numbers).
QString distance(double metres);
// Which way, of eight: 0 "north", 1 "north-east", ... 7 "north-west".
QString compassDirection(int point);

} // namespace display
