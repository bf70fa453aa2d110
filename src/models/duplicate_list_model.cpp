#include "models/duplicate_list_model.h"

#include "app/database_session.h"
#include "models/display_text.h"
#include "notebook/notebook_queries.h"

QList<QByteArray> DuplicateListModel::roles() const
{
    return {"documentId", "title", "detail"};
}

rapport::Result<PagedListModel::Page>
DuplicateListModel::readPage(const std::optional<rapport::PageKey> &after, int)
{
    if (after)
        return Page {};
    // One page: a review list of a few dozen at most.
    auto duplicates = session()->queries()->openDuplicates(1000);
    if (!duplicates)
        return duplicates.error();
    std::vector<Row> rows;
    for (const auto &pair : *duplicates)
        rows.push_back(
            Row {{display::text(pair.id),
                  tr("%1 and %2", "two people's names")
                      .arg(display::text(pair.firstName), display::text(pair.secondName)),
                  tr("Compare them, and merge or keep both")},
                 std::nullopt});
    return Page {std::move(rows), false};
}
