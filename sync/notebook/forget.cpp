#include "notebook/forget.h"

#include "core/fields.h"
#include "core/ids.h"
#include "core/json.h"
#include "merge/local_editor.h"
#include "notebook/display_name.h"
#include "notebook/index_fields.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <algorithm>
#include <memory>
#include <set>

namespace rapport::notebook {

namespace {

// How a text is written inside a stored body (JSON-escaped, without its quotes), so that a
// search of the bodies finds it as stored.
std::string asStored(const std::string &text)
{
    const std::string quoted = Json(text).dump();
    return quoted.substr(1, quoted.size() - 2);
}

// Whether the person's name appears in the record's own words, the ids aside: their full name
// anywhere, their first name alone only in what was written about someone, not in the fields
// that name another person (a colleague, or a customer's son, called Emma too).
bool namesThem(Json body, const std::string &fullName, const std::string &firstName)
{
    body.erase("contactIds");
    body.erase("clocks");
    if (!fullName.empty() && body.dump().find(asStored(fullName)) != std::string::npos)
        return true;
    if (firstName.empty())
        return false;
    for (const char *nameField : {"firstName", "lastName", "name"})
        body.erase(nameField);
    if (auto family = body.find("family"); family != body.end() && family->is_array())
        for (auto &member : *family)
            if (member.is_object())
                member.erase("name");
    return body.dump().find(asStored(firstName)) != std::string::npos;
}

// Records that keep the person's values for review (what lost a merge, a pair flagged as one
// person) go with them.
bool holdsTheirValues(const std::string &type, const Json &body, const std::string &id)
{
    if (type == "followup" || type == "feedback" || type == "lead")
        return stringMember(body, "contactId") == id;
    if (type == "conflict")
        return true; // it names them (by id or in a value): a review record, gone with them
    if (type == "duplicate")
        return listHolds(body, "ids", id);
    if (type == "reminder") // what was answered to a reminder about them
        return stringMember(body, "about") == id;
    return false;
}

RecordMention mentionOf(const std::string &id, const std::string &type, const Json &body)
{
    return {id, type, displayName(body)};
}

// What forgetting the person touches, read inside whatever transaction is open.
Result<ForgetPlan> plan(Store &store, std::string_view contactId)
{
    auto contact = store.get(contactId);
    if (!contact)
        return contact.error();
    if (stringMember(contact->body, "type") != "contact")
        return Error {Errc::BadRequest, std::string(contactId) + " is not a person"};
    ForgetPlan plan;
    plan.contactId = std::string(contactId);
    plan.name = personName(contact->body);
    plan.purged.push_back(mentionOf(plan.contactId, "contact", contact->body));
    const std::string firstName = stringMember(contact->body, "firstName");
    // A first name of one or two letters would find half the notebook.
    const std::string first = firstName.size() >= 3 ? firstName : std::string();
    const std::string quotedId = Json(plan.contactId).dump();

    auto &db = store.database();
    auto records = db.prepare(
        "SELECT d.id, r.body FROM docs d JOIN revs r ON r.rid = d.winner "
        "WHERE d.deleted = 0 AND d.id <> ?1 AND (instr(r.body, ?2) > 0 "
        "OR (?3 <> '' AND instr(r.body, ?3) > 0) OR (?4 <> '' AND instr(r.body, ?4) > 0)) "
        "ORDER BY d.id");
    if (!records)
        return records.error();
    records->bind(1, plan.contactId)
        .bind(2, quotedId)
        .bind(3, asStored(plan.name))
        .bind(4, asStored(first));
    auto read = sqlite::forEachRow(*records, [&](const sqlite::Query &row) {
        const std::string id = row.text(0);
        const Json body = Json::parse(row.textView(1), nullptr, false);
        if (!body.is_object())
            return;
        const std::string type = stringMember(body, "type");
        if (type == "erasure")
            return; // names ids only
        if (holdsTheirValues(type, body, plan.contactId)) {
            plan.purged.push_back(mentionOf(id, type, body));
            return;
        }
        const bool met = type == "visit" && listHolds(body, "contactIds", plan.contactId);
        if (met)
            plan.visitsMet.push_back(mentionOf(id, type, body));
        if (namesThem(body, plan.name, first))
            plan.namedIn.push_back(mentionOf(id, type, body));
    });
    if (!read)
        return read.error();

    auto drafts = db.prepare("SELECT id FROM local_docs WHERE instr(body, ?1) > 0 "
                             "OR (?2 <> '' AND instr(body, ?2) > 0) "
                             "OR (?3 <> '' AND instr(body, ?3) > 0) ORDER BY id");
    if (!drafts)
        return drafts.error();
    drafts->bind(1, plan.contactId).bind(2, asStored(plan.name)).bind(3, asStored(first));
    auto readDrafts = sqlite::forEachRow(
        *drafts, [&](const sqlite::Query &row) { plan.drafts.push_back(row.text(0)); });
    if (!readDrafts)
        return readDrafts.error();
    return plan;
}

// Every leaf revision of each document, for the erasure record (CouchDB's _purge takes them).
Result<Json> leavesOf(Store &store, const std::vector<std::string> &ids)
{
    Json forgotten = Json::object();
    for (const auto &id : ids) {
        auto leaves = store.getLeaves(id);
        if (!leaves && leaves.error().code != Errc::NotFound)
            return leaves.error();
        Json revs = Json::array();
        if (leaves)
            for (const auto &leaf : *leaves)
                revs.push_back(leaf.rev);
        forgotten[id] = std::move(revs);
    }
    return forgotten;
}

// What every other device and the server need to forget the same: ids and revisions, never a
// name or a value. Its id.
Result<std::string> writeErasure(Store &store, const std::vector<std::string> &ids,
                                 const std::string &person, std::string_view today)
{
    auto forgotten = leavesOf(store, ids);
    if (!forgotten)
        return forgotten.error();
    Json body {{"type", "erasure"},
               {"schema", 1},
               {"forgotten", std::move(*forgotten)},
               {"on", std::string(today)}};
    if (!person.empty())
        body["person"] = person;
    auto saved = store.put(Document {newDocumentId("erasure"), {}, false, std::move(body)});
    if (!saved)
        return saved.error();
    return saved->id;
}

// Takes the person out of the visits they were met at, discards the drafts that name them,
// and purges their records and `alsoPurge`. Inside a batch.
Status carryOut(merge::LocalEditor &editor, const ForgetPlan &plan,
                const std::vector<std::string> &alsoPurge)
{
    Store &store = editor.store();
    for (const auto &visit : plan.visitsMet) {
        auto current = store.get(visit.id);
        if (!current)
            return current.error();
        Json &people = current->body["contactIds"];
        people.erase(std::remove(people.begin(), people.end(), Json(plan.contactId)), people.end());
        if (auto saved = editor.save(*current); !saved)
            return saved.error();
    }
    for (const auto &draft : plan.drafts)
        if (auto removed = store.removeLocal(draft);
            !removed && removed.error().code != Errc::NotFound)
            return removed;
    std::set<std::string> ids(alsoPurge.begin(), alsoPurge.end());
    for (const auto &record : plan.purged)
        ids.insert(record.id);
    return store.purge({ids.begin(), ids.end()});
}

} // namespace

Result<ForgetPlan> planForgetting(Store &store, std::string_view contactId)
{
    return plan(store, contactId);
}

Result<std::string> forget(merge::LocalEditor &editor, std::string_view contactId,
                           std::string_view today)
{
    Store &store = editor.store();
    std::string erasureId;
    auto written = store.writeBatch([&]() -> Status {
        auto planned = plan(store, contactId);
        if (!planned)
            return planned.error();
        std::vector<std::string> ids;
        for (const auto &record : planned->purged)
            ids.push_back(record.id);
        auto recorded = writeErasure(store, ids, planned->contactId, today);
        if (!recorded)
            return recorded.error();
        erasureId = *recorded;
        return carryOut(editor, *planned, {});
    });
    if (!written)
        return written.error();
    if (auto wiped = store.eraseFreedRoom(); !wiped)
        return wiped.error();
    return erasureId;
}

Result<std::string> forgetRecords(Store &store, const std::vector<std::string> &ids,
                                  std::string_view today)
{
    std::string erasureId;
    auto written = store.writeBatch([&]() -> Status {
        auto recorded = writeErasure(store, ids, {}, today);
        if (!recorded)
            return recorded.error();
        erasureId = *recorded;
        return store.purge(ids);
    });
    if (!written)
        return written.error();
    if (auto wiped = store.eraseFreedRoom(); !wiped)
        return wiped.error();
    return erasureId;
}

Result<int> applyPulledErasures(Store &store, std::int64_t since)
{
    auto erasures = store.database().prepare(
        "SELECT r.body FROM docs d JOIN revs r ON r.rid = d.winner "
        "WHERE d.seq > ? AND d.deleted = 0 AND r.body ->> '$.type' = 'erasure' ORDER BY d.seq");
    if (!erasures)
        return erasures.error();
    erasures->bind(1, since);
    std::vector<Json> pulled;
    auto read = sqlite::forEachRow(*erasures, [&](const sqlite::Query &row) {
        Json body = Json::parse(row.textView(0), nullptr, false);
        if (body.is_object() && body.contains("forgotten") && body["forgotten"].is_object())
            pulled.push_back(std::move(body));
    });
    if (!read)
        return read.error();
    int applied = 0;
    std::unique_ptr<merge::LocalEditor> editor; // opened when there is something to forget
    for (const auto &erasure : pulled) {
        std::vector<std::string> ids;
        bool pending = false;
        for (const auto &[id, revs] : erasure["forgotten"].items()) {
            ids.push_back(id);
            auto purged = store.wasPurged(id);
            if (!purged)
                return purged.error();
            pending = pending || !*purged;
        }
        if (!pending)
            continue; // forgotten here already (this device wrote it, or pulled it before)
        if (!editor) {
            auto opened = merge::LocalEditor::open(store);
            if (!opened)
                return opened.error();
            editor = std::move(*opened);
        }
        const std::string person = stringMember(erasure, "person");
        auto written = store.writeBatch([&]() -> Status {
            // The person still here: forgotten as on the device that wrote the record, with
            // what this device added meanwhile (a visit recorded offline, a draft).
            auto planned = person.empty() ? Result<ForgetPlan>(Error {Errc::NotFound, ""})
                                          : plan(store, person);
            if (!planned && planned.error().code != Errc::NotFound)
                return planned.error();
            ForgetPlan nothingElse;
            nothingElse.contactId = person;
            return carryOut(*editor, planned ? *planned : nothingElse, ids);
        });
        if (!written)
            return written.error();
        ++applied;
    }
    if (applied > 0)
        if (auto wiped = store.eraseFreedRoom(); !wiped)
            return wiped.error();
    return applied;
}

} // namespace rapport::notebook
