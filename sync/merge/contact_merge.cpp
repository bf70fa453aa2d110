#include "merge/contact_merge.h"

#include "merge/local_editor.h"
#include "merge/merge_rules.h"
#include "merge/three_way_merge.h"
#include "notebook/notebook_queries.h"
#include "store/store.h"

#include <algorithm>
#include <set>

namespace rapport::merge {

namespace {

bool isBookkeeping(const std::string &field)
{
    return field.starts_with('_') || field == "type" || field == "schema" || field == clocksField
        || field == "mergedFrom" || field == "mergedInto";
}

bool isCombined(const std::string &field, const Json *first, const Json *second)
{
    const auto kind = fieldKind("contact", field, nullptr, first, second);
    return kind == FieldKind::Set || kind == FieldKind::Items;
}

// Both sides of a set or a list of items: every member once (items by id, the kept side's
// version of an item both have).
Json combined(const Json &kept, const Json &other)
{
    Json out = kept.is_array() ? kept : Json::array();
    if (!other.is_array())
        return out;
    for (const auto &member : other) {
        const bool present = std::any_of(out.begin(), out.end(), [&member](const Json &mine) {
            if (member.is_object() && mine.is_object() && member.contains("id"))
                return mine.value("id", Json()) == member["id"];
            return mine == member;
        });
        if (!present)
            out.push_back(member);
    }
    return out;
}

// Replaces `from` with `to` wherever a document names a contact.
bool renameContact(Json &body, const std::string &from, const std::string &to)
{
    bool changed = false;
    if (auto single = body.find("contactId");
        single != body.end() && single->is_string() && *single == from) {
        *single = to;
        changed = true;
    }
    if (auto many = body.find("contactIds"); many != body.end() && many->is_array()) {
        Json renamed = Json::array();
        for (const auto &id : *many) {
            const Json next = id == from ? Json(to) : id;
            if (std::find(renamed.begin(), renamed.end(), next) == renamed.end())
                renamed.push_back(next);
        }
        if (renamed != *many) {
            *many = renamed;
            changed = true;
        }
    }
    return changed;
}

Result<Document> openDuplicate(Store &store, const std::string &duplicateId)
{
    auto flag = store.get(duplicateId);
    if (!flag)
        return flag.error();
    if (flag->body.value("type", std::string()) != "duplicate")
        return Error {Errc::BadRequest, duplicateId + " is not a duplicate to review"};
    if (flag->body.value("status", std::string()) != "open")
        return Error {Errc::Conflict, "these two were already merged or told apart"};
    return flag;
}

} // namespace

std::vector<FieldDifference> differences(const Json &first, const Json &second)
{
    std::vector<FieldDifference> out;
    std::vector<std::string> fields;
    for (const auto *side : {&first, &second})
        if (side->is_object())
            for (const auto &[key, value] : side->items())
                if (!isBookkeeping(key) && key != "greetings"
                    && std::find(fields.begin(), fields.end(), key) == fields.end())
                    fields.push_back(key);
    for (const auto &field : fields) {
        const Json *a = first.contains(field) ? &first[field] : nullptr;
        const Json *b = second.contains(field) ? &second[field] : nullptr;
        if (a && b && *a == *b)
            continue;
        out.push_back(
            FieldDifference {field, a ? *a : Json(), b ? *b : Json(), isCombined(field, a, b)});
    }
    return out;
}

Status mergeContacts(LocalEditor &editor, const std::string &duplicateId, const std::string &keep,
                     const std::map<std::string, Side> &choices)
{
    auto &store = editor.store();
    return store.writeBatch([&]() -> Status {
        auto flag = openDuplicate(store, duplicateId);
        if (!flag)
            return flag.error();
        const auto &ids = flag->body["ids"];
        if (!ids.is_array() || ids.size() != 2 || !ids[0].is_string() || !ids[1].is_string())
            return Error {Errc::BadRequest, "the duplicate document names no pair"};
        const std::string firstId = ids[0];
        const std::string secondId = ids[1];
        if (keep != firstId && keep != secondId)
            return Error {Errc::BadRequest, keep + " is not one of the two"};
        const auto otherId = keep == firstId ? secondId : firstId;
        auto kept = store.get(keep);
        if (!kept)
            return kept.error();
        auto other = store.get(otherId);
        if (!other)
            return other.error();
        const Json &firstBody = keep == firstId ? kept->body : other->body;
        const Json &secondBody = keep == firstId ? other->body : kept->body;

        Json merged = kept->body;
        for (const auto &difference : differences(firstBody, secondBody)) {
            const auto &field = difference.field;
            if (difference.combined) {
                merged[field] = combined(kept->body.value(field, Json::array()),
                                         other->body.value(field, Json::array()));
                continue;
            }
            const auto choice = choices.find(field);
            const Json *chosen = nullptr;
            if (choice != choices.end())
                chosen = choice->second == Side::First ? &difference.first : &difference.second;
            else
                chosen = kept->body.contains(field) ? &kept->body[field] : &other->body[field];
            if (chosen->is_null())
                merged.erase(field);
            else
                merged[field] = *chosen;
        }
        merged["greetings"] = combined(kept->body.value("greetings", Json::array()),
                                       other->body.value("greetings", Json::array()));
        if (merged["greetings"].empty())
            merged.erase("greetings");
        merged["mergedFrom"]
            = combined(kept->body.value("mergedFrom", Json::array()), Json::array({otherId}));
        kept->body = merged;
        if (auto saved = editor.save(*kept); !saved)
            return saved.error();

        // The other record's history becomes the kept one's.
        auto about = NotebookQueries(store).documentsAboutContact(otherId);
        if (!about)
            return about.error();
        for (const auto &id : *about) {
            auto doc = store.get(id);
            if (!doc)
                return doc.error();
            if (renameContact(doc->body, otherId, keep)) {
                if (auto saved = editor.save(*doc); !saved)
                    return saved.error();
            }
        }
        // Its last revision says where the person went, for anyone who follows an old link;
        // then it is deleted, its history kept in its revision tree.
        other->body["mergedInto"] = keep;
        auto noted = editor.save(*other);
        if (!noted)
            return noted.error();
        if (auto removed = editor.remove(other->id, noted->rev); !removed)
            return removed.error();
        flag->body["status"] = "merged";
        flag->body["kept"] = keep;
        if (auto saved = editor.save(*flag); !saved)
            return saved.error();
        return {};
    });
}

Status dismissDuplicate(LocalEditor &editor, const std::string &duplicateId)
{
    auto flag = openDuplicate(editor.store(), duplicateId);
    if (!flag)
        return flag.error();
    flag->body["status"] = "dismissed";
    auto saved = editor.save(*flag);
    if (!saved)
        return saved.error();
    return {};
}

} // namespace rapport::merge
