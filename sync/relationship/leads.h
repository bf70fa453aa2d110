#pragma once

#include "core/error.h"
#include "core/json.h"
#include "interchange/people_file.h"

#include <string>

namespace rapport::merge {
class LocalEditor;
}

namespace rapport::relationship {

// A lead as the capture form fills it from a badge: name, company, e-mail, phone, title.
Json leadFieldsFromBadge(const interchange::PersonRecord &badge);

struct Conversion
{
    std::string accountId; // found by the company's name, or created
    std::string contactId; // created from the lead
};

// Makes a lead a customer: its company becomes an account (or is found among them by name),
// the person a contact of it with what they care about and how warm they were, and the lead
// records the contact it became, so that it no longer counts as never followed up. All in one
// transaction. A lead converted before is refused (Conflict), with the contact it became.
Result<Conversion> convertLead(merge::LocalEditor &editor, const std::string &leadId);

} // namespace rapport::relationship
