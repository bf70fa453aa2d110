#include "merge/attachment_merge.h"

#include <optional>
#include <set>

namespace rapport::merge {

namespace {

std::optional<Attachment> named(const Attachments *attachments, const std::string &name)
{
    if (!attachments)
        return std::nullopt;
    auto found = attachments->find(name);
    return found == attachments->end() ? std::nullopt : std::optional(found->second);
}

// The same file: the same bytes (a revpos differs when one side re-attached the same photo).
bool sameFile(const std::optional<Attachment> &a, const std::optional<Attachment> &b)
{
    return a.has_value() == b.has_value() && (!a || a->digest == b->digest);
}

} // namespace

AttachmentMerge mergeAttachments(const Attachments *base, const Attachments &ours,
                                 const Attachments &theirs)
{
    AttachmentMerge result;
    std::set<std::string> names;
    for (const auto *side : {&ours, &theirs})
        for (const auto &[name, attachment] : *side)
            names.insert(name);
    for (const auto &name : names) {
        const auto mine = named(&ours, name);
        const auto other = named(&theirs, name);
        std::optional<Attachment> kept;
        if (sameFile(mine, other)) {
            kept = mine;
        } else if (!base) {
            // Two-way: nothing says which side removed it, so nothing is removed.
            kept = mine ? mine : other;
            if (mine && other) {
                const bool otherLater = other->revpos > mine->revpos;
                kept = otherLater ? other : mine;
                result.lost.emplace_back(name, otherLater ? *mine : *other);
            }
        } else {
            const auto original = named(base, name);
            if (sameFile(mine, original)) {
                kept = other; // only theirs changed it: added, replaced or removed
            } else if (sameFile(other, original)) {
                kept = mine;
            } else if (mine && other) {
                const bool otherLater = other->revpos > mine->revpos;
                kept = otherLater ? other : mine;
                result.lost.emplace_back(name, otherLater ? *mine : *other);
            } else {
                // One side removed it, the other changed it: the change is newer than the
                // removal's reason, so it stays.
                kept = mine ? mine : other;
            }
        }
        if (kept)
            result.merged.emplace(name, *kept);
    }
    return result;
}

} // namespace rapport::merge
