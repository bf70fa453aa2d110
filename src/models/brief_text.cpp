#include "models/brief_text.h"

#include "models/display_text.h"

#include <QCoreApplication>

namespace display {

QStringList briefLines(const rapport::VisitBrief &brief, const QDate &today, bool forAccount)
{
    QStringList lines;
    const auto todayIso = display::isoDate(today);
    if (const auto &last = brief.lastVisit)
        lines.append(
            QCoreApplication::translate("Brief", "Last time, %1", "%1: date: what was done")
                .arg(display::visitSummary(last->date, last->title, last->outcome)));
    for (const auto &promised : brief.promised) {
        const auto what = display::text(promised.title);
        const auto due = display::shortDate(promised.due);
        lines.append(
            promised.due.empty()
                ? QCoreApplication::translate("Brief", "You promised: %1").arg(what)
                : promised.due < todayIso
                ? QCoreApplication::translate("Brief", "You promised: %1 (was due %2)")
                      .arg(what, due)
                : QCoreApplication::translate("Brief", "You promised: %1 (due %2)").arg(what, due));
    }
    for (const auto &topic : brief.askAbout)
        lines.append(
            QCoreApplication::translate("Brief", "Ask about %1").arg(display::text(topic)));
    if (brief.lastFeedback) {
        const auto &said = *brief.lastFeedback;
        const auto when = said.score > 0
            ? QCoreApplication::translate("Brief", "%1, %2 of 5", "a date, a score out of 5")
                  .arg(display::shortDate(said.date))
                  .arg(said.score)
            : display::shortDate(said.date);
        const auto words = display::text(said.said);
        lines.append(
            forAccount
                ? (words.isEmpty()
                       ? QCoreApplication::translate("Brief", "They said (%1)").arg(when)
                       : QCoreApplication::translate("Brief", "They said (%1): %2")
                             .arg(when, words))
                : (words.isEmpty()
                       ? QCoreApplication::translate("Brief", "Their company said (%1)").arg(when)
                       : QCoreApplication::translate("Brief", "Their company said (%1): %2")
                             .arg(when, words)));
    }
    if (brief.comingUp) {
        const auto date = display::nextOccurrence(brief.comingUp->monthDay, today);
        const auto when
            = date.isValid() ? display::dayAndMonth(date) : display::text(brief.comingUp->monthDay);
        const bool birthday = brief.comingUp->kind == "birthday";
        const auto name = display::text(brief.comingUp->displayName);
        lines.append(forAccount
                         ? (birthday
                                ? QCoreApplication::translate("Brief", "%1: birthday %2",
                                                              "a person, a weekday, day and month")
                                : QCoreApplication::translate("Brief", "%1: anniversary %2",
                                                              "a person, a weekday, day and month"))
                               .arg(name, when)
                         : (birthday ? QCoreApplication::translate("Brief", "Birthday %1",
                                                                   "%1: a weekday, day and month")
                                     : QCoreApplication::translate("Brief", "Anniversary %1",
                                                                   "%1: a weekday, day and month"))
                               .arg(when));
    }
    return lines;
}

} // namespace display
