#pragma once

#include "core/json.h"

#include <string>
#include <vector>

namespace rapport::merge {

// Where a document keeps the stamp of each field's last edit: {"firstName": "<stamp>",
// "family/f1/name": "<stamp>"}. A field without one of its own takes its parent's.
inline constexpr const char *clocksField = "clocks";

// A value that lost against a newer edit of the same field on the other side. Nothing is
// dropped: the caller keeps it in a conflict document for the user to restore.
struct LostValue
{
    std::string path; // "firstName", "family/f1/name"
    Json kept; // null when the field was removed
    Json lost;
    std::string keptStamp; // empty when that side's edit carried no stamp
    std::string lostStamp;
};

struct MergeResult
{
    Json body;
    std::vector<LostValue> lost;
};

// The three-way merge of two conflicting bodies against their common ancestor `base` (null
// when that body is gone: then a two-way merge that keeps every value one side lacks and
// reports every difference it had to decide). Field by field, by the kinds in merge_rules.h:
// one side's change wins; sets and lists of items merge both sides' additions and removals;
// where both changed one value, the newer stamp wins (then the larger value, so that the
// outcome never depends on which side is called left). The result depends only on the three
// inputs, and not on their order: two devices resolving the same conflict get the same body.
MergeResult mergeBodies(const Json *base, const Json &left, const Json &right);

} // namespace rapport::merge
