#pragma once

#include "notebook/notebook_queries.h"

#include <string>
#include <vector>

namespace rapport::relationship {

// Who to reach next at an account, and why, from the buying roles of the people known there and
// when each was last seen.
struct ReachNext
{
    enum class Reason {
        NobodyKnown, // no one at the account is in the notebook yet
        FindWhoDecides, // people are known, but no one who decides: ask one of them
        DecisionMakerNotSeen, // the one who decides has not been seen for a cadence (or ever)
        Influencer, // the one who decides was seen lately; an influencer was not
        AllSeen, // everyone who matters was seen within the cadence
    };
    Reason reason = Reason::NobodyKnown;
    std::string contactId; // whom to reach; empty for NobodyKnown and AllSeen
    std::string name;
    std::string lastVisit; // when they were last seen; empty: never
};

// `cadenceDays` is the account's contact cadence (0: none set, 90 days then count as lately).
// `today` is "YYYY-MM-DD".
ReachNext reachNext(const std::vector<PersonActivity> &people, int cadenceDays,
                    const std::string &today);

} // namespace rapport::relationship
