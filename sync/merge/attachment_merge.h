#pragma once

#include "store/attachment.h"

#include <string>
#include <utility>
#include <vector>

namespace rapport::merge {

struct AttachmentMerge
{
    Attachments merged;
    // Attachments both sides changed, each its own way: the one that did not win, by name.
    std::vector<std::pair<std::string, Attachment>> lost;
};

// Two leaves' attachments merged by name, as the body's items are: what one side added is kept,
// what one side removed (and the other left as it was) goes, and when both changed one name the
// later change wins (the higher revpos: the generation that changed it; `ours` on a tie) and the
// other is handed back as lost, for a conflict document to keep. Without a base (its body is no
// longer kept) every name either side has is kept.
AttachmentMerge mergeAttachments(const Attachments *base, const Attachments &ours,
                                 const Attachments &theirs);

} // namespace rapport::merge
