#pragma once

#include "core/error.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rapport {
class Store;
}
namespace rapport::merge {
class LocalEditor;
}

// "Please forget me": a person taken out of the notebook everywhere (the GDPR's right to
// erasure). What it would touch is shown first; then, in one transaction, their records are
// purged (store.purge: every revision, body and index row), they are taken out of the visits
// that list them among the people met (the visit stays), half-written drafts that name them are
// discarded, and an erasure record is written that replicates: it names document ids and
// revisions only, never the person's name or any value, and every device that pulls it forgets
// the same way. Free text that names them elsewhere is never rewritten behind the user's back:
// it is listed for the user to edit or delete. Afterwards the file is wiped of what was taken
// out (store.eraseFreedRoom).
namespace rapport::notebook {

struct RecordMention
{
    std::string id;
    std::string type; // "followup", "visit", "account", ...
    std::string title; // what the list would show
};

struct ForgetPlan
{
    std::string contactId;
    std::string name; // for the screen only
    // Purged: the contact, their follow-ups, feedback and the leads they came from (greetings
    // sent are in the contact), the answers to reminders about them, and the conflict and
    // duplicate records that hold their values.
    std::vector<RecordMention> purged;
    // Visits that list them among the people met: they are taken out of the list.
    std::vector<RecordMention> visitsMet;
    // Records whose own text names them (a visit's notes, an account's): for the user.
    std::vector<RecordMention> namedIn;
    // Half-written drafts (_local documents) that name them: discarded.
    std::vector<std::string> drafts;
};

// NotFound when there is no such person here.
Result<ForgetPlan> planForgetting(Store &store, std::string_view contactId);

// Carries the plan out (planned afresh inside, so nothing written since is missed); returns
// the erasure record's id. Then wipes the file.
Result<std::string> forget(merge::LocalEditor &editor, std::string_view contactId,
                           std::string_view today);

// Forgets records that name nobody else (a lead that never became a customer) the same way:
// purged here, an erasure record for the other devices and the server, the file wiped.
Result<std::string> forgetRecords(Store &store, const std::vector<std::string> &ids,
                                  std::string_view today);

// Erasure records a pull brought (changed after local sequence `since`): each forgets here
// what it names, as the device that wrote it did, including edits made here meanwhile that
// never reached the server. How many were applied; the file is wiped when any was.
Result<int> applyPulledErasures(Store &store, std::int64_t since);

} // namespace rapport::notebook
