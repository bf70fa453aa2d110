// Reading documents, revisions and the changes feed.
#include "store/sqlite.h"
#include "store/store.h"
#include "store/tuning.h"

#include <algorithm>

namespace rapport {

Error Store::notFound(std::string_view id, std::string_view what)
{
    return Error {Errc::NotFound, std::string(id) + ": " + std::string(what)};
}

Result<Document> Store::readRevision(std::string_view id, std::int64_t doc, const RevId &rev)
{
    auto query
        = m_db->prepare("SELECT deleted, body FROM revs WHERE doc = ? AND gen = ? AND hash = ?");
    if (!query)
        return query.error();
    auto row = query->bind(1, doc).bind(2, rev.gen).bind(3, rev.hash).step();
    if (!row)
        return row.error();
    if (!*row)
        return notFound(id, "no revision " + rev.str());
    if (query->isNull(1))
        return notFound(id, "the body of revision " + rev.str() + " is no longer kept");
    return revisionFromStored(std::string(id), rev.str(), query->integer(0) != 0,
                              query->textView(1));
}

Result<Document> Store::get(std::string_view id)
{
    if (isLocalId(id)) {
        auto body = getLocal(id);
        if (!body)
            return body.error();
        return Document {std::string(id), {}, false, std::move(*body)};
    }
    auto query = m_db->prepare("SELECT d.rev, d.deleted, r.body FROM docs d "
                               "JOIN revs r ON r.rid = d.winner WHERE d.id = ?");
    if (!query)
        return query.error();
    auto row = query->bind(1, id).step();
    if (!row)
        return row.error();
    if (!*row)
        return notFound(id, "missing");
    if (query->integer(1) != 0)
        return notFound(id, "deleted");
    return revisionFromStored(std::string(id), query->text(0), false, query->textView(2));
}

Result<Document> Store::getRevision(std::string_view id, std::string_view rev)
{
    auto parsed = RevId::parse(rev);
    if (!parsed)
        return Error {Errc::BadRequest, "not a revision id: " + std::string(rev)};
    auto state = existingState(id);
    if (!state)
        return state.error();
    return readRevision(id, state->doc, *parsed);
}

Result<std::vector<Document>> Store::getLeaves(std::string_view id)
{
    auto query = m_db->prepare("SELECT r.gen, r.hash, r.deleted, r.body FROM revs r "
                               "JOIN docs d ON d.doc = r.doc WHERE d.id = ? AND r.leaf = 1");
    if (!query)
        return query.error();
    query->bind(1, id);
    std::vector<std::pair<Leaf, Document>> leaves;
    auto read = sqlite::forEachRow(*query, [&](const sqlite::Query &row) -> Status {
        Leaf leaf {RevId {row.integer(0), row.text(1)}, row.integer(2) != 0};
        auto doc
            = revisionFromStored(std::string(id), leaf.rev.str(), leaf.deleted, row.textView(3));
        if (!doc)
            return doc.error();
        leaves.emplace_back(std::move(leaf), std::move(*doc));
        return {};
    });
    if (!read)
        return read.error();
    if (leaves.empty())
        return notFound(id, "missing");
    std::sort(leaves.begin(), leaves.end(),
              [](const auto &a, const auto &b) { return winsOver(a.first, b.first); });
    std::vector<Document> docs;
    for (auto &leaf : leaves)
        docs.push_back(std::move(leaf.second));
    return docs;
}

Result<std::vector<std::string>> Store::conflicts(std::string_view id)
{
    auto leaves = getLeaves(id);
    if (!leaves)
        return leaves.error();
    std::vector<std::string> revs;
    for (std::size_t i = 1; i < leaves->size(); ++i) {
        if (!(*leaves)[i].deleted)
            revs.push_back((*leaves)[i].rev);
    }
    return revs;
}

Result<std::vector<std::string>> Store::revisionHistory(std::string_view id, std::string_view rev)
{
    auto parsed = RevId::parse(rev);
    if (!parsed)
        return Error {Errc::BadRequest, "not a revision id: " + std::string(rev)};
    auto state = existingState(id);
    if (!state)
        return state.error();
    auto query = m_db->prepare(R"sql(
        WITH RECURSIVE chain(gen, hash, parent_hash) AS (
            SELECT gen, hash, parent_hash FROM revs WHERE doc = ?1 AND gen = ?2 AND hash = ?3
            UNION ALL
            SELECT r.gen, r.hash, r.parent_hash FROM revs r JOIN chain c
                ON r.doc = ?1 AND r.gen = c.gen - 1 AND r.hash = c.parent_hash
        )
        SELECT gen, hash FROM chain LIMIT ?4)sql");
    if (!query)
        return query.error();
    query->bind(1, state->doc)
        .bind(2, parsed->gen)
        .bind(3, parsed->hash)
        .bind(4, tuning::revsLimit);
    std::vector<std::string> history;
    auto read = sqlite::forEachRow(*query, [&history](const sqlite::Query &row) {
        history.push_back(RevId {row.integer(0), row.text(1)}.str());
    });
    if (!read)
        return read.error();
    if (history.empty())
        return notFound(id, "no revision " + std::string(rev));
    return history;
}

Status Store::setBaseRevision(std::string_view id, std::string_view rev)
{
    auto parsed = RevId::parse(rev);
    if (!parsed)
        return Error {Errc::BadRequest, "not a revision id: " + std::string(rev)};
    auto transaction = sqlite::Transaction::begin(*m_db);
    if (!transaction)
        return transaction.error();
    auto state = existingState(id);
    if (!state)
        return state.error();
    auto revision = readRevision(id, state->doc, *parsed);
    if (!revision)
        return revision.error();
    // The old base's body goes, unless it is still a leaf.
    if (state->baseRev && *state->baseRev != rev) {
        auto old = RevId::parse(*state->baseRev);
        auto prune = m_db->prepare(
            "UPDATE revs SET body = NULL WHERE doc = ? AND gen = ? AND hash = ? AND leaf = 0");
        if (!prune)
            return prune.error();
        if (auto pruned = prune->bind(1, state->doc).bind(2, old->gen).bind(3, old->hash).run();
            !pruned)
            return pruned;
    }
    if (auto updated = writeBase(state->doc, rev); !updated)
        return updated;
    return (*transaction)->commit();
}

Result<std::optional<std::string>> Store::baseRevision(std::string_view id)
{
    auto state = existingState(id);
    if (!state)
        return state.error();
    return state->baseRev;
}

Status Store::markSynced(std::string_view id, std::string_view rev)
{
    auto transaction = sqlite::Transaction::begin(*m_db);
    if (!transaction)
        return transaction.error();
    auto current
        = m_db->prepare("SELECT d.doc, d.base_rev FROM docs d WHERE d.id = ? AND d.rev = ? "
                        "AND (SELECT count(*) FROM revs r WHERE r.doc = d.doc AND r.leaf = 1) = 1");
    if (!current)
        return current.error();
    auto row = current->bind(1, id).bind(2, rev).step();
    if (!row)
        return row.error();
    if (!*row)
        return (*transaction)->commit();
    const auto doc = current->integer(0);
    const auto oldBase = current->isNull(1) ? std::optional<std::string>() : current->text(1);
    current->reset();
    if (oldBase == rev)
        return (*transaction)->commit();
    if (oldBase) { // the old base's body goes, unless it is still a leaf
        auto prune = m_db->prepare("UPDATE revs SET body = NULL "
                                   "WHERE doc = ? AND leaf = 0 AND gen || '-' || hash = ?");
        if (!prune)
            return prune.error();
        if (auto pruned = prune->bind(1, doc).bind(2, *oldBase).run(); !pruned)
            return pruned;
    }
    if (auto updated = writeBase(doc, rev); !updated)
        return updated;
    return (*transaction)->commit();
}

Result<ChangesPage> Store::changesSince(std::int64_t since, int limit)
{
    return readChanges(since, limit, false);
}

Result<ChangesPage> Store::unsyncedChangesSince(std::int64_t since, int limit)
{
    return readChanges(since, limit, true);
}

Result<ChangesPage> Store::readChanges(std::int64_t since, int limit, bool unsyncedOnly)
{
    limit = std::clamp(limit, 1, tuning::maxPageSize);
    // `synced`: the winner is the sync base and the only leaf.
    auto query = m_db->prepare(
        "SELECT doc, id, rev, deleted, seq, base_rev, base_rev IS rev AND NOT EXISTS "
        "(SELECT 1 FROM revs r WHERE r.doc = docs.doc AND r.leaf = 1 AND r.rid IS NOT docs.winner) "
        "AS synced FROM docs WHERE seq > ? ORDER BY seq LIMIT ?");
    auto leaves = m_db->prepare("SELECT gen, hash FROM revs WHERE doc = ? AND leaf = 1");
    if (!query)
        return query.error();
    if (!leaves)
        return leaves.error();
    ChangesPage page;
    page.lastSeq = since;
    query->bind(1, since).bind(2, limit);
    auto read = sqlite::forEachRow(*query, [&](const sqlite::Query &row) -> Status {
        ++page.rowsRead;
        page.lastSeq = row.integer(4);
        if (unsyncedOnly && row.integer(6) != 0)
            return {};
        Change change {row.integer(4), row.text(1), row.text(2), row.integer(3) != 0, {}, {}};
        if (!row.isNull(5))
            change.syncedRev = row.text(5);
        leaves->reset();
        leaves->bind(1, row.integer(0));
        auto leafRead = sqlite::forEachRow(*leaves, [&change](const sqlite::Query &leaf) {
            change.leafRevs.push_back(RevId {leaf.integer(0), leaf.text(1)}.str());
        });
        if (!leafRead)
            return leafRead;
        page.changes.push_back(std::move(change));
        return {};
    });
    if (!read)
        return read.error();
    return page;
}

Result<std::map<std::string, std::vector<std::string>>>
Store::missingRevisions(const std::map<std::string, std::vector<std::string>> &revisions)
{
    // A document not here lacks every revision offered: one look-up, not one per revision
    // (what an initial pull asks about is nearly all new).
    auto document = m_db->prepare("SELECT doc FROM docs WHERE id = ?");
    auto query = m_db->prepare("SELECT 1 FROM revs WHERE doc = ? AND gen = ? AND hash = ?");
    if (!document)
        return document.error();
    if (!query)
        return query.error();
    std::map<std::string, std::vector<std::string>> missing;
    for (const auto &[id, revs] : revisions) {
        // What was forgotten here is never asked for again.
        auto purged = wasPurged(id);
        if (!purged)
            return purged.error();
        if (*purged)
            continue;
        document->reset();
        auto found = document->bind(1, id).step();
        if (!found)
            return found.error();
        const bool here = *found;
        const std::int64_t doc = here ? document->integer(0) : 0;
        for (const auto &rev : revs) {
            auto parsed = RevId::parse(rev);
            if (!parsed)
                return Error {Errc::BadRequest, "not a revision id: " + rev};
            if (here) {
                query->reset();
                auto row = query->bind(1, doc).bind(2, parsed->gen).bind(3, parsed->hash).step();
                if (!row)
                    return row.error();
                if (*row)
                    continue;
            }
            missing[id].push_back(rev);
        }
    }
    return missing;
}

Result<std::int64_t> Store::lastSequence()
{
    auto query = m_db->prepare("SELECT coalesce(max(seq), 0) FROM docs");
    if (!query)
        return query.error();
    auto row = query->step();
    if (!row)
        return row.error();
    return query->integer(0);
}

} // namespace rapport
