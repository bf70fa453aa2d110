// rapport-cli's notebook operations: what the app's forms do, by the same library functions,
// so that a script records a visit exactly as a salesperson does.
#include "commands.h"
#include "core/calendar_day.h"
#include "merge/local_editor.h"
#include "notebook/forget.h"
#include "notebook/operations.h"
#include "notebook/subject_export.h"
#include "places/geo.h"
#include "relationship/leads.h"
#include "store/store.h"

#include <fstream>
#include <ostream>

namespace rapport::cli {

namespace {

std::string optionOr(const Arguments &args, std::string_view name, std::string fallback = {})
{
    const auto *value = args.option(name);
    return value ? *value : std::move(fallback);
}

// The sub-command ("create", "record", ...), checked against what the command knows.
Result<std::string> verb(const Arguments &args, std::string_view command,
                         std::initializer_list<std::string_view> known)
{
    std::string list;
    for (auto name : known)
        list += (list.empty() ? "" : " | ") + std::string(name);
    if (args.positional.empty())
        return Error {Errc::BadRequest, std::string(command) + " needs one of: " + list};
    for (auto name : known)
        if (args.positional.front() == name)
            return args.positional.front();
    return Error {Errc::BadRequest,
                  "unknown " + std::string(command) + " command '" + args.positional.front()
                      + "' (one of: " + list + ")"};
}

Result<std::string> onlyArgument(const Arguments &args, const char *what)
{
    if (args.positional.size() != 2)
        return Error {Errc::BadRequest, std::string("give one ") + what};
    return args.positional[1];
}

template<typename Work> Status withEditor(Store &store, Work work)
{
    auto editor = merge::LocalEditor::open(store);
    if (!editor)
        return editor.error();
    return work(**editor);
}

} // namespace

Status runAccount(Store &store, const Arguments &args, std::ostream &out)
{
    auto which = verb(args, "account", {"create", "pin", "unpin"});
    if (!which)
        return which.error();
    if (*which == "pin") {
        if (args.positional.size() != 3)
            return Error {Errc::BadRequest, "account pin takes the account's id and a place"};
        return runPin(store, args.positional[1], &args.positional[2], out);
    }
    if (*which == "unpin") {
        auto id = onlyArgument(args, "account id");
        if (!id)
            return id.error();
        return runPin(store, *id, nullptr, out);
    }
    auto name = onlyArgument(args, "name for the new customer");
    if (!name)
        return name.error();
    return withEditor(store, [&](merge::LocalEditor &editor) -> Status {
        auto created = notebook::createAccount(editor, *name);
        if (!created)
            return created.error();
        print(out, Json {{"id", *created}});
        return {};
    });
}

Status runContact(Store &store, const Arguments &args, std::ostream &out)
{
    auto which = verb(args, "contact", {"create"});
    if (!which)
        return which.error();
    return withEditor(store, [&](merge::LocalEditor &editor) -> Status {
        auto created = notebook::createContact(editor, optionOr(args, "first"),
                                               optionOr(args, "last"), optionOr(args, "account"));
        if (!created)
            return created.error();
        print(out, Json {{"id", *created}});
        return {};
    });
}

Status runVisit(Store &store, const Arguments &args, std::ostream &out)
{
    auto which = verb(args, "visit", {"record"});
    if (!which)
        return which.error();
    notebook::VisitEntry entry;
    entry.accountId = optionOr(args, "account");
    entry.date = optionOr(args, "date", CalendarDay::localToday().iso());
    entry.title = optionOr(args, "title");
    entry.notes = optionOr(args, "notes");
    entry.outcome = optionOr(args, "outcome");
    if (const auto *at = args.option("at")) {
        auto where = places::parsePlace(*at);
        if (!where)
            return Error {Errc::BadRequest,
                          "--at '" + *at + "' is not a place: LATITUDE,LONGITUDE"};
        entry.position = notebook::VisitPosition {*where, 0};
    }
    // Options in the order typed: each --due is the day of the --next before it.
    for (const auto &[name, value] : args.options) {
        if (name == "contact") {
            entry.contactIds.push_back(value);
        } else if (name == "next") {
            entry.nextSteps.push_back({value, {}});
        } else if (name == "due") {
            if (entry.nextSteps.empty() || !entry.nextSteps.back().due.empty())
                return Error {Errc::BadRequest, "--due " + value + " needs a --next before it"};
            entry.nextSteps.back().due = value;
        }
    }
    return withEditor(store, [&](merge::LocalEditor &editor) -> Status {
        auto recorded = notebook::recordVisit(editor, entry);
        if (!recorded)
            return recorded.error();
        print(out, Json {{"id", recorded->visitId}, {"followUps", recorded->followUpIds}});
        return {};
    });
}

Status runFollowUp(Store &store, const Arguments &args, std::ostream &out)
{
    auto which = verb(args, "followup", {"plan", "done", "undone"});
    if (!which)
        return which.error();
    if (*which != "plan") {
        auto id = onlyArgument(args, "follow-up id");
        if (!id)
            return id.error();
        return withEditor(store, [&](merge::LocalEditor &editor) -> Status {
            if (auto set = notebook::setFollowUpDone(editor, *id, *which == "done"); !set)
                return set;
            print(out, Json {{"id", *id}, {"done", *which == "done"}});
            return {};
        });
    }
    notebook::FollowUpPlan plan;
    plan.title = optionOr(args, "title");
    plan.due = optionOr(args, "due");
    plan.accountId = optionOr(args, "account");
    plan.contactId = optionOr(args, "contact");
    plan.visitId = optionOr(args, "visit");
    plan.leadId = optionOr(args, "lead");
    return withEditor(store, [&](merge::LocalEditor &editor) -> Status {
        auto planned = notebook::planFollowUp(editor, plan);
        if (!planned)
            return planned.error();
        print(out, Json {{"id", *planned}});
        return {};
    });
}

Status runLead(Store &store, const Arguments &args, std::ostream &out)
{
    auto which = verb(args, "lead", {"convert"});
    if (!which)
        return which.error();
    auto id = onlyArgument(args, "lead id");
    if (!id)
        return id.error();
    return withEditor(store, [&](merge::LocalEditor &editor) -> Status {
        auto converted = relationship::convertLead(editor, *id);
        if (!converted)
            return converted.error();
        print(out, Json {{"accountId", converted->accountId}, {"contactId", converted->contactId}});
        return {};
    });
}

namespace {

Json mentionsAsJson(const std::vector<notebook::RecordMention> &records)
{
    Json list = Json::array();
    for (const auto &record : records)
        list.push_back(Json {{"id", record.id}, {"type", record.type}, {"title", record.title}});
    return list;
}

} // namespace

// forget ID [--preview]: what forgetting the person touches, and (without --preview) done.
Status runForget(Store &store, const Arguments &args, std::ostream &out)
{
    if (args.positional.size() != 1)
        return Error {Errc::BadRequest, "forget takes the id of one person"};
    const std::string &id = args.positional.front();
    auto plan = notebook::planForgetting(store, id);
    if (!plan)
        return plan.error();
    Json answer {{"person", plan->contactId},
                 {"name", plan->name},
                 {"purged", mentionsAsJson(plan->purged)},
                 {"visitsMet", mentionsAsJson(plan->visitsMet)},
                 {"namedIn", mentionsAsJson(plan->namedIn)},
                 {"drafts", plan->drafts}};
    if (!args.flag("preview")) {
        auto editor = merge::LocalEditor::open(store);
        if (!editor)
            return editor.error();
        auto erasure = notebook::forget(**editor, id, CalendarDay::localToday().iso());
        if (!erasure)
            return erasure.error();
        answer["erasure"] = *erasure;
        answer["ok"] = true;
    }
    print(out, answer);
    return {};
}

// subject ID [--html FILE]: everything kept about the person, as JSON; with --html, the same as
// a page written to FILE for them to read.
Status runSubject(Store &store, const Arguments &args, std::ostream &out)
{
    if (args.positional.size() != 1)
        return Error {Errc::BadRequest, "subject takes the id of one person"};
    auto record
        = notebook::subjectRecord(store, args.positional.front(), CalendarDay::localToday().iso());
    if (!record)
        return record.error();
    if (const auto *file = args.option("html")) {
        std::ofstream page(*file, std::ios::binary | std::ios::trunc);
        page << notebook::subjectHtml(*record);
        if (!page.flush())
            return Error {Errc::Io, "cannot write " + *file};
    }
    print(out, *record);
    return {};
}

} // namespace rapport::cli
