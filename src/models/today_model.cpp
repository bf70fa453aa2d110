#include "models/today_model.h"

#include "app/database_session.h"
#include "models/display_text.h"
#include "store/notebook_queries.h"

namespace {

// How many rows each section shows at most: Today is a glance, the full lists are a tap away.
constexpr int sectionLimit = 20;
constexpr int occasionDays = 7;

} // namespace

QList<QByteArray> TodayModel::roles() const
{
    return {"section", "documentId", "documentType", "title", "detail", "urgent"};
}

rapport::Result<PagedListModel::Page>
TodayModel::readPage(const std::optional<rapport::PageKey> &after, int)
{
    std::vector<Row> rows;
    if (after)
        return Page {};
    auto &queries = *session()->queries();
    const auto today = display::isoDate(session()->today());
    auto add = [&rows](const char *section, const std::string &id, const char *type,
                       const QString &title, const QString &detail, bool urgent) {
        rows.push_back(Row {{QString::fromLatin1(section), display::text(id),
                             QString::fromLatin1(type), title, detail, urgent},
                            std::nullopt});
    };

    auto visits = queries.visitsOn(today);
    if (!visits)
        return visits.error();
    for (const auto &visit : *visits) {
        const auto title
            = visit.title.empty() ? display::text(visit.accountName) : display::text(visit.title);
        add("visits", visit.id, "visit", title, display::text(visit.accountName), false);
    }

    auto due = queries.openFollowUpsDueBy(today, sectionLimit);
    if (!due)
        return due.error();
    for (const auto &followUp : *due) {
        const bool overdue = followUp.due < today;
        QString detail = overdue
            ? QStringLiteral("Overdue since %1").arg(display::shortDate(followUp.due))
            : QStringLiteral("Due today");
        if (!followUp.accountName.empty())
            detail += QStringLiteral(" · ") + display::text(followUp.accountName);
        add("followups", followUp.id, "followup", display::text(followUp.title), detail, overdue);
    }

    auto occasions = queries.occasions(today, occasionDays);
    if (!occasions)
        return occasions.error();
    for (const auto &occasion : *occasions) {
        const bool isToday = occasion.monthDay == today.substr(5);
        const auto when = isToday ? QStringLiteral("today")
                                  : QStringLiteral("on %1").arg(display::text(occasion.monthDay));
        const auto what = occasion.kind == "birthday" ? QStringLiteral("Birthday %1").arg(when)
                                                      : QStringLiteral("Anniversary %1").arg(when);
        add("occasions", occasion.contactId, "contact", display::text(occasion.displayName), what,
            isToday);
    }

    auto lapsed = queries.lapsedAccounts(today, sectionLimit);
    if (!lapsed)
        return lapsed.error();
    for (const auto &account : *lapsed) {
        add("lapsed", account.id, "account", display::text(account.name),
            QStringLiteral("Last visit %1 · ask them why it has been quiet")
                .arg(display::shortDate(account.lastVisit)),
            false);
    }
    return Page {std::move(rows), false};
}
