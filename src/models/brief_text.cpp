#include "models/brief_text.h"

#include "models/display_text.h"

#include <QLocale>

namespace display {

QStringList briefLines(const rapport::VisitBrief &brief, const QDate &today, bool forAccount)
{
    QStringList lines;
    const auto todayIso = display::isoDate(today);
    if (const auto &last = brief.lastVisit)
        lines.append(QStringLiteral("Last time, %1")
                         .arg(display::visitSummary(last->date, last->title, last->outcome)));
    for (const auto &promised : brief.promised) {
        QString line = QStringLiteral("You promised: %1").arg(display::text(promised.title));
        if (!promised.due.empty())
            line += promised.due < todayIso
                ? QStringLiteral(" (was due %1)").arg(display::shortDate(promised.due))
                : QStringLiteral(" (due %1)").arg(display::shortDate(promised.due));
        lines.append(line);
    }
    for (const auto &topic : brief.askAbout)
        lines.append(QStringLiteral("Ask about %1").arg(display::text(topic)));
    if (brief.lastFeedback) {
        const auto &said = *brief.lastFeedback;
        QString line = (forAccount ? QStringLiteral("They said (%1")
                                   : QStringLiteral("Their company said (%1"))
                           .arg(display::shortDate(said.date));
        if (said.score > 0)
            line += QStringLiteral(", %1 of 5").arg(said.score);
        line += QStringLiteral(")");
        if (!said.said.empty())
            line += QStringLiteral(": %1").arg(display::text(said.said));
        lines.append(line);
    }
    if (brief.comingUp) {
        const auto when = display::nextOccurrence(brief.comingUp->monthDay, today);
        const auto kind = brief.comingUp->kind == "birthday" ? QStringLiteral("Birthday")
                                                             : QStringLiteral("Anniversary");
        lines.append(QStringLiteral("%1 %2").arg(
            forAccount ? QStringLiteral("%1: %2").arg(display::text(brief.comingUp->displayName),
                                                      kind.toLower())
                       : kind,
            when.isValid() ? QLocale().toString(when, QStringLiteral("dddd d MMMM"))
                           : display::text(brief.comingUp->monthDay)));
    }
    return lines;
}

} // namespace display
