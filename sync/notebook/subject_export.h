#pragma once

#include "core/error.h"
#include "core/json.h"

#include <functional>
#include <string>
#include <string_view>

namespace rapport {
class Store;
}

namespace rapport::notebook {

// "What do you keep about me?" (the GDPR's right of access): everything the notebook holds
// about one person, gathered from every kind of record, as JSON:
//   {"person": {id, name, fields, written}, "visits": [...], "followUps": [...],
//    "feedback": [...], "leads": [...], "greetings": [...], "conflicts": [...],
//    "producedOn": "YYYY-MM-DD", "counts": {...}}
// Each record: {id, type, name, fields, written: {on, device}}, where `fields` is what was
// noted (the merge's own bookkeeping left out) and `written` when and on which device it was
// last changed (from its fields' clocks; "" where it has none). Visits are those the person
// took part in, oldest first; conflicts those recorded about their own record.
Result<Json> subjectRecord(Store &store, std::string_view contactId, std::string_view today);

// The words of the page, for the language the person reads: English unless the app gives its
// translation ("%1", "%2" stand for what varies). `label` names a field ("firstName" ->
// "First name"); the default spells the key out.
struct SubjectWords
{
    std::string title = "What is kept about %1";
    std::string intro = "Everything this notebook holds about you, as of %1.";
    std::string yourDetails = "Your details";
    std::string visits = "Visits you took part in";
    std::string followUps = "Follow-ups";
    std::string feedback = "Feedback";
    std::string leads = "Leads";
    std::string greetings = "Greetings sent";
    std::string conflicts = "Changes recorded when two devices disagreed";
    std::string none = "None.";
    std::string dateAtAccount = "%1 at %2";
    std::string lastChanged = "Last changed %1 on device %2";
    std::string yes = "yes";
    std::string no = "no";
    std::function<std::string(const std::string &key)> label;
};

// The same as one readable HTML page, ready to send to the person: their name, then each
// section with a heading and every record's fields, in the words of the notebook.
std::string subjectHtml(const Json &record, const SubjectWords &words = {});

// A field's key spelled out in English: "howWeMet" -> "How we met".
std::string spelledOut(const std::string &key);

} // namespace rapport::notebook
