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
        const auto account = display::text(followUp.accountName);
        const auto due = display::shortDate(followUp.due);
        const QString detail = account.isEmpty()
            ? (followUp.due.empty() ? tr("No due date") : tr("Due %1").arg(due))
            : (followUp.due.empty() ? tr("No due date · %1").arg(account)
                                    : tr("Due %1 · %2").arg(due, account));
        rows.push_back(Row {{display::text(followUp.id), display::text(followUp.title), detail,
                             overdue, followUp.done},
                            followUp.key});
    }
    return pageOf(std::move(rows), limit);
}
