#pragma once

#include "core/error.h"

#include <optional>
#include <string>
#include <string_view>

namespace rapport {
class Store;
}
namespace rapport::merge {
class LocalEditor;
}

// What the salesperson answered to a reminder (done, or "remind me again on that day"), kept as
// a record of its own that syncs and merges like any other: answered on the phone, the laptop
// does not remind of it again after its next sync. One record per occasion (the reminder's key:
// "followup:<id>:<due>", "birthday-2026:<contact>"), so two devices answering the same one edit
// the same record and the merge keeps the later answer.
namespace rapport::notebook {

struct ReminderAnswer
{
    bool done = false;
    std::string snoozedUntil; // "YYYY-MM-DD": reminded again that morning; empty when done
};

// The record's id for an occasion.
std::string reminderAnswerId(std::string_view key);

// Writes the answer; `aboutId` is the record the reminder is about (a person's answers go when
// the person is forgotten). A snooze needs a day ("YYYY-MM-DD").
Status answerReminder(merge::LocalEditor &editor, const std::string &key,
                      const std::string &aboutId, const ReminderAnswer &answer);

// The answer given on any device so far, if any.
Result<std::optional<ReminderAnswer>> reminderAnswer(Store &store, std::string_view key);

// Whether the morning of `today` reminds of an occasion answered so (or not at all) and last
// shown on this device on `lastShown` ("YYYY-MM-DD", empty: never): done, never again;
// snoozed, on its day and after it, once.
bool remindsOn(const std::optional<ReminderAnswer> &answer, std::string_view lastShown,
               std::string_view today);

} // namespace rapport::notebook
