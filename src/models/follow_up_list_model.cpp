#include "models/follow_up_list_model.h"

#include "app/database_session.h"
#include "models/display_text.h"
#include "notebook/notebook_queries.h"

void FollowUpListModel::setShowDone(bool showDone)
{
    if (showDone == m_showDone)
        return;
    m_showDone = showDone;
    emit showDoneChanged();
    reload();
}

QList<QByteArray> FollowUpListModel::roles() const
{
    return {"documentId", "title", "detail", "overdue", "done"};
}

rapport::Result<PagedListModel::Page>
FollowUpListModel::readPage(const std::optional<rapport::PageKey> &after, int limit)
{
    auto followUps = session()->queries()->followUps(
        m_showDone ? rapport::FollowUpState::Done : rapport::FollowUpState::Open, after, limit);
    if (!followUps)
        return followUps.error();
    const auto today = display::isoDate(session()->today());
    std::vector<Row> rows;
    for (const auto &followUp : *followUps) {
        const bool overdue = !followUp.done && !followUp.due.empty() && followUp.due < today;
        QString detail = followUp.due.empty()
            ? QStringLiteral("No due date")
            : QStringLiteral("Due %1").arg(display::shortDate(followUp.due));
        if (!followUp.accountName.empty())
            detail += QStringLiteral(" · ") + display::text(followUp.accountName);
        rows.push_back(Row {{display::text(followUp.id), display::text(followUp.title), detail,
                             overdue, followUp.done},
                            followUp.key});
    }
    return pageOf(std::move(rows), limit);
}
