#pragma once

#include "core/error.h"
#include "core/json.h"

#include <map>
#include <string>
#include <vector>

namespace rapport::merge {

class LocalEditor;

// A field on which two records of one person differ, as the review screen shows it.
struct FieldDifference
{
    std::string field;
    Json first; // null when the first record lacks it
    Json second;
    bool combined = false; // a set or a list of items: both sides are kept, nothing to choose
};

// The fields two contact records disagree on, in the first record's order, then the second's.
// Bookkeeping (type, schema, clocks, ids, greetings) is not compared.
std::vector<FieldDifference> differences(const Json &first, const Json &second);

enum class Side { First, Second };

// Makes two records of one person one, keeping `keep` (the id of either): each field takes the
// value of the side chosen for it (unchosen: the kept record's, or the other's where the kept
// one has none); sets (hobbies, tags, …) and lists of items (family, greetings) keep both
// sides'. Everything that named the other record (visits, follow-ups, leads, feedback) now
// names the kept one, the other record is deleted with `mergedInto` noted, the kept one lists
// it in `mergedFrom`, and the duplicate document is closed. One transaction.
Status mergeContacts(LocalEditor &editor, const std::string &duplicateId, const std::string &keep,
                     const std::map<std::string, Side> &choices);

// Not the same person: the duplicate document is closed and not raised again.
Status dismissDuplicate(LocalEditor &editor, const std::string &duplicateId);

} // namespace rapport::merge
