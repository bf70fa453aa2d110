#include "models/account_feedback_model.h"

#include "app/database_session.h"
#include "models/display_text.h"
#include "notebook/notebook_queries.h"

QList<QByteArray> AccountFeedbackModel::roles() const
{
    return {"documentId", "title", "detail"};
}

rapport::Result<PagedListModel::Page>
AccountFeedbackModel::readPage(const std::optional<rapport::PageKey> &after, int)
{
    if (after || accountId().isEmpty())
        return Page {};
    auto feedback
        = session()->queries()->feedbackOfAccount(accountId().toStdString(), historyLimit);
    if (!feedback)
        return feedback.error();
    std::vector<Row> rows;
    for (const auto &said : *feedback) {
        const auto title = said.said.empty() ? tr("Feedback") : display::text(said.said);
        QStringList detail {display::shortDate(said.date)};
        if (said.score > 0)
            detail.append(tr("expectations met %1 of 5").arg(said.score));
        if (!said.needsNext.empty())
            detail.append(
                tr("next: %1", "what they might need next").arg(display::text(said.needsNext)));
        rows.push_back(Row {{display::text(said.id), title, detail.join(QStringLiteral(" · "))},
                            std::nullopt});
    }
    return Page {std::move(rows), false};
}
