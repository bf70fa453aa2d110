// Recording a visit: the visit, and a follow-up for each next step agreed there.
#include "core/fields.h"
#include "core/ids.h"
#include "merge/local_editor.h"
#include "notebook/notebook_queries.h"
#include "notebook/operations.h"
#include "notebook/place_fields.h"
#include "notebook/record_checks.h"
#include "store/store.h"

#include <cmath>

namespace rapport::notebook {

namespace {

// The visit's position, and whether it was recorded at its customer (within checkInMetres of
// the customer's place as known before this visit).
Status notePosition(Store &store, const VisitEntry &entry, Json &body)
{
    auto position = placeJson(entry.position->point);
    if (entry.position->accuracyMetres > 0)
        position["accuracy"] = std::round(entry.position->accuracyMetres);
    body["position"] = std::move(position);
    NotebookQueries queries(store);
    auto place = queries.accountPlace(entry.accountId);
    if (!place)
        return place.error();
    if (*place
        && places::distanceMetres((*place)->place, entry.position->point) <= entry.checkInMetres)
        body["onSite"] = true;
    return {};
}

} // namespace

Result<RecordedVisit> recordVisit(merge::LocalEditor &editor, const VisitEntry &entry)
{
    if (entry.accountId.empty())
        return Error {Errc::BadRequest, "Pick the customer you visited (or add a new one)."};
    if (auto day = checkDay(entry.date); !day)
        return day.error();
    for (const auto &step : entry.nextSteps)
        if (auto problem = nextStepProblem(step); !problem.empty())
            return Error {Errc::BadRequest, problem};

    Document visit {newDocumentId("visit"),
                    {},
                    false,
                    Json {{"type", "visit"},
                          {"schema", 1},
                          {"accountId", entry.accountId},
                          {"contactIds", entry.contactIds},
                          {"date", entry.date}}};
    for (const auto &[key, value] :
         {std::pair {"title", &entry.title}, std::pair {"notes", &entry.notes},
          std::pair {"outcome", &entry.outcome}})
        if (const auto text = trimmed(*value); !text.empty())
            visit.body[key] = text;
    if (!entry.nextSteps.empty()) {
        auto titles = Json::array();
        for (const auto &step : entry.nextSteps)
            titles.push_back(trimmed(step.title));
        visit.body["nextSteps"] = std::move(titles);
    }

    visit.attachments = entry.files;
    if (entry.position && !places::isValid(entry.position->point))
        return Error {Errc::BadRequest, "The position given is not a place on the earth."};

    RecordedVisit recorded {visit.id, {}};
    auto &store = editor.store();
    auto written = store.writeBatch([&]() -> Status {
        if (auto known = checkRecord(store, entry.accountId, "account"); !known)
            return known;
        if (entry.position) {
            if (auto noted = notePosition(store, entry, visit.body); !noted)
                return noted;
        }
        for (const auto &person : entry.contactIds)
            if (auto known = checkRecord(store, person, "contact"); !known)
                return known;
        if (auto saved = editor.save(visit); !saved)
            return saved.error();
        const auto personMet = entry.contactIds.empty() ? std::string() : entry.contactIds.front();
        for (const auto &step : entry.nextSteps) {
            FollowUpPlan plan;
            plan.title = step.title;
            plan.due = step.due;
            plan.accountId = entry.accountId;
            plan.contactId = personMet;
            plan.visitId = visit.id;
            auto planned = planFollowUp(editor, plan);
            if (!planned)
                return planned.error();
            recorded.followUpIds.push_back(std::move(*planned));
        }
        return {};
    });
    if (!written)
        return written.error();
    return recorded;
}

Status markNoFollowUpNeeded(merge::LocalEditor &editor, const std::string &visitId)
{
    return editRecord(editor, visitId, "visit",
                      [](Json &body) { body["noFollowUpNeeded"] = true; });
}

} // namespace rapport::notebook
