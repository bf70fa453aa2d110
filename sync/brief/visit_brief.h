#pragma once

#include "core/error.h"
#include "notebook/notebook_queries.h"

#include <optional>
#include <string>
#include <vector>

namespace rapport {

class Store;

// What to read in the car park before meeting someone: what was talked about last time, what
// was promised and is not done yet, the family and interests worth asking about, what their
// company said last time, and a birthday or anniversary coming up.
struct VisitBrief
{
    std::optional<VisitRow> lastVisit;
    std::vector<FollowUpRow> promised; // open follow-ups for this person, soonest first
    std::vector<std::string> askAbout; // "Jonas (son): baseball cards", "sailing"
    std::optional<FeedbackRow> lastFeedback; // of the person's account
    std::optional<OccasionRow> comingUp; // within the next two weeks
};

// `today` is "YYYY-MM-DD": the library never reads the clock.
Result<VisitBrief> briefForContact(Store &store, const std::string &contactId,
                                   const std::string &today);

// The same for a whole customer: its last visit, what was promised to it, what its people
// care about ("Mara Lind: Jonas (son): baseball cards"), what it said last, and the next
// birthday or anniversary among its people.
Result<VisitBrief> briefForAccount(Store &store, const std::string &accountId,
                                   const std::string &today);

} // namespace rapport
