#include "brief/visit_brief.h"

#include "store/store.h"

#include <algorithm>

namespace rapport {

namespace {

// Days ahead that a birthday or anniversary is worth mentioning before a visit.
constexpr int occasionWindowDays = 14;

std::string joinStrings(const Json &list)
{
    std::string out;
    if (!list.is_array())
        return out;
    for (const auto &item : list) {
        if (!item.is_string())
            continue;
        if (!out.empty())
            out += ", ";
        out += item.get<std::string>();
    }
    return out;
}

// The family first (a child's hobby opens more doors than the weather), then their own.
std::vector<std::string> worthAskingAbout(const Json &contact)
{
    std::vector<std::string> out;
    if (auto family = contact.find("family"); family != contact.end() && family->is_array()) {
        for (const auto &member : *family) {
            if (!member.is_object() || !member.contains("name") || !member["name"].is_string())
                continue;
            std::string line = member["name"].get<std::string>();
            if (member.contains("relation") && member["relation"].is_string())
                line += " (" + member["relation"].get<std::string>() + ")";
            if (const auto interests = joinStrings(member.value("interests", Json()));
                !interests.empty())
                line += ": " + interests;
            out.push_back(line);
        }
    }
    for (const char *key : {"hobbies", "interests"})
        if (const auto own = joinStrings(contact.value(key, Json())); !own.empty())
            out.push_back(own);
    return out;
}

// How many of an account's people the brief names what they care about.
constexpr std::size_t peopleWorthAskingAbout = 3;

// What the customer said last, if they said anything.
Status addLastFeedback(NotebookQueries &queries, const std::string &accountId, VisitBrief &brief)
{
    auto feedback = queries.feedbackOfAccount(accountId, 1);
    if (!feedback)
        return feedback.error();
    if (!feedback->empty())
        brief.lastFeedback = feedback->front();
    return {};
}

} // namespace

Result<VisitBrief> briefForContact(Store &store, const std::string &contactId,
                                   const std::string &today)
{
    auto contact = store.get(contactId);
    if (!contact)
        return contact.error();
    NotebookQueries queries(store);
    VisitBrief brief;
    auto last = queries.latestVisitWith(contactId);
    if (!last)
        return last.error();
    brief.lastVisit = *last;
    auto promised = queries.openFollowUpsOfContact(contactId);
    if (!promised)
        return promised.error();
    brief.promised = std::move(*promised);
    brief.askAbout = worthAskingAbout(contact->body);
    if (const auto account = contact->body.value("accountId", std::string()); !account.empty())
        if (auto added = addLastFeedback(queries, account, brief); !added)
            return added.error();
    auto occasions = queries.occasions(today, occasionWindowDays);
    if (!occasions)
        return occasions.error();
    for (const auto &occasion : *occasions)
        if (occasion.contactId == contactId) {
            brief.comingUp = occasion;
            break;
        }
    return brief;
}

Result<VisitBrief> briefForAccount(Store &store, const std::string &accountId,
                                   const std::string &today)
{
    NotebookQueries queries(store);
    VisitBrief brief;
    auto visits = queries.visitsOfAccount(accountId, 20);
    if (!visits)
        return visits.error();
    for (const auto &visit : *visits)
        if (!visit.planned && visit.date <= today) {
            brief.lastVisit = visit;
            break;
        }
    auto promised = queries.openFollowUpsOfAccount(accountId);
    if (!promised)
        return promised.error();
    brief.promised = std::move(*promised);
    auto people = queries.contactsOfAccount(accountId);
    if (!people)
        return people.error();
    for (const auto &person : *people) {
        if (brief.askAbout.size() >= peopleWorthAskingAbout)
            break;
        auto contact = store.get(person.id);
        if (!contact)
            return contact.error();
        const auto topics = worthAskingAbout(contact->body);
        if (!topics.empty())
            brief.askAbout.push_back(person.displayName + ": " + topics.front());
    }
    if (auto added = addLastFeedback(queries, accountId, brief); !added)
        return added.error();
    auto occasions = queries.occasions(today, occasionWindowDays);
    if (!occasions)
        return occasions.error();
    for (const auto &occasion : *occasions) {
        const auto of = std::find_if(people->begin(), people->end(), [&](const ContactRow &row) {
            return row.id == occasion.contactId;
        });
        if (of != people->end()) {
            brief.comingUp = occasion;
            break;
        }
    }
    return brief;
}

} // namespace rapport
