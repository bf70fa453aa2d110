// _local/ documents: replication checkpoints and per-device settings. They never enter the
// changes feed and keep no history; their rev is "0-N" as in CouchDB.
#include "store/sqlite.h"
#include "store/store.h"

namespace rapport {

Result<Json> Store::getLocal(std::string_view id)
{
    auto query = m_db->prepare("SELECT body FROM local_docs WHERE id = ?");
    if (!query)
        return query.error();
    auto row = query->bind(1, id).step();
    if (!row)
        return row.error();
    if (!*row)
        return Error {Errc::NotFound, std::string(id) + ": missing"};
    return parseStoredBody(query->textView(0), id);
}

Result<PutResult> Store::putLocal(std::string_view id, const Json &body)
{
    if (!isLocalId(id) || id.size() == 7)
        return Error {Errc::BadRequest,
                      "a local document id starts with _local/ and names something"};
    auto text = serializeBody(id, body);
    if (!text)
        return text.error();
    auto query = m_db->prepare("INSERT INTO local_docs(id, rev, body) VALUES (?1, '0-1', ?2) "
                               "ON CONFLICT(id) DO UPDATE SET body = ?2, "
                               "rev = '0-' || (CAST(substr(rev, 3) AS INTEGER) + 1) RETURNING rev");
    if (!query)
        return query.error();
    auto row = query->bind(1, id).bind(2, *text).step();
    if (!row)
        return row.error();
    PutResult result {std::string(id), query->text(0)};
    if (auto done = query->step(); !done)
        return done.error();
    return result;
}

Status Store::removeLocal(std::string_view id)
{
    auto query = m_db->prepare("DELETE FROM local_docs WHERE id = ?");
    if (!query)
        return query.error();
    if (auto removed = query->bind(1, id).run(); !removed)
        return removed;
    if (m_db->changes() == 0)
        return Error {Errc::NotFound, std::string(id) + ": missing"};
    return {};
}

} // namespace rapport
