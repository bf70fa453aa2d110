#pragma once

#include "replicator/replicator.h"

namespace rapport::notebook {

// The notebook's step between pull and push. First the erasure records the pull brought are
// carried out (notebook/forget.h): a person another device forgot is forgotten here, with this
// device's edits of them, before anything is pushed. Then every document the pull left with more
// than one live leaf (or, at the first round, an earlier run left so) is merged here field by field
// (merge/conflict_resolver), so the push takes the merged revisions and the losing leaves'
// tombstones to the server; then contacts the pull changed that look like another person in
// the notebook are flagged for review (merge/duplicates).
replicator::AfterPull afterPull();

} // namespace rapport::notebook
