#pragma once

#include "core/error.h"
#include "core/json.h"
#include "places/geo.h"
#include "store/attachment.h"

#include <optional>
#include <string>
#include <vector>

namespace rapport::merge {
class LocalEditor;
}

// What a salesperson does to the notebook, as the app, the CLI and the tests all do it: each
// operation checks what it is given, builds the documents of its kind (the one place their
// fields are named) and writes them through the local editor (stamped for the merge) in one
// transaction. The store's commit observer tells whoever listens (the app's lists, the sync
// scheduler), so no caller has anything to remember afterwards. Refusals are BadRequest with a
// sentence for the person; a refused operation writes nothing.
namespace rapport::notebook {

// A customer met for the first time. Returns its id.
Result<std::string> createAccount(merge::LocalEditor &editor, const std::string &name);

// A person, at a customer when accountId is not empty. Returns its id.
Result<std::string> createContact(merge::LocalEditor &editor, const std::string &firstName,
                                  const std::string &lastName, const std::string &accountId);

struct NextStep
{
    std::string title;
    std::string due; // "YYYY-MM-DD", or empty for none
};

// Where a visit was recorded, with the user's consent (the app asks; the library only keeps it).
struct VisitPosition
{
    places::GeoPoint point;
    double accuracyMetres = 0; // as the device reported it; 0: not said
};

// How near its customer's place a visit must be recorded to count as on site, unless the
// person chose another distance.
constexpr double defaultCheckInMetres = 250;

struct VisitEntry
{
    std::string accountId;
    std::vector<std::string> contactIds; // the people met, the first one the follow-ups' person
    std::string date; // "YYYY-MM-DD"
    std::string title;
    std::string notes;
    std::string outcome;
    std::vector<NextStep> nextSteps; // each becomes a follow-up of the visit
    Attachments files; // photos and files taken at the visit, kept with it
    // Where it was recorded: kept on the visit ("position"), and, within checkInMetres of its
    // customer's known place, "onSite": a fact for the salesperson, never shown to anyone else.
    std::optional<VisitPosition> position;
    double checkInMetres = defaultCheckInMetres;
};

struct RecordedVisit
{
    std::string visitId;
    std::vector<std::string> followUpIds; // in the order of the next steps
};

// Why a next step cannot become a follow-up (no title, a due day that is no day), or empty.
std::string nextStepProblem(const NextStep &step);

// The visit and one follow-up per next step, all or nothing.
Result<RecordedVisit> recordVisit(merge::LocalEditor &editor, const VisitEntry &visit);

struct FollowUpPlan
{
    std::string title;
    std::string due; // "YYYY-MM-DD", or empty for none
    std::string accountId;
    std::string contactId;
    std::string visitId; // the visit it came from, if any
    std::string leadId; // the lead it came from, if any
};

// Today's nudge after a visit with no next step: send the people met something useful, within
// two days, at the visit's customer.
FollowUpPlan followUpAfterVisit(const std::string &visitId, const Json &visit,
                                const std::string &today);
// Following up a lead captured at a show, within two days: with the contact it became, if it
// became one.
FollowUpPlan followUpForLead(const std::string &leadId, const Json &lead, const std::string &today);

// Writes the follow-up. Returns its id.
Result<std::string> planFollowUp(merge::LocalEditor &editor, const FollowUpPlan &plan);

// Ticks a follow-up off (or back on).
Status setFollowUpDone(merge::LocalEditor &editor, const std::string &followUpId, bool done);

// Where the customer is, as its person pins it: "it is here", or a place typed or pasted;
// nullopt takes the pin away (the place is learnt from the visits again).
Status pinAccountPlace(merge::LocalEditor &editor, const std::string &accountId,
                       const std::optional<places::GeoPoint> &place);

// The visit needs no follow-up: Today stops asking.
Status markNoFollowUpNeeded(merge::LocalEditor &editor, const std::string &visitId);

} // namespace rapport::notebook
