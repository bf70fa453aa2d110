#include "models/account_visits_model.h"

#include "app/database_session.h"
#include "models/display_text.h"
#include "notebook/notebook_queries.h"

QList<QByteArray> AccountVisitsModel::roles() const
{
    return {"documentId", "date", "title", "outcome", "planned"};
}

rapport::Result<PagedListModel::Page>
AccountVisitsModel::readPage(const std::optional<rapport::PageKey> &after, int)
{
    if (after || accountId().isEmpty())
        return Page {};
    auto visits = session()->queries()->visitsOfAccount(accountId().toStdString(), historyLimit);
    if (!visits)
        return visits.error();
    std::vector<Row> rows;
    for (const auto &visit : *visits) {
        const auto title = visit.title.empty() ? tr("Visit", "a visit without a subject")
                                               : display::text(visit.title);
        rows.push_back(Row {{display::text(visit.id), display::shortDate(visit.date), title,
                             display::text(visit.outcome), visit.planned},
                            std::nullopt});
    }
    return Page {std::move(rows), false};
}
