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
    // From the few refusals to their documents: CROSS JOIN keeps that order, where SQLite
    // chose to walk every document in id order (for the ORDER BY) and look each one up.
    auto query = m_db->prepare("SELECT d.id, x.rev, x.error, x.reason FROM rejections x "
                               "CROSS JOIN docs d ON d.doc = x.doc AND d.rev = x.rev "
                               "ORDER BY d.id");
    if (!query)
        return query.error();
    std::vector<Rejection> found;
    auto read = sqlite::forEachRow(*query, [&found](const sqlite::Query &row) {
        found.push_back(Rejection {row.text(0), row.text(1), row.text(2), row.text(3)});
    });
    if (!read)
        return read.error();
    return found;
}

} // namespace rapport
