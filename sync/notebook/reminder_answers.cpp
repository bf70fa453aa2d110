#include "notebook/reminder_answers.h"

#include "core/fields.h"
#include "merge/local_editor.h"
#include "notebook/record_checks.h"
#include "store/store.h"

namespace rapport::notebook {

namespace {
constexpr std::string_view recordType = "reminder";
} // namespace

std::string reminderAnswerId(std::string_view key)
{
    return "reminder:" + std::string(key);
}

Status answerReminder(merge::LocalEditor &editor, const std::string &key,
                      const std::string &aboutId, const ReminderAnswer &answer)
{
    if (key.empty())
        return Error {Errc::BadRequest, "a reminder's answer needs the reminder"};
    if (!answer.done)
        if (auto day = checkDay(answer.snoozedUntil); !day)
            return day;
    Document record;
    record.id = reminderAnswerId(key);
    if (auto existing = editor.store().get(record.id); existing) {
        record.rev = existing->rev;
    } else if (existing.error().code != Errc::NotFound) {
        return existing.error();
    }
    record.body = Json {{"type", recordType},
                        {"schema", 1},
                        {"key", key},
                        {"about", aboutId},
                        {"done", answer.done}};
    if (!answer.done)
        record.body["snoozedUntil"] = answer.snoozedUntil;
    if (auto saved = editor.save(record); !saved)
        return saved.error();
    return {};
}

Result<std::optional<ReminderAnswer>> reminderAnswer(Store &store, std::string_view key)
{
    auto record = store.get(reminderAnswerId(key));
    if (!record) {
        if (record.error().code == Errc::NotFound)
            return std::optional<ReminderAnswer> {};
        return record.error();
    }
    if (stringMember(record->body, "type") != recordType)
        return std::optional<ReminderAnswer> {};
    ReminderAnswer answer;
    const auto done = record->body.find("done");
    answer.done = done != record->body.end() && done->is_boolean() && done->get<bool>();
    answer.snoozedUntil = stringMember(record->body, "snoozedUntil");
    return std::optional<ReminderAnswer> {answer};
}

bool remindsOn(const std::optional<ReminderAnswer> &answer, std::string_view lastShown,
               std::string_view today)
{
    if (!answer)
        return lastShown.empty();
    if (answer->done)
        return false;
    // Snoozed: from its day on, until it has been shown on or after that day.
    return today >= answer->snoozedUntil && lastShown < answer->snoozedUntil;
}

} // namespace rapport::notebook
