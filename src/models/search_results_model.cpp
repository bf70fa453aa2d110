#include "models/search_results_model.h"

#include "app/database_session.h"
#include "models/display_text.h"
#include "notebook/notebook_queries.h"

namespace {

// Results shown for one query: a person scans a screenful, then types another letter.
constexpr int resultLimit = 50;

QString typeLabel(const std::string &type)
{
    if (type == "account")
        return SearchResultsModel::tr("Account", "a kind of record");
    if (type == "contact")
        return SearchResultsModel::tr("Person", "a kind of record");
    if (type == "visit")
        return SearchResultsModel::tr("Visit", "a kind of record");
    if (type == "followup")
        return SearchResultsModel::tr("Follow-up", "a kind of record");
    if (type == "lead")
        return SearchResultsModel::tr("Lead", "a kind of record");
    if (type == "feedback")
        return SearchResultsModel::tr("Feedback", "a kind of record");
    return display::text(type);
}

} // namespace

void SearchResultsModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    emit textChanged();
    reload();
}

QList<QByteArray> SearchResultsModel::roles() const
{
    return {"documentId", "documentType", "title", "typeLabel"};
}

rapport::Result<PagedListModel::Page>
SearchResultsModel::readPage(const std::optional<rapport::PageKey> &after, int)
{
    std::vector<Row> rows;
    if (after || m_text.trimmed().isEmpty())
        return Page {};
    auto hits = session()->queries()->search(m_text.toStdString(), resultLimit);
    if (!hits)
        return hits.error();
    for (const auto &hit : *hits) {
        const auto title = hit.title.empty() ? typeLabel(hit.type) : display::text(hit.title);
        rows.push_back(
            Row {{display::text(hit.id), display::text(hit.type), title, typeLabel(hit.type)},
                 std::nullopt});
    }
    return Page {std::move(rows), false};
}
