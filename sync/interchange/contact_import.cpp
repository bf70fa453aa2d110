#include "interchange/contact_import.h"

#include "core/ids.h"
#include "core/md5.h"
#include "interchange/csv_people.h"
#include "interchange/text_source.h"
#include "interchange/vcard.h"
#include "merge/duplicates.h"
#include "merge/local_editor.h"
#include "notebook/notebook_queries.h"
#include "store/store.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <utility>

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

// A write that fails this way fails for every record after it: the import stops, and its
// transaction rolls back. Any other failure is the record's own: it is skipped, with the reason.
bool stopsTheImport(const Error &error)
{
    return error.code == Errc::DiskFull || error.code == Errc::Io || error.code == Errc::Busy;
}

// How many records an import writes between two rounds of the index work they put off.
constexpr int recordsPerIndexRound = 5000;

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

Status writePeople(merge::LocalEditor &editor, PeopleSource &people, ImportReport &report)
{
    std::vector<Skipped> notStored;
    std::map<std::string, int> seen;
    auto &store = editor.store();
    NotebookQueries queries(store);
    auto before = store.lastSequence();
    if (!before)
        return before.error();
    std::map<std::string, std::string> accountsByName; // lower-case name -> id
    PersonRecord person;
    while (people.next(person)) {
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
            if (stopsTheImport(saved.error()))
                return saved.error();
            notStored.push_back({person.where, "it could not be stored: " + saved.error().message});
            continue;
        }
        ++report.added;
        for (const auto &why : person.leftOut)
            report.partial.push_back({person.where, why + "; left out"});
        if (report.added % recordsPerIndexRound == 0)
            if (auto indexed = store.writeDeferredIndex(); !indexed)
                return indexed;
    }
    // What the file held that is not a person first, then what could not be stored.
    report.skipped = people.skipped();
    report.skipped.insert(report.skipped.end(), notStored.begin(), notStored.end());
    auto flagged = merge::flagLikelyDuplicates(store, *before);
    if (!flagged)
        return flagged.error();
    report.likelyDuplicates = *flagged;
    return {};
}

// One record of Rapport's own export, with the id it had. One already in the notebook is left
// as it is here.
Status writeRecord(Store &store, Json &body, const std::string &where, ImportReport &report)
{
    if (!body.is_object() || !body.contains("_id") || !body["_id"].is_string()) {
        report.skipped.push_back({where, "it has no _id"});
        return {};
    }
    Document doc;
    doc.id = body["_id"].get<std::string>();
    body.erase("_id");
    body.erase("_rev");
    // Its photos and files, inline as the export writes them (a stub names bytes this device
    // may already hold).
    if (auto files = body.find("_attachments"); files != body.end()) {
        auto parsed = parseAttachments(*files);
        if (!parsed) {
            report.skipped.push_back({where + " (" + doc.id + ")", parsed.error().message});
            return {};
        }
        doc.attachments = std::move(*parsed);
        body.erase(files);
    }
    doc.body = std::move(body);
    if (doc.id.starts_with("_local/") || doc.body.value("_deleted", false)) {
        report.skipped.push_back({where + " (" + doc.id + ")", "it is not a record of yours"});
        return {};
    }
    auto saved = store.put(doc);
    if (saved) {
        ++report.added;
    } else if (saved.error().code == Errc::Conflict) {
        ++report.alreadyThere;
    } else if (stopsTheImport(saved.error())) {
        return saved.error();
    } else {
        report.skipped.push_back({where + " (" + doc.id + ")", saved.error().message});
    }
    return {};
}

// Rapport's own export, {"docs":[...]}, read as a stream: each record is written as soon as it
// is parsed and then dropped, so a notebook of any size imports in little memory. A record
// nested deeper than a document may be is never built (a hostile file cannot exhaust the
// stack); it is skipped with its reason.
Status writeNotebook(Store &store, std::istream &in, ImportReport &report)
{
    using Event = Json::parse_event_t;
    constexpr int deepest = 2 + 64; // the envelope's two levels, then a document's own limit
    bool topIsObject = false;
    bool sawDocs = false;
    bool inDocs = false;
    bool tooDeep = false;
    int index = 0;
    Status failed;
    auto parsed = Json::parse(
        in,
        [&](int depth, Event event, Json &value) -> bool {
            if (depth == 0 && event == Event::object_start)
                topIsObject = true;
            if (depth == 1 && event == Event::key)
                inDocs = value == "docs";
            if (depth == 1 && event == Event::array_start && inDocs)
                sawDocs = true;
            if (depth == 1 && event == Event::array_end)
                inDocs = false;
            if ((event == Event::object_start || event == Event::array_start) && depth > deepest) {
                tooDeep = true;
                return false;
            }
            if (!inDocs) // the envelope is kept; anything else beside the records is dropped
                return depth < 2 || !(event == Event::object_end || event == Event::array_end);
            if (depth != 2)
                return true; // inside a record
            // A whole record, or a value that is not one.
            if (event == Event::object_start)
                return true;
            if (event != Event::object_end && event != Event::value && event != Event::array_end)
                return true;
            const auto where = "record " + std::to_string(++index);
            if (!failed)
                return false; // a write failed: the rest is only read, and rolled back
            if (std::exchange(tooDeep, false))
                report.skipped.push_back({where, "it is nested deeper than a record may be"});
            else if (event != Event::object_end)
                report.skipped.push_back({where, "it is not a record"});
            else
                failed = writeRecord(store, value, where, report);
            if (failed && index % recordsPerIndexRound == 0)
                failed = store.writeDeferredIndex();
            return false;
        },
        false);
    if (!failed)
        return failed;
    if (parsed.is_discarded() || !topIsObject || !sawDocs)
        return Error {Errc::BadRequest,
                      parsed.is_discarded() && topIsObject
                          ? "the file breaks off or is not valid JSON; nothing was imported"
                          : "the file is not a Rapport export (JSON with a \"docs\" list)"};
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

// A vCard or CSV file being read: its text, and its people a record at a time.
struct AddressBook
{
    std::istringstream whole; // a pipe's bytes, read into memory
    std::optional<TextSource> text;
    std::unique_ptr<PeopleSource> people;
};

Status openAddressBook(std::istream &in, AddressBook &book, ImportReport &report)
{
    // An address book is read twice, a piece at a time: once for its encoding, then for
    // its people. A stream that cannot go back to its start (a pipe) is read into memory.
    std::istream *source = &in;
    if (in.tellg() < 0) {
        std::string bytes;
        char chunk[64 * 1024];
        while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
            bytes.append(chunk, static_cast<std::size_t>(in.gcount()));
            if (bytes.size() > maxPipedBytes)
                return Error {Errc::TooLarge,
                              "the file is larger than 256 MB; split it and import the parts"};
        }
        book.whole.str(std::move(bytes));
        source = &book.whole;
    }
    auto encoding = detectEncoding(*source);
    if (!encoding)
        return encoding.error();
    book.text.emplace(*source, *encoding);
    std::string head;
    book.text->read(head);
    const bool vCard = looksLikeVCard(head);
    book.text->putBack(std::move(head));
    book.people = vCard ? readVCards(*book.text) : readCsvPeople(*book.text);
    report.format = vCard ? "vCard" : "CSV";
    report.readAs = encodingName(*encoding);
    return {};
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

Result<ImportReport> importStream(merge::LocalEditor &editor, std::istream &in, ImportMode mode)
{
    ImportReport report;
    std::function<Status()> work;
    AddressBook book;
    // What the file is, from its first character past a byte order mark and blanks.
    if (in.peek() == 0xEF) {
        char mark[3] {};
        in.read(mark, 3);
        if (std::string_view(mark, 3) != "\xEF\xBB\xBF")
            in.seekg(0);
    }
    while (in && std::isspace(in.peek()))
        in.get();
    if (in.peek() == '{') {
        report.format = "Rapport JSON";
        report.readAs = "UTF-8";
        work = [&] {
            return writeNotebook(editor.store(), in, report);
        };
    } else {
        if (auto opened = openAddressBook(in, book, report); !opened)
            return opened.error();
        work = [&]() -> Status {
            if (auto written = writePeople(editor, *book.people, report); !written)
                return written;
            if (book.text->failed())
                return Error {Errc::Io, "the file could not be read to its end"};
            return {};
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

Result<ImportReport> importFile(merge::LocalEditor &editor, std::string_view bytes, ImportMode mode)
{
    std::istringstream in {std::string(bytes)};
    return importStream(editor, in, mode);
}

} // namespace rapport::interchange
