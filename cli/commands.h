#pragma once

#include "core/error.h"
#include "core/json.h"

#include <iosfwd>
#include <string>
#include <vector>

class QString;

namespace rapport {
class Store;
namespace platform {
class CredentialStore;
}
} // namespace rapport

namespace rapport::cli {

// One command's words after the command name: positional arguments and --name value options.
struct Arguments
{
    std::vector<std::string> positional;
    std::vector<std::pair<std::string, std::string>> options;
    std::vector<std::string> flags;

    const std::string *option(std::string_view name) const;
    bool flag(std::string_view name) const;
};

// A command's JSON answer, one line (text that is not UTF-8 is replaced, never refused).
void print(std::ostream &out, const Json &json);

// read-card IMAGE [--lines]: what the business-card reader finds on a photo, as JSON (with
// the recognized lines); needs no notebook. Returns the exit code.
int runReadCard(const Arguments &args, std::ostream &out, std::ostream &err);

// Each command writes its JSON answer to out and returns the error that stops it, if any.
Status runConflicts(Store &store, const Arguments &args, std::ostream &out);
// forget ID [--preview]: a person taken out of the notebook everywhere (notebook/forget.h).
Status runForget(Store &store, const Arguments &args, std::ostream &out);
// subject ID [--html FILE]: what the notebook keeps about a person, as JSON (and a page for
// them to read) (notebook/subject_export.h).
Status runSubject(Store &store, const Arguments &args, std::ostream &out);
Status runPut(Store &store, const Arguments &args, std::istream &in, std::ostream &out);
Status runGet(Store &store, const Arguments &args, std::ostream &out);
Status runDelete(Store &store, const Arguments &args, std::ostream &out);
Status runChanges(Store &store, const Arguments &args, std::ostream &out);
Status runStats(Store &store, std::ostream &out);
// compact: the room deleted records and photos left in the file, given back to the device.
Status runCompact(Store &store, std::ostream &out);
// attach ID FILE [--name N] [--type T]: the file's bytes become an attachment of the record.
Status runAttach(Store &store, const Arguments &args, std::ostream &out);
// attachment ID NAME --out FILE: an attachment's bytes into a file.
Status runAttachment(Store &store, const Arguments &args, std::ostream &out);
Status runSearch(Store &store, const Arguments &args, std::ostream &out);
// export [--format json|vcard|ical|csv] [--out PATH] [--today YYYY-MM-DD]
Status runExport(Store &store, const Arguments &args, std::ostream &out);
// import FILE [--preview]: vCard, CSV of contacts, or Rapport's JSON export; prints the report.
Status runImport(Store &store, const Arguments &args, std::ostream &out);
// The notebook's operations, as the app's forms do them (notebook/operations.h).
// account create NAME
Status runAccount(Store &store, const Arguments &args, std::ostream &out);
// contact create [--first F] [--last L] [--account ID]
Status runContact(Store &store, const Arguments &args, std::ostream &out);
// visit record --account ID [--contact ID]... [--date D] [--title T] [--notes N] [--outcome O]
//              [--next STEP [--due D]]...
Status runVisit(Store &store, const Arguments &args, std::ostream &out);
// followup plan --title T [--due D] [--account ID] [--contact ID] [--visit ID] [--lead ID];
// followup done|undone ID
Status runFollowUp(Store &store, const Arguments &args, std::ostream &out);
// near PLACE [--limit N] [--offset N] [--today D]: customers nearest a place, nearest first.
Status runNear(Store &store, const Arguments &args, std::ostream &out);
// route [--date D] [--from PLACE]: the day's planned visits in a short order, with kilometres.
Status runRoute(Store &store, const Arguments &args, std::ostream &out);
// account pin ID PLACE / account unpin ID (placeText null): where a customer is.
Status runPin(Store &store, const std::string &accountId, const std::string *placeText,
              std::ostream &out);
// lead convert ID
Status runLead(Store &store, const Arguments &args, std::ostream &out);
// `partlyDone`: the sync ran, but some documents or attachments did not arrive (each in
// "problems"; the next sync asks for them again).
Status runSync(Store &store, const Arguments &args, std::ostream &out, bool &partlyDone);
// The notebook encrypted in place (a new one made encrypted), its key in the key store.
Status runEncrypt(const QString &path, platform::CredentialStore &keys, std::ostream &out);
// A new key for an encrypted notebook.
Status runRekey(const QString &path, platform::CredentialStore &keys, std::ostream &out);

} // namespace rapport::cli
