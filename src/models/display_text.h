#pragma once

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
// "2026-11-25" -> "Wed 25 Nov"; "" -> "".
QString shortDate(const std::string &isoDate);
QDate date(const std::string &isoDate);
std::string isoDate(const QDate &date);

} // namespace display
