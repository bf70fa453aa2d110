#pragma once

#include "core/error.h"
#include "places/geo.h"
#include "store/store.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace rapport {

struct ContactRow
{
    std::string id;
    std::string displayName;
    std::string accountId;
    std::string role;
    PageKey key;
    std::string pictureDigest; // of their first picture, for a list's thumbnail; empty if none
};

// Someone already in the notebook a new person may be: "Anna Schmidt is a contact already".
struct PersonMatch
{
    std::string id;
    std::string type; // "contact" or "lead"
    std::string name;
    std::string sameWhat; // "email", "phone" or "name"
};

struct SearchHit
{
    std::string id;
    std::string type;
    std::string title;
};

struct AccountRow
{
    std::string id;
    std::string name;
    std::string town;
    std::string segment;
    std::string tier;
    std::string lastVisit; // "YYYY-MM-DD", empty when none is recorded
    std::string lapsesOn; // the day it passes its cadence without a visit; empty: no cadence
    PageKey key;
    std::int64_t size = 0; // what they buy now
    std::int64_t potential = 0; // what they could buy
};

struct VisitRow
{
    std::string id;
    std::string accountId;
    std::string accountName;
    std::string date;
    std::string title;
    std::string outcome;
    bool planned = false;
};

struct FeedbackRow
{
    std::string id;
    std::string date;
    int score = 0; // 0: none given
    std::string said;
    std::string needsNext;
};

struct FollowUpRow
{
    std::string id;
    std::string title;
    std::string due; // empty: no due date
    bool done = false;
    std::string accountId;
    std::string accountName;
    std::string contactId;
    PageKey key;
};

// A birthday or an anniversary that falls in a window of days.
struct OccasionRow
{
    std::string contactId;
    std::string displayName;
    std::string kind; // "birthday" or "anniversary"
    std::string monthDay; // "MM-DD"
    std::string greetings; // ids of the greetings sent, "birthday-2026 anniversary-2025"
    bool hasEmail = false; // the ways to say congratulations
    bool hasPhone = false;
};

// Two contacts that look like one person, open for review.
struct DuplicateRow
{
    std::string id; // the duplicate document
    std::string firstId;
    std::string firstName;
    std::string secondId;
    std::string secondName;
};

// A person of an account and the day they were last visited (empty: never).
struct PersonActivity
{
    ContactRow contact;
    std::string lastVisit;
};

// A lead captured at a trade show.
struct LeadRow
{
    std::string id;
    std::string name;
    std::string company;
    int warmth = 0; // 1 cold, 2 warm, 3 hot; 0 not said
    std::string capturedOn;
    std::string event;
    std::string contactId; // the contact it became; empty until converted
    int followUps = 0; // follow-ups made from it
    PageKey key;
};

enum class LeadState {
    All,
    NeverFollowedUp, // not converted, and no follow-up made from it
};

struct AccountFilter
{
    // ByRoomToGrow: the largest gap between potential and size first.
    enum class Sort { ByName, ByLastContact, ByRoomToGrow };
    std::string text; // part of the name, any case
    std::string segment; // empty: every segment
    std::string tier; // empty: every tier
    Sort sort = Sort::ByName;
};

enum class FollowUpState { Open, Done };

// A customer near here: how far and which way, and whether it is waiting for a visit.
struct NearbyAccount
{
    std::string id;
    std::string name;
    std::string town;
    places::GeoPoint place;
    double metres = 0; // straight-line, from here
    double bearing = 0; // degrees from north, clockwise
    bool lapsed = false; // its cadence passed without a visit (as lapsedAccounts says)
    int followUpsDue = 0; // open follow-ups at it due by today
    std::string lastVisit; // "YYYY-MM-DD"; empty: never visited
};

// How "near me" found its answer: for the tests and the benchmark, what the index saved.
struct NearbySearchCost
{
    int rounds = 0; // searches of the tree, each over a wider region
    std::int64_t placesRead = 0; // places the tree gave, over all rounds
    double radiusMetres = 0; // of the last round
};

// Where an account is and how that is known.
struct AccountPlace
{
    places::GeoPoint place;
    bool pinned = false; // by its person; else learnt from where its visits were recorded
    int visitsPlaced = 0; // its recorded visits that have a position
};

// A visit planned for a day, with where its customer is (if known), for the day's route.
struct PlannedStop
{
    std::string visitId;
    std::string accountId;
    std::string accountName;
    std::string title;
    std::optional<places::GeoPoint> place;
};

// The day's planned visits in the order that keeps the drive short (places::shortRoute), each
// with the straight-line metres from the stop before it, or from the start; those whose
// customer's place is not known, apart.
struct RouteStop
{
    PlannedStop stop;
    std::optional<double> legMetres; // none for the first stop when the route has no start
};
struct PlannedRoute
{
    std::vector<RouteStop> stops;
    std::vector<PlannedStop> unplaced;
    double metres = 0;
};

// A value the merge kept out of a document, or a deletion that lost to an edit, for review.
struct ConflictRow
{
    std::string id; // the conflict document
    Json body; // as conflict_resolver writes it: docId, field, kept, lost, devices, times
    std::string documentTitle; // the name or title of the document it is about, if known
};

// The questions the app's screens ask of the notebook, each answered from the derived tables
// with an index, so that a screen over 100,000 contacts costs what one over 100 does. Dates
// are ISO "YYYY-MM-DD" strings, given by the caller: the library never reads the clock.
class NotebookQueries
{
public:
    explicit NotebookQueries(Store &store) : m_store(store) { }

    // Visits dated on `day`, planned or recorded.
    Result<std::vector<VisitRow>> visitsOn(const std::string &day);
    // Open follow-ups due on or before `day` (overdue first), or done ones, newest due first.
    // Paged by key; open ones without a due date come last.
    Result<std::vector<FollowUpRow>> followUps(FollowUpState state,
                                               const std::optional<PageKey> &after, int limit);
    Result<std::vector<FollowUpRow>> openFollowUpsDueBy(const std::string &day, int limit);
    // Birthdays and anniversaries from `firstDay` for `days` days (a window across New Year
    // wraps round), in calendar order.
    Result<std::vector<OccasionRow>> occasions(const std::string &firstDay, int days);
    // Every birthday and anniversary in the notebook, in calendar order, for a calendar export.
    Status forEachOccasion(const std::function<void(const OccasionRow &)> &visit);
    // Accounts whose cadence passed without a visit by `day`, longest lapsed first, unless the
    // question why was answered since they lapsed. Accounts never visited are not lapsed: there
    // is no contact yet to lapse from.
    Result<std::vector<AccountRow>> lapsedAccounts(const std::string &day, int limit);

    // One account's row (its last visit, the day it lapses), if it is in the notebook.
    Result<std::optional<AccountRow>> account(const std::string &accountId);
    Result<std::vector<AccountRow>> accounts(const AccountFilter &filter,
                                             const std::optional<PageKey> &after, int limit);
    Result<std::vector<std::string>> segments();
    // The account of this name, any case (the first made, if two share it); none: nullopt.
    Result<std::optional<std::string>> accountNamed(const std::string &name);
    Result<std::vector<ContactRow>> contactsOfAccount(const std::string &accountId);
    // Recorded visits of an account, newest first.
    Result<std::vector<VisitRow>> visitsOfAccount(const std::string &accountId, int limit);
    // What the customer said, newest first.
    Result<std::vector<FeedbackRow>> feedbackOfAccount(const std::string &accountId, int limit);
    // The tiers in use, for the list's filter.
    Result<std::vector<std::string>> tiers();
    // The latest recorded visit with this contact, if any.
    Result<std::optional<VisitRow>> latestVisitWith(const std::string &contactId);
    // Open follow-ups promised to a person, soonest due first.
    Result<std::vector<FollowUpRow>> openFollowUpsOfContact(const std::string &contactId);
    // Open follow-ups of an account, soonest due first.
    Result<std::vector<FollowUpRow>> openFollowUpsOfAccount(const std::string &accountId);

    // Recorded visits from firstDay to lastDay that led to no follow-up and were not marked as
    // needing none (noFollowUpNeeded), newest first: "send them something useful".
    Result<std::vector<VisitRow>> visitsWithoutFollowUp(const std::string &firstDay,
                                                        const std::string &lastDay, int limit);
    // The people of an account, each with the day they were last visited.
    Result<std::vector<PersonActivity>> peopleWithLastVisit(const std::string &accountId);
    // Leads, newest capture first, paged by key.
    Result<std::vector<LeadRow>> leads(LeadState state, const std::optional<PageKey> &after,
                                       int limit);
    // Likely duplicate contacts not yet merged or told apart, both still in the notebook.
    Result<std::vector<DuplicateRow>> openDuplicates(int limit);
    // The visits, follow-ups, leads and feedback that name this contact.
    Result<std::vector<std::string>> documentsAboutContact(const std::string &contactId);
    // Days between visits of each segment that has a cadence set.
    Result<std::map<std::string, int>> segmentCadences();

    // Contacts sorted by name, one page after `after` (or from the start).
    Result<std::vector<ContactRow>> contactsByName(const std::optional<PageKey> &after, int limit);
    // What the user typed, matched as words and word prefixes in any order: documents whose
    // name or title holds every word first, then those that hold them anywhere; newest first
    // within each. Never parsed as query syntax: quotes, stars, NEAR and the like are text.
    Result<std::vector<SearchHit>> search(std::string_view text, int limit);
    // How many live records of each kind ("" for documents without a type).
    Result<std::map<std::string, std::int64_t>> recordsByType();
    // Pairs of live contacts, at least one of them changed after local sequence `since`, that
    // look like one person: the same e-mail, the same phone number, or the same name in the
    // same account. Each pair once, its ids in order.
    Result<std::vector<std::pair<std::string, std::string>>>
    likelyDuplicateContacts(std::int64_t since);

    // A contact or a lead already here that looks like this person: the same e-mail address
    // (of a contact), the same phone number (of a contact), or the same name (of a contact or
    // a lead), in that order of certainty. Nothing where none does.
    Result<std::optional<PersonMatch>> personLike(const std::string &name,
                                                  const std::vector<std::string> &emails,
                                                  const std::vector<std::string> &phones);

    // Customers with a known place, nearest to `here` first (ties by the order they were
    // made), `limit` of them after the first `offset`: searched in the R*Tree over a region
    // that widens until it holds enough, so the cost follows how many are near, not how many
    // there are. `today` decides lapsed and due.
    Result<std::vector<NearbyAccount>> accountsNear(const places::GeoPoint &here,
                                                    const std::string &today, int offset, int limit,
                                                    NearbySearchCost *cost = nullptr);
    // Where this account is, if that is known.
    Result<std::optional<AccountPlace>> accountPlace(const std::string &accountId);
    // The visits planned on `day`, in the order they were planned, with their customers' places.
    Result<std::vector<PlannedStop>> plannedStopsOn(const std::string &day);
    // Those stops as the day's route from `start` (here), or from whichever stop is best.
    Result<PlannedRoute> routeOn(const std::string &day,
                                 const std::optional<places::GeoPoint> &start);

    // Conflict documents still open, newest first.
    Result<std::vector<ConflictRow>> openConflicts(int limit);
    // Documents changed here that the server does not have yet (never synced, or edited since).
    Result<std::int64_t> changesWaitingToGo();
    // How many records the notebook holds (live documents of any type), without reading them.
    Result<std::int64_t> liveDocuments();

private:
    Store &m_store;
};

} // namespace rapport
