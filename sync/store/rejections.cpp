// The marks sync leaves on revisions the server refused, with the server's reason.
#include "store/sqlite.h"
#include "store/store.h"

namespace rapport {

Status Store::markRejected(const Rejection &rejection)
{
    auto state = existingState(rejection.id);
    if (!state)
        return state.error();
    auto query
        = m_db->prepare("INSERT INTO rejections(doc, rev, error, reason) VALUES (?, ?, ?, ?) "
                        "ON CONFLICT(doc, rev) DO UPDATE SET error = excluded.error, "
                        "reason = excluded.reason");
    if (!query)
        return query.error();
    return query->bind(1, state->doc)
        .bind(2, rejection.rev)
        .bind(3, rejection.error)
        .bind(4, rejection.reason)
        .run();
}

Result<std::vector<Rejection>> Store::rejections()
{
    auto query = m_db->prepare("SELECT d.id, x.rev, x.error, x.reason FROM rejections x "
                               "JOIN docs d ON d.doc = x.doc AND d.rev = x.rev ORDER BY d.id");
    if (!query)
        return query.error();
    std::vector<Rejection> found;
    while (true) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            return found;
        found.push_back(Rejection {query->text(0), query->text(1), query->text(2), query->text(3)});
    }
}

} // namespace rapport
