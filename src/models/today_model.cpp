#include "models/today_model.h"

#include "app/database_session.h"
#include "core/calendar_day.h"
#include "models/display_text.h"
#include "notebook/notebook_queries.h"
#include "relationship/greetings.h"
#include "store/store.h"

namespace {

// How many rows each section shows at most: Today is a glance, the full lists are a tap away.
constexpr int sectionLimit = 20;
constexpr int occasionDays = 7;
// A visit of the last two weeks that promised nothing gets its nudge; older ones are history.
constexpr int nudgeDays = 14;

QString sectionTitle(const QString &section)
{
    if (section == QLatin1String("visits"))
        return TodayModel::tr("Visits today");
    if (section == QLatin1String("followups"))
        return TodayModel::tr("Follow-ups due");
    if (section == QLatin1String("occasions"))
        return TodayModel::tr("Birthdays and anniversaries");
    if (section == QLatin1String("nudges"))
        return TodayModel::tr("Nothing promised yet");
    return TodayModel::tr("Gone quiet");
}

} // namespace

QList<QByteArray> TodayModel::roles() const
{
    return {"section",      "documentId",     "documentType", "title",      "detail",     "urgent",
            "sectionTitle", "firstInSection", "actions",      "actionData", "reminderKey"};
}

rapport::Result<PagedListModel::Page>
TodayModel::readPage(const std::optional<rapport::PageKey> &after, int)
{
    std::vector<Row> rows;
    if (after)
        return Page {};
    auto &queries = *session()->queries();
    const auto today = display::isoDate(session()->today());
    // Each row says which section it is in, and the first of a section carries its heading
    // (ListView's own sections need context properties, which bound delegates do not get).
    // `actions`: what a tap on the row's buttons does, [{action, label}], with `actionData`.
    // `occasion` names what the row is about once ("followup:<id>:<due>"): a reminder of it is
    // shown once per device (MorningDigest); none for what only Today shows.
    auto add
        = [&rows](const char *section, const std::string &id, const char *type,
                  const std::string &occasion, const QString &title, const QString &detail,
                  bool urgent, const QVariantList &actions = {}, const QString &actionData = {}) {
              const auto name = QString::fromLatin1(section);
              const bool first = rows.empty() || rows.back().values[0].toString() != name;
              rows.push_back(
                  Row {{name, display::text(id), QString::fromLatin1(type), title, detail, urgent,
                        sectionTitle(name), first, actions, actionData, display::text(occasion)},
                       std::nullopt});
          };
    auto action = [](Action offered, const QString &label) {
        return QVariantMap {{QStringLiteral("action"), static_cast<int>(offered)},
                            {QStringLiteral("label"), label}};
    };

    auto visits = queries.visitsOn(today);
    if (!visits)
        return visits.error();
    for (const auto &visit : *visits) {
        const auto title
            = visit.title.empty() ? display::text(visit.accountName) : display::text(visit.title);
        add("visits", visit.id, "visit", "visit:" + visit.id, title,
            display::text(visit.accountName), false);
    }

    auto due = queries.openFollowUpsDueBy(today, sectionLimit);
    if (!due)
        return due.error();
    for (const auto &followUp : *due) {
        const bool overdue = followUp.due < today;
        const auto since = display::shortDate(followUp.due);
        const auto account = display::text(followUp.accountName);
        const QString detail = account.isEmpty()
            ? (overdue ? tr("Overdue since %1").arg(since) : tr("Due today"))
            : (overdue ? tr("Overdue since %1 · %2").arg(since, account)
                       : tr("Due today · %1").arg(account));
        add("followups", followUp.id, "followup", "followup:" + followUp.id + ":" + followUp.due,
            display::text(followUp.title), detail, overdue,
            {action(Action::MarkDone, tr("Done", "a follow-up, ticked off"))});
    }

    auto occasions = queries.occasions(today, occasionDays);
    if (!occasions)
        return occasions.error();
    for (const auto &occasion : *occasions) {
        const auto date = display::nextOccurrence(occasion.monthDay, session()->today());
        const bool isToday = date == session()->today();
        const bool birthday = occasion.kind == "birthday";
        QString what = isToday ? (birthday ? tr("Birthday today") : tr("Anniversary today"))
                               : (birthday ? tr("Birthday %1", "%1: a weekday, day and month")
                                           : tr("Anniversary %1", "%1: a weekday, day and month"))
                                     .arg(display::dayAndMonth(date));
        const auto greetingId
            = rapport::relationship::greetingId(occasion.kind, date.isValid() ? date.year() : 0);
        QVariantList actions;
        const bool greeted
            = (QLatin1Char(' ') + QString::fromStdString(occasion.greetings) + QLatin1Char(' '))
                  .contains(QLatin1Char(' ') + QString::fromStdString(greetingId)
                            + QLatin1Char(' '));
        if (greeted) {
            what = tr("%1 · congratulated", "%1: birthday or anniversary today").arg(what);
        } else if (isToday) {
            // Only the ways this person can be reached; copying works for any other app.
            if (occasion.hasEmail)
                actions.append(action(Action::Email, tr("E-mail")));
            if (occasion.hasPhone)
                actions.append(action(Action::TextMessage, tr("Text", "send a text message")));
            actions.append(action(Action::Copy, tr("Copy")));
            what = tr("%1 · say congratulations", "%1: birthday or anniversary today").arg(what);
        }
        add("occasions", occasion.contactId, "contact",
            isToday ? greetingId + ":" + occasion.contactId : std::string(),
            display::text(occasion.displayName), what, false, actions,
            QString::fromStdString(greetingId));
    }

    auto nudges
        = queries.visitsWithoutFollowUp(rapport::addDays(today, -nudgeDays), today, sectionLimit);
    if (!nudges)
        return nudges.error();
    for (const auto &visit : *nudges) {
        const auto title = visit.title.empty()
            ? display::text(visit.accountName)
            : display::text(visit.accountName) + QStringLiteral(" · ") + display::text(visit.title);
        add("nudges", visit.id, "visit", {}, title,
            tr("Visited %1 · send them something useful").arg(display::shortDate(visit.date)),
            false,
            {action(Action::PlanFollowUp, tr("Plan a follow-up")),
             action(Action::NoFollowUpNeeded, tr("Nothing needed"))});
    }

    auto lapsed = queries.lapsedAccounts(today, sectionLimit);
    if (!lapsed)
        return lapsed.error();
    for (const auto &account : *lapsed) {
        add("lapsed", account.id, "account", "lapsed:" + account.id + ":" + account.lapsesOn,
            display::text(account.name),
            tr("Last visit %1 · ask them why it has been quiet")
                .arg(display::shortDate(account.lastVisit)),
            false);
    }
    return Page {std::move(rows), false};
}
