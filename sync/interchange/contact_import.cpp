#include "interchange/contact_import.h"

#include "core/ids.h"
#include "core/md5.h"
#include "interchange/csv_people.h"
#include "interchange/text_encoding.h"
#include "interchange/vcard.h"
#include "merge/duplicates.h"
#include "merge/local_editor.h"
#include "store/notebook_queries.h"
#include "store/store.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace rapport::interchange {

namespace {

// A card's UID as a contact id: Rapport's own ids come back as they left (so a card exported
// and imported again is the same person); anyone else's is hashed into one, so that importing
// the same file twice finds the people it brought the first time.
std::string contactIdFor(const std::string &uid)
{
    if (uid.starts_with("contact-") && uid.size() <= 100
        && std::all_of(uid.begin(), uid.end(),
                       [](unsigned char c) { return std::isalnum(c) || c == '-' || c == '_'; }))
        return uid;
    return "contact-card-" + md5Hex(uid);
}

std::string lowered(const std::string &text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// Rolls the preview back: its work is done, and none of it is to stay.
const Error previewDone {Errc::Cancelled, "preview"};

// A record without a UID gets an id from what it says (name, e-mail, phone, company) and how
// many records before it in the file said the same: importing the same file again finds the
// people it brought the first time, and two identical rows in one file are still two people.
std::string idFromContent(const PersonRecord &person, std::map<std::string, int> &seen)
{
    auto field = [&person](const char *key) {
        auto found = person.fields.find(key);
        return found != person.fields.end() && found->is_string()
            ? lowered(found->get<std::string>())
            : std::string();
    };
    const auto key = field("firstName") + "\n" + field("lastName") + "\n" + field("email") + "\n"
        + field("phone") + "\n" + lowered(person.company);
    const int occurrence = seen[key]++;
    return "contact-import-" + md5Hex(key + "\n" + std::to_string(occurrence));
}

Status writePeople(merge::LocalEditor &editor, const PeopleFile &file, ImportReport &report)
{
    std::map<std::string, int> seen;
    auto &store = editor.store();
    NotebookQueries queries(store);
    auto before = store.lastSequence();
    if (!before)
        return before.error();
    std::map<std::string, std::string> accountsByName; // lower-case name -> id
    for (const auto &person : file.people) {
        Document contact;
        contact.id = person.uid.empty() ? idFromContent(person, seen) : contactIdFor(person.uid);
        if (auto existing = store.get(contact.id); existing) {
            ++report.alreadyThere;
            continue;
        } else if (existing.error().code != Errc::NotFound) {
            return existing.error();
        }
        contact.body = Json {{"type", "contact"}, {"schema", 1}};
        if (!person.company.empty()) {
            const auto key = lowered(person.company);
            auto known = accountsByName.find(key);
            if (known == accountsByName.end()) {
                auto found = queries.accountNamed(person.company);
                if (!found)
                    return found.error();
                std::string accountId;
                if (*found) {
                    accountId = **found;
                } else {
                    Document account {
                        newDocumentId("account"),
                        {},
                        false,
                        Json {{"type", "account"}, {"schema", 1}, {"name", person.company}}};
                    auto saved = editor.save(account);
                    if (!saved)
                        return saved.error();
                    accountId = account.id;
                    ++report.companies;
                }
                known = accountsByName.emplace(key, accountId).first;
            }
            contact.body["accountId"] = known->second;
        }
        for (const auto &[key, value] : person.fields.items())
            contact.body[key] = value;
        auto saved = editor.save(contact);
        if (!saved) {
            if (saved.error().code == Errc::DiskFull || saved.error().code == Errc::Io
                || saved.error().code == Errc::Busy)
                return saved.error();
            report.skipped.push_back(
                {person.where, "it could not be stored: " + saved.error().message});
            continue;
        }
        ++report.added;
        for (const auto &why : person.leftOut)
            report.partial.push_back({person.where, why + "; left out"});
    }
    auto flagged = merge::flagLikelyDuplicates(store, *before);
    if (!flagged)
        return flagged.error();
    report.likelyDuplicates = *flagged;
    return {};
}

// Rapport's own export: {"docs":[...]}, each document with the id it had. One already in the
// notebook is left as it is here.
Status writeNotebook(Store &store, const Json &docs, ImportReport &report)
{
    int index = 0;
    for (const auto &body : docs) {
        ++index;
        const auto where = "record " + std::to_string(index);
        if (!body.is_object() || !body.contains("_id") || !body["_id"].is_string()) {
            report.skipped.push_back({where, "it has no _id"});
            continue;
        }
        Document doc;
        doc.id = body["_id"].get<std::string>();
        doc.body = body;
        doc.body.erase("_id");
        doc.body.erase("_rev");
        if (doc.id.starts_with("_local/") || doc.body.value("_deleted", false)) {
            report.skipped.push_back({where + " (" + doc.id + ")", "it is not a record of yours"});
            continue;
        }
        auto saved = store.put(doc);
        if (saved) {
            ++report.added;
        } else if (saved.error().code == Errc::Conflict) {
            ++report.alreadyThere;
        } else if (saved.error().code == Errc::DiskFull || saved.error().code == Errc::Io
                   || saved.error().code == Errc::Busy) {
            return saved.error();
        } else {
            report.skipped.push_back({where + " (" + doc.id + ")", saved.error().message});
        }
    }
    return {};
}

bool looksLikeVCard(std::string_view text)
{
    const auto start = text.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos)
        return false;
    const auto head = lowered(std::string(text.substr(start, 11)));
    return head == "begin:vcard";
}

} // namespace

Json ImportReport::toJson() const
{
    auto list = [](const std::vector<Skipped> &items) {
        Json out = Json::array();
        for (const auto &item : items)
            out.push_back(Json {{"where", item.where}, {"why", item.why}});
        return out;
    };
    return Json {{"format", format},
                 {"readAs", readAs},
                 {"added", added},
                 {"companies", companies},
                 {"alreadyThere", alreadyThere},
                 {"likelyDuplicates", likelyDuplicates},
                 {"skipped", list(skipped)},
                 {"partial", list(partial)},
                 {"written", written}};
}

Result<ImportReport> importFile(merge::LocalEditor &editor, std::string_view bytes, ImportMode mode)
{
    if (bytes.size() > maxImportBytes)
        return Error {Errc::TooLarge,
                      "the file is larger than 64 MB; split it and import the parts"};
    ImportReport report;
    std::function<Status()> work;
    PeopleFile people;
    Json notebook;
    auto decoded = decodeText(bytes);
    const auto start = decoded.utf8.find_first_not_of(" \t\r\n");
    if (start != std::string::npos && decoded.utf8[start] == '{') {
        report.format = "Rapport JSON";
        report.readAs = decoded.readAs;
        notebook
            = nestingExceeds(decoded.utf8, 80) ? Json() : Json::parse(decoded.utf8, nullptr, false);
        if (!notebook.is_object() || !notebook.contains("docs") || !notebook["docs"].is_array())
            return Error {Errc::BadRequest,
                          "the file is not a Rapport export (JSON with a \"docs\" list)"};
        work = [&] {
            return writeNotebook(editor.store(), notebook["docs"], report);
        };
    } else {
        if (looksLikeVCard(decoded.utf8)) {
            report.format = "vCard";
            people = readVCards(bytes);
        } else {
            report.format = "CSV";
            people = readCsvPeople(bytes);
        }
        report.readAs = people.readAs;
        report.skipped = people.skipped;
        work = [&] {
            return writePeople(editor, people, report);
        };
    }
    auto status = editor.store().writeBatch([&]() -> Status {
        if (auto done = work(); !done)
            return done;
        return mode == ImportMode::Preview ? Status(previewDone) : Status();
    });
    if (!status && !(mode == ImportMode::Preview && status.error().code == Errc::Cancelled))
        return status.error();
    report.written = mode == ImportMode::Write;
    return report;
}

} // namespace rapport::interchange
