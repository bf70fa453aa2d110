#include "merge/conflict_resolver.h"

#include "core/md5.h"
#include "merge/attachment_merge.h"
#include "merge/hybrid_clock.h"
#include "merge/three_way_merge.h"
#include "store/store.h"

#include <optional>
#include <set>

namespace rapport::merge {

namespace {

constexpr const char *closedByField = "closedBy";

// The newest revision both leaves descend from, if the store still keeps its body.
Result<std::optional<Document>> commonAncestor(Store &store, const std::string &id,
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
            return std::optional<Document>(std::move(*ancestor));
        if (ancestor.error().code != Errc::NotFound)
            return ancestor.error();
        break; // the common ancestor's body is gone: merge two-way
    }
    return std::optional<Document>();
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

// An attachment both sides changed, the one that lost, for the user to see and restore: the
// conflict document carries it, so its bytes are kept as long as the record is.
Document attachmentConflictDocument(const std::string &docId, const std::string &name,
                                    const Attachment &lost, const Attachment &kept)
{
    Document doc;
    doc.id = "conflict-" + md5Hex(docId + "\nattachment\n" + name + "\n" + lost.digest);
    doc.body = Json {{"type", "conflict"},  {"schema", 1},     {"kind", "attachment"},
                     {"docId", docId},      {"field", name},   {"kept", kept.digest},
                     {"lost", lost.digest}, {"status", "open"}};
    doc.attachments.emplace(name, lost);
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
    Attachments mergedAttachments = winner.attachments;
    std::vector<LostValue> lost;
    std::vector<Document> lostAttachments;
    for (std::size_t i = 1; i < live.size(); ++i) {
        auto base = commonAncestor(store, id, winner.rev, live[i].rev);
        if (!base)
            return base.error();
        auto result = mergeBodies(*base ? &(*base)->body : nullptr, merged, live[i].body);
        merged = std::move(result.body);
        std::move(result.lost.begin(), result.lost.end(), std::back_inserter(lost));
        auto files = mergeAttachments(*base ? &(*base)->attachments : nullptr, mergedAttachments,
                                      live[i].attachments);
        mergedAttachments = std::move(files.merged);
        for (const auto &[name, attachment] : files.lost)
            lostAttachments.push_back(
                attachmentConflictDocument(id, name, attachment, mergedAttachments.at(name)));
    }

    const auto keep = [&](const Document &record) -> Status {
        auto saved = store.put(record);
        if (saved || saved.error().code == Errc::Conflict) // recorded already: nothing to add
            return {};
        return saved.error();
    };
    auto written = store.writeBatch([&]() -> Status {
        // The merge is written before the losing leaves are closed: closing a leaf drops its
        // body, and with it its hold on attachments' bytes that the merge keeps.
        for (const auto &record : lostAttachments) {
            if (auto kept = keep(record); !kept)
                return kept;
        }
        if (nlohmann::json(merged) != nlohmann::json(winner.body)
            || mergedAttachments != winner.attachments) {
            Document next {id, winner.rev, false, merged, mergedAttachments};
            if (auto put = store.put(next); !put)
                return put.error();
        }
        for (const auto &value : lost) {
            if (auto kept = keep(conflictDocument(id, value)); !kept)
                return kept;
        }
        for (std::size_t i = 1; i < live.size(); ++i) {
            if (auto closed = store.put(closingTombstone(id, live[i].rev)); !closed)
                return closed.error();
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
    resolution.valuesKept = static_cast<int>(lost.size() + lostAttachments.size());
    resolution.deletionsRecorded = static_cast<int>(unrecordedDeletions.size());
    return resolution;
}

} // namespace rapport::merge
