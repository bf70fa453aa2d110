#include "relationship/reach_next.h"

#include "core/calendar_day.h"

#include <algorithm>

namespace rapport::relationship {

namespace {

ReachNext suggest(ReachNext::Reason reason, const PersonActivity &person)
{
    return ReachNext {reason, person.contact.id, person.contact.displayName, person.lastVisit};
}

// The one seen longest ago (never seen first), among those with a role.
const PersonActivity *leastRecent(const std::vector<const PersonActivity *> &people)
{
    if (people.empty())
        return nullptr;
    return *std::min_element(people.begin(), people.end(), [](const auto *a, const auto *b) {
        return a->lastVisit < b->lastVisit; // "" (never) sorts first
    });
}

} // namespace

ReachNext reachNext(const std::vector<PersonActivity> &people, int cadenceDays,
                    const std::string &today)
{
    if (people.empty())
        return {};
    const auto lately = addDays(today, -(cadenceDays > 0 ? cadenceDays : 90));
    std::vector<const PersonActivity *> deciders;
    std::vector<const PersonActivity *> influencers;
    for (const auto &person : people) {
        if (person.contact.role == "decision_maker")
            deciders.push_back(&person);
        else if (person.contact.role == "influencer")
            influencers.push_back(&person);
    }
    if (deciders.empty()) {
        // Whoever can introduce: an influencer first, else a user, else the one seen most
        // recently, who knows the salesperson best.
        const PersonActivity *guide = nullptr;
        for (const char *role : {"influencer", "user", "order_processor", "gatekeeper"}) {
            for (const auto &person : people)
                if (person.contact.role == role && (!guide || person.lastVisit > guide->lastVisit))
                    guide = &person;
            if (guide)
                break;
        }
        if (!guide)
            guide = &*std::max_element(
                people.begin(), people.end(),
                [](const auto &a, const auto &b) { return a.lastVisit < b.lastVisit; });
        return suggest(ReachNext::Reason::FindWhoDecides, *guide);
    }
    if (const auto *decider = leastRecent(deciders); decider->lastVisit < lately)
        return suggest(ReachNext::Reason::DecisionMakerNotSeen, *decider);
    if (const auto *influencer = leastRecent(influencers);
        influencer && influencer->lastVisit < lately)
        return suggest(ReachNext::Reason::Influencer, *influencer);
    return ReachNext {ReachNext::Reason::AllSeen, {}, {}, {}};
}

} // namespace rapport::relationship
