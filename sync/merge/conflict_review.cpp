#include "merge/conflict_review.h"

#include "merge/local_editor.h"
#include "store/store.h"

namespace rapport::merge {

namespace {

// Sets (or, with a null value, removes) the value at a merge path: "role", "prefs/channel",
// "family/f1/name" (a list of items is entered by the item's id).
void setAtPath(Json &body, const std::string &path, const Json &value)
{
    Json *node = &body;
    std::size_t start = 0;
    while (true) {
        const auto slash = path.find('/', start);
        const std::string key = path.substr(start, slash - start);
        const bool last = slash == std::string::npos;
        if (node->is_array()) {
            Json *item = nullptr;
            for (auto &candidate : *node)
                if (candidate.is_object() && candidate.value("id", "") == key)
                    item = &candidate;
            if (!item) { // the item is gone: bring it back
                node->push_back(Json {{"id", key}});
                item = &node->back();
            }
            if (last) {
                if (value.is_null())
                    node->erase(static_cast<std::size_t>(item - &node->front()));
                else
                    *item = value;
                return;
            }
            node = item;
        } else {
            if (!node->is_object())
                *node = Json::object();
            if (last) {
                if (value.is_null())
                    node->erase(key);
                else
                    (*node)[key] = value;
                return;
            }
            node = &(*node)[key];
        }
        start = slash + 1;
    }
}

Result<Document> openConflict(Store &store, const std::string &conflictId)
{
    auto conflict = store.get(conflictId);
    if (!conflict)
        return conflict.error();
    if (conflict->type() != "conflict")
        return Error {Errc::BadRequest, conflictId + " is not a conflict document"};
    if (conflict->body.value("status", "") != "open")
        return Error {Errc::Conflict, conflictId + " was dealt with already"};
    return conflict;
}

Status close(LocalEditor &editor, Document conflict, const char *status)
{
    conflict.body["status"] = status;
    // A lost attachment was kept for this decision alone: restored, the record holds it;
    // dismissed, nobody wants it, and its bytes are freed with the last revision naming them.
    conflict.attachments.clear();
    auto saved = editor.save(conflict);
    if (!saved)
        return saved.error();
    return {};
}

} // namespace

Status restoreConflict(LocalEditor &editor, const std::string &conflictId)
{
    Store &store = editor.store();
    auto conflict = openConflict(store, conflictId);
    if (!conflict)
        return conflict.error();
    const std::string docId = conflict->body.value("docId", "");
    auto current = store.get(docId);
    if (!current)
        return current.error();
    const std::string kind = conflict->body.value("kind", "");
    if (kind == "deletion") {
        if (auto removed = editor.remove(docId, current->rev); !removed)
            return removed.error();
    } else if (kind == "attachment") {
        const std::string name = conflict->body.value("field", "");
        auto lost = conflict->attachments.find(name);
        if (lost == conflict->attachments.end())
            return Error {Errc::Corrupt, conflictId + " no longer holds the attachment it kept"};
        Document restored = *current;
        restored.attachments[name] = lost->second;
        if (auto saved = editor.save(restored); !saved)
            return saved.error();
    } else {
        Document restored = *current;
        setAtPath(restored.body, conflict->body.value("field", ""), conflict->body["lost"]);
        if (auto saved = editor.save(restored); !saved)
            return saved.error();
    }
    return close(editor, std::move(*conflict), "restored");
}

Status dismissConflict(LocalEditor &editor, const std::string &conflictId)
{
    auto conflict = openConflict(editor.store(), conflictId);
    if (!conflict)
        return conflict.error();
    return close(editor, std::move(*conflict), "dismissed");
}

} // namespace rapport::merge
