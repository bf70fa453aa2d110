// Follow-ups: the one shape of the document, wherever a follow-up is planned from.
#include "core/calendar_day.h"
#include "core/fields.h"
#include "core/ids.h"
#include "merge/local_editor.h"
#include "notebook/display_name.h"
#include "notebook/operations.h"
#include "notebook/record_checks.h"
#include "store/store.h"

namespace rapport::notebook {

namespace {

// What the nudge and a lead's follow-up plan: soon, while the meeting is remembered.
constexpr int soonDays = 2;

Json followUpBody(const FollowUpPlan &plan)
{
    Json body {{"type", "followup"}, {"schema", 1}, {"title", plan.title}};
    if (!plan.due.empty())
        body["due"] = plan.due;
    body["done"] = false;
    for (const auto &[key, value] :
         {std::pair {"accountId", &plan.accountId}, std::pair {"contactId", &plan.contactId},
          std::pair {"visitId", &plan.visitId}, std::pair {"leadId", &plan.leadId}})
        if (!value->empty())
            body[key] = *value;
    return body;
}

std::string firstPersonMet(const Json &visit)
{
    auto people = visit.find("contactIds");
    if (people == visit.end() || !people->is_array() || people->empty()
        || !people->front().is_string())
        return {};
    return people->front().get<std::string>();
}

} // namespace

std::string nextStepProblem(const NextStep &step)
{
    if (trimmed(step.title).empty())
        return "Say what the next step is.";
    if (!step.due.empty())
        if (auto day = checkDay(step.due); !day)
            return day.error().message;
    return {};
}

FollowUpPlan followUpAfterVisit(const std::string &visitId, const Json &visit,
                                const std::string &today)
{
    FollowUpPlan plan;
    plan.title = "Send them something useful";
    plan.due = addDays(today, soonDays);
    plan.accountId = stringMember(visit, "accountId");
    plan.contactId = firstPersonMet(visit);
    plan.visitId = visitId;
    return plan;
}

FollowUpPlan followUpForLead(const std::string &leadId, const Json &lead, const std::string &today)
{
    const auto name = personName(lead);
    FollowUpPlan plan;
    plan.title = name.empty() ? "Follow up" : "Follow up with " + name;
    plan.due = addDays(today, soonDays);
    plan.contactId = stringMember(lead, "contactId");
    plan.leadId = leadId;
    return plan;
}

Result<std::string> planFollowUp(merge::LocalEditor &editor, const FollowUpPlan &plan)
{
    if (auto problem = nextStepProblem({plan.title, plan.due}); !problem.empty())
        return Error {Errc::BadRequest, problem};
    FollowUpPlan checked = plan;
    checked.title = trimmed(plan.title);
    Document followUp {newDocumentId("followup"), {}, false, followUpBody(checked)};
    if (auto saved = editor.save(followUp); !saved)
        return saved.error();
    return followUp.id;
}

Status setFollowUpDone(merge::LocalEditor &editor, const std::string &followUpId, bool done)
{
    return editRecord(editor, followUpId, "followup", [done](Json &body) { body["done"] = done; });
}

} // namespace rapport::notebook
