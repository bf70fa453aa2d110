#include "merge/conflict_resolver.h"

#include "core/md5.h"
#include "merge/hybrid_clock.h"
#include "merge/three_way_merge.h"
#include "store/store.h"

#include <optional>
#include <set>

namespace rapport::merge {

namespace {

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

// What lost, as the user will review it. Its id and body come from what it records only.
Document conflictDocument(const std::string &docId, const LostValue &lost)
{
    Json body {{"type", "conflict"},
               {"schema", 1},
               {"docId", docId},
               {"field", lost.path},
               {"kept", lost.kept},
               {"lost", lost.lost},
               {"keptStamp", lost.keptStamp},
               {"lostStamp", lost.lostStamp},
               {"keptDevice", deviceOf(lost.keptStamp)},
               {"lostDevice", deviceOf(lost.lostStamp)},
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

} // namespace

Result<Resolution> resolveConflict(Store &store, const std::string &id)
{
    auto leaves = store.getLeaves(id); // the winner first
    if (!leaves)
        return leaves.error();
    std::vector<Document> live;
    for (auto &leaf : *leaves)
        if (!leaf.deleted)
            live.push_back(std::move(leaf));
    Resolution resolution;
    if (live.size() < 2)
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

    auto written = store.writeBatch([&]() -> Status {
        for (std::size_t i = 1; i < live.size(); ++i) {
            if (auto closed = store.remove(id, live[i].rev); !closed)
                return closed.error();
        }
        if (nlohmann::json(merged) != nlohmann::json(winner.body)) {
            Document next {id, winner.rev, false, merged};
            if (auto put = store.put(next); !put)
                return put.error();
        }
        for (const auto &value : lost) {
            auto saved = store.put(conflictDocument(id, value));
            if (saved)
                ++resolution.valuesKept;
            else if (saved.error().code != Errc::Conflict) // recorded already: nothing to add
                return saved.error();
        }
        return {};
    });
    if (!written)
        return written.error();
    resolution.resolved = true;
    return resolution;
}

} // namespace rapport::merge
