#pragma once

#include "core/json.h"

#include <string_view>

namespace rapport::merge {

// How both sides' changes to one field combine.
enum class FieldKind {
    Value, // one value: a change on one side wins; changes on both: the newer edit wins and the
           // other value is kept in a conflict document
    Set, // a set of plain values: additions and removals from both sides
    Items, // a list of objects with an "id": merged item by item, each item field by field
    Whole, // a Value that is never merged member by member: a place's latitude and longitude
           // belong together, so one side's place wins whole (a mix would be neither's place)
};

// The kind of the field at `path` ("tags", "family/*/interests": an item's fields go under
// "*") of a document of `type`. Fields the table does not name (a newer app's, say) get the
// kind their values have: a list of objects with ids is Items, any other list is a Set, the
// rest are Values.
FieldKind fieldKind(std::string_view type, std::string_view path, const Json *base,
                    const Json *left, const Json *right);

} // namespace rapport::merge
