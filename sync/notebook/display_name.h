#pragma once

#include "core/json.h"

#include <string>

// What a person calls a record, the one rule every page, list and message uses.
namespace rapport::notebook {

// A person (a contact, a lead, an imported card): "Jonas Berg", one part alone when the other is
// missing, else their `name` as a whole; "" when nothing names them.
std::string personName(const Json &fields);

// Any record: a person by personName, anything else by its `name` (an account) or its `title`
// (a follow-up); "" when the record has none of these (the caller shows what fits, its id or
// its kind).
std::string displayName(const Json &body);

} // namespace rapport::notebook
