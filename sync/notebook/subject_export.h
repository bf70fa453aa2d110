#pragma once

#include "core/error.h"
#include "core/json.h"

#include <string>
#include <string_view>

namespace rapport {
class Store;
}

namespace rapport::notebook {

// "What do you keep about me?" (the GDPR's right of access): everything the notebook holds
// about one person, gathered from every kind of record, as JSON:
//   {"person": {id, name, fields, written}, "visits": [...], "followUps": [...],
//    "feedback": [...], "leads": [...], "greetings": [...], "conflicts": [...],
//    "producedOn": "YYYY-MM-DD", "counts": {...}}
// Each record: {id, type, name, fields, written: {on, device}}, where `fields` is what was
// noted (the merge's own bookkeeping left out) and `written` when and on which device it was
// last changed (from its fields' clocks; "" where it has none). Visits are those the person
// took part in, oldest first; conflicts those recorded about their own record.
Result<Json> subjectRecord(Store &store, std::string_view contactId, std::string_view today);

// The same as one readable HTML page, ready to send to the person: their name, then each
// section with a heading and every record's fields, in the words of the notebook.
std::string subjectHtml(const Json &record);

} // namespace rapport::notebook
