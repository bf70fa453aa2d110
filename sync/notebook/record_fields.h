#pragma once

#include "core/error.h"
#include "core/json.h"

#include <span>
#include <string>
#include <string_view>

// The fields a person reads and types on a record's page, declared by each kind's unit (beside
// how it is indexed), and the one rule per kind of field for what typed text becomes in the
// document and how a stored value is shown to be typed again. The app's forms are built from
// these: a field added to a kind's list is on its form at once, its page only has to place it.
namespace rapport::notebook {

enum class FieldKind {
    Text, // trimmed; empty removes the field
    WholeNumber, // 0 or more, stored as a JSON integer
    List, // typed "sailing, jazz", stored as an array of distinct strings
    PersonalDate, // a birthday or an anniversary: "1984-02-29", or "02-29" without the year
};

struct RecordField
{
    std::string_view name; // the document's member
    FieldKind kind;
};

// The fields of records of `type`; empty for a kind no page edits.
std::span<const RecordField> recordFields(std::string_view type);

// What a person typed, as the document keeps it; null when the field is to go (nothing typed).
// BadRequest, with how to type it, when the text is not a value of that kind.
Result<Json> fieldFromTyped(FieldKind kind, std::string_view typed);

// A stored value as the form shows it, to be typed again: "sailing, jazz", "42", "02-29"; ""
// when there is none, or the document holds something else there (a newer app's shape).
std::string typedFromField(FieldKind kind, const Json &value);

} // namespace rapport::notebook
