#include "merge/conflict_resolver.h"

#include "core/md5.h"
#include "merge/hybrid_clock.h"
#include "merge/three_way_merge.h"
#include "store/store.h"

#include <optional>
#include <set>

namespace rapport::merge {

namespace {

constexpr const char *closedByField = "closedBy";

// The body of the newest revision both leaves descend from, if the store still keeps it.
Result<std::optional<Json>> commonAncestorBody(Store &store, const std::string &id,
                                               const std::string &left, const std::string &right)
{
    auto leftHistory = store.revisionHistory(id, left);
    if (!leftHistory)
        return leftHistory.error();
    auto rightHistory = store.revisionHistory(id, right);
    if (!rightHistory)
        return rightHistory.error();
    const std::set<std::string> onRight(rightHistory->begin(), rightHistory->end());
    for (const auto &rev : *leftHistory) {
        if (!onRight.contains(rev))
            continue;
        auto ancestor = store.getRevision(id, rev);
        if (ancestor)
            return std::optional<Json>(ancestor->body);
        if (ancestor.error().code != Errc::NotFound)
            return ancestor.error();
        break; // the common ancestor's body is gone: merge two-way
    }
    return std::optional<Json>();
}

std::string deviceOf(const std::string &stamp)
{
    auto parsed = Stamp::parse(stamp);
    return parsed ? parsed->device : std::string();
}

// When the edit was made, in milliseconds since the epoch (null when it carried no stamp).
Json timeOf(const std::string &stamp)
{
    auto parsed = Stamp::parse(stamp);
    return parsed ? Json(parsed->millis) : Json();
}

// What lost, as the user will review it. Its id and body come from what it records only.
Document conflictDocument(const std::string &docId, const LostValue &lost)
{
    Json body {{"type", "conflict"},
               {"schema", 1},
               {"kind", "value"},
               {"docId", docId},
               {"field", lost.path},
               {"kept", lost.kept},
               {"lost", lost.lost},
               {"keptStamp", lost.keptStamp},
               {"lostStamp", lost.lostStamp},
               {"keptDevice", deviceOf(lost.keptStamp)},
               {"lostDevice", deviceOf(lost.lostStamp)},
               {"keptAt", timeOf(lost.keptStamp)},
               {"lostAt", timeOf(lost.lostStamp)},
               {"status", "open"}};
    Document doc;
    // Everything it records names it: the same loss recorded on two devices is one document,
    // and two different records never collide into a conflict of their own.
    doc.id = "conflict-"
        + md5Hex(docId + "\n" + lost.path + "\n" + nlohmann::json(lost.lost).dump() + "\n"
                 + lost.lostStamp + "\n" + nlohmann::json(lost.kept).dump() + "\n"
                 + lost.keptStamp);
    doc.body = std::move(body);
    return doc;
}

// A tombstone on a leaf the merge has taken care of. Its body says so, which tells it apart from
// a person's deletion; being the same everywhere, it gives the same revision on every device.
Document closingTombstone(const std::string &id, const std::string &leaf)
{
    return Document {id, leaf, true, Json {{closedByField, "merge"}}};
}

// A deletion that lost to an edit made elsewhere, for the user to see (and redo if meant).
Document deletionRecord(const std::string &docId, const std::string &deletedRev,
                        const std::string &keptRev)
{
    Document doc;
    doc.id = "conflict-" + md5Hex(docId + "\ndeleted\n" + deletedRev);
    doc.body = Json {{"type", "conflict"}, {"schema", 1},        {"kind", "deletion"},
                     {"docId", docId},     {"field", ""},        {"kept", "edited"},
                     {"lost", "deleted"},  {"keptRev", keptRev}, {"lostRev", deletedRev},
                     {"status", "open"}};
    return doc;
}

} // namespace

Result<Resolution> resolveConflict(Store &store, const std::string &id)
{
    auto leaves = store.getLeaves(id); // the winner first
    if (!leaves)
        return leaves.error();
    std::vector<Document> live;
    std::vector<Document> unrecordedDeletions;
    for (auto &leaf : *leaves) {
        if (!leaf.deleted)
            live.push_back(std::move(leaf));
        else if (!leaf.body.contains(closedByField))
            unrecordedDeletions.push_back(std::move(leaf));
    }
    Resolution resolution;
    // A deleted document has nothing to keep; a single live leaf alone has nothing to merge.
    if (live.empty() || (live.size() < 2 && unrecordedDeletions.empty()))
        return resolution;

    const Document &winner = live.front();
    Json merged = winner.body;
    std::vector<LostValue> lost;
    for (std::size_t i = 1; i < live.size(); ++i) {
        auto base = commonAncestorBody(store, id, winner.rev, live[i].rev);
        if (!base)
            return base.error();
        auto result = mergeBodies(*base ? &**base : nullptr, merged, live[i].body);
        merged = std::move(result.body);
        std::move(result.lost.begin(), result.lost.end(), std::back_inserter(lost));
    }

    const auto keep = [&](const Document &record) -> Status {
        auto saved = store.put(record);
        if (saved || saved.error().code == Errc::Conflict) // recorded already: nothing to add
            return {};
        return saved.error();
    };
    auto written = store.writeBatch([&]() -> Status {
        for (std::size_t i = 1; i < live.size(); ++i) {
            if (auto closed = store.put(closingTombstone(id, live[i].rev)); !closed)
                return closed.error();
        }
        if (nlohmann::json(merged) != nlohmann::json(winner.body)) {
            Document next {id, winner.rev, false, merged};
            if (auto put = store.put(next); !put)
                return put.error();
        }
        for (const auto &value : lost) {
            if (auto kept = keep(conflictDocument(id, value)); !kept)
                return kept;
        }
        // Edit against delete: the edit won (a live leaf beats a deleted one), the document
        // stays, and the deletion is written down; then that deleted leaf is closed too.
        for (const auto &deletion : unrecordedDeletions) {
            if (auto kept = keep(deletionRecord(id, deletion.rev, winner.rev)); !kept)
                return kept;
            if (auto closed = store.put(closingTombstone(id, deletion.rev)); !closed)
                return closed.error();
        }
        return {};
    });
    if (!written)
        return written.error();
    resolution.resolved = live.size() > 1;
    resolution.valuesKept = static_cast<int>(lost.size());
    resolution.deletionsRecorded = static_cast<int>(unrecordedDeletions.size());
    return resolution;
}

} // namespace rapport::merge
