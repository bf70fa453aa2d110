#pragma once

#include "core/error.h"

#include <cstdint>

namespace rapport {
class Store;
}

namespace rapport::merge {

// The same new person created offline on two devices arrives as two contacts with different
// ids: nothing to merge by revision, and not to be merged silently. Each pair of live contacts
// that look like one person (same e-mail, same phone, or same name in the same account), one of
// them changed since local sequence `since`, gets a `duplicate` document for the user to review.
// Its id and body come from the pair alone, so two devices that flag the same pair write the
// same document; one the user has dismissed is not raised again. Returns how many were new.
Result<int> flagLikelyDuplicates(Store &store, std::int64_t since);

} // namespace rapport::merge
