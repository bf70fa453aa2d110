#include "merge/local_editor.h"

#include "core/fields.h"
#include "merge/merge_rules.h"
#include "merge/three_way_merge.h"
#include "store/device_identity.h"
#include "store/store.h"

#include <chrono>
#include <map>
#include <optional>
#include <set>

namespace rapport::merge {

namespace {

constexpr const char *clockDocument = "_local/rapport-clock";

std::map<std::string, const Json *> itemsById(const Json *list)
{
    std::map<std::string, const Json *> out;
    if (list && list->is_array())
        for (const auto &item : *list)
            if (item.is_object() && item.contains("id") && item["id"].is_string())
                out[item["id"].get<std::string>()] = &item;
    return out;
}

// The paths an edit changed, as finely as the merge reads them: an item's field in a list of
// items, a member of a nested object, else the field itself.
void changedPaths(const std::string &type, const std::string &rulePath, const std::string &path,
                  const Json *before, const Json *after, std::set<std::string> &out)
{
    std::set<std::string> keys;
    for (const Json *side : {before, after})
        if (side && side->is_object())
            for (const auto &[key, value] : side->items())
                keys.insert(key);
    for (const auto &key : keys) {
        if (path.empty() && (key.starts_with('_') || key == clocksField))
            continue;
        const Json *was = findMember(before, key);
        const Json *now = findMember(after, key);
        if (was && now && *was == *now)
            continue;
        const auto childPath = path.empty() ? key : path + "/" + key;
        const auto childRule = rulePath.empty() ? key : rulePath + "/" + key;
        const auto kind = fieldKind(type, childRule, was, was, now);
        if (kind == FieldKind::Items && (!was || was->is_array()) && (!now || now->is_array())) {
            const auto wasItems = itemsById(was);
            const auto nowItems = itemsById(now);
            std::set<std::string> ids;
            for (const auto *items : {&wasItems, &nowItems})
                for (const auto &[id, item] : *items)
                    ids.insert(id);
            for (const auto &id : ids) {
                const auto w = wasItems.find(id);
                const auto n = nowItems.find(id);
                const Json *wasItem = w == wasItems.end() ? nullptr : w->second;
                const Json *nowItem = n == nowItems.end() ? nullptr : n->second;
                if (wasItem && nowItem && *wasItem != *nowItem)
                    changedPaths(type, childRule + "/*", childPath + "/" + id, wasItem, nowItem,
                                 out);
                else if (!wasItem || !nowItem)
                    out.insert(childPath + "/" + id); // added or removed
            }
        } else if (kind == FieldKind::Value && was && now && was->is_object() && now->is_object()) {
            changedPaths(type, childRule, childPath, was, now, out);
        } else {
            out.insert(childPath);
        }
    }
}

std::int64_t systemMillis()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

LocalEditor::LocalEditor(Store &store, std::string device, HybridClock::WallClock wallClock)
    : m_store(store), m_device(device), m_clock(std::move(device), std::move(wallClock))
{ }

Result<std::unique_ptr<LocalEditor>> LocalEditor::open(Store &store,
                                                       HybridClock::WallClock wallClock)
{
    auto device = deviceId(store);
    if (!device)
        return device.error();
    std::unique_ptr<LocalEditor> editor(
        new LocalEditor(store, *device, wallClock ? std::move(wallClock) : systemMillis));
    auto last = store.getLocal(clockDocument);
    if (last && (*last)["last"].is_string()) {
        if (auto stamp = Stamp::parse((*last)["last"].get<std::string>()))
            editor->m_clock.observe(*stamp);
    } else if (!last && last.error().code != Errc::NotFound) {
        return last.error();
    }
    return editor;
}

Result<PutResult> LocalEditor::save(const Document &doc)
{
    std::optional<Json> before;
    if (!doc.rev.empty()) {
        auto previous = m_store.getRevision(doc.id, doc.rev);
        if (previous)
            before = previous->body;
        // Otherwise Store::put says what is wrong with the rev.
    }
    Document stamped = doc;
    if (!stamped.body.is_object())
        stamped.body = Json::object();
    // Clocks the caller did not send are carried over from the revision being edited.
    const Json *earlier = before ? findMember(&*before, clocksField) : nullptr;
    Json clocks = stamped.body.contains(clocksField) && stamped.body[clocksField].is_object()
        ? stamped.body[clocksField]
        : (earlier && earlier->is_object() ? *earlier : Json::object());
    // The new stamp comes after every edit this one replaces, whatever the device's clock says.
    for (const auto &[path, text] : clocks.items())
        if (text.is_string())
            if (auto seen = Stamp::parse(text.get<std::string>()))
                m_clock.observe(*seen);
    std::set<std::string> paths;
    const auto typeValue = stamped.body.find("type");
    const std::string type = typeValue != stamped.body.end() && typeValue->is_string()
        ? typeValue->get<std::string>()
        : std::string();
    changedPaths(type, "", "", before ? &*before : nullptr, &stamped.body, paths);
    Result<PutResult> written = Error {Errc::Internal, "not written"};
    const Stamp stamp = m_clock.now();
    for (const auto &path : paths)
        clocks[path] = stamp.text();
    if (!clocks.empty())
        stamped.body[clocksField] = std::move(clocks);
    auto batch = m_store.writeBatch([&]() -> Status {
        written = m_store.put(stamped);
        if (!written)
            return written.error();
        auto saved = m_store.putLocal(clockDocument, Json {{"last", stamp.text()}});
        if (!saved)
            return saved.error();
        return {};
    });
    if (!batch)
        return batch.error();
    return written;
}

Result<PutResult> LocalEditor::remove(const std::string &id, const std::string &rev)
{
    return m_store.remove(id, rev);
}

} // namespace rapport::merge
