#pragma once

#include "core/error.h"

#include <string>

namespace rapport {
class Store;
}

namespace rapport::merge {

struct Resolution
{
    bool resolved = false; // the document had conflicting live leaves, and has one now
    int valuesKept = 0; // values that lost, each in a conflict document
    int deletionsRecorded = 0; // deletions that lost to an edit, each in a conflict document
};

// Resolves a document's conflict, if it has one, in one transaction: its live leaves are merged
// (mergeBodies, against each pair's common ancestor when its body is still kept) onto CouchDB's
// winning leaf, the other leaves are closed with tombstones, and every value that lost goes
// into a `conflict` document. A deletion that lost to an edit (the live leaf wins) is recorded
// the same way, and its deleted leaf closed. Revision ids come from the parent and the content
// alone, and the conflict documents' ids and bodies from what they record, so two devices that
// resolve the same conflict write the same revisions and no new conflict appears.
Result<Resolution> resolveConflict(Store &store, const std::string &id);

} // namespace rapport::merge
