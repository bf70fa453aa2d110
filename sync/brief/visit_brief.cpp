#include "brief/visit_brief.h"

#include "store/store.h"

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
    if (const auto account = contact->body.value("accountId", std::string()); !account.empty()) {
        auto feedback = queries.feedbackOfAccount(account, 1);
        if (!feedback)
            return feedback.error();
        if (!feedback->empty())
            brief.lastFeedback = feedback->front();
    }
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

} // namespace rapport
