#include "merge/three_way_merge.h"

#include "core/fields.h"
#include "merge/merge_rules.h"

#include <map>
#include <optional>
#include <set>

namespace rapport::merge {

namespace {

// Members CouchDB owns or that the merge writes itself.
bool isMetadata(const std::string &key)
{
    return key.starts_with('_') || key == clocksField;
}

bool same(const Json *a, const Json *b)
{
    if (!a || !b)
        return a == b;
    return *a == *b;
}

class Merger
{
public:
    Merger(const Json &left, const Json &right)
        : m_leftClocks(findMember(&left, clocksField)),
          m_rightClocks(findMember(&right, clocksField))
    { }

    Json object(const std::string &type, const std::string &rulePath, const std::string &path,
                const Json *base, const Json &left, const Json &right, bool topLevel)
    {
        Json merged = Json::object();
        for (const auto &key : keysInOrder(base, left, right)) {
            if (topLevel && isMetadata(key))
                continue;
            const auto childPath = path.empty() ? key : path + "/" + key;
            const auto childRule = rulePath.empty() ? key : rulePath + "/" + key;
            auto value = field(type, childRule, childPath, findMember(base, key),
                               findMember(&left, key), findMember(&right, key));
            if (value)
                merged[key] = std::move(*value);
        }
        return merged;
    }

    std::vector<LostValue> lost;

private:
    // The base's keys in its order, then every key it lacks in sorted order: the same order
    // whichever side is left.
    static std::vector<std::string> keysInOrder(const Json *base, const Json &left,
                                                const Json &right)
    {
        std::vector<std::string> keys;
        std::set<std::string> seen;
        if (base && base->is_object()) {
            for (const auto &[key, value] : base->items()) {
                keys.push_back(key);
                seen.insert(key);
            }
        }
        std::set<std::string> added;
        for (const Json *side : {&left, &right}) {
            for (const auto &[key, value] : side->items()) {
                if (!seen.contains(key))
                    added.insert(key);
            }
        }
        keys.insert(keys.end(), added.begin(), added.end());
        return keys;
    }

    std::optional<Json> field(const std::string &type, const std::string &rulePath,
                              const std::string &path, const Json *base, const Json *left,
                              const Json *right)
    {
        if (same(left, right))
            return left ? std::optional<Json>(*left) : std::nullopt;
        switch (fieldKind(type, rulePath, base, left, right)) {
        case FieldKind::Set:
            if (isListOrAbsent(base) && isListOrAbsent(left) && isListOrAbsent(right))
                return set(base, left, right);
            break;
        case FieldKind::Items:
            if (isListOrAbsent(base) && isListOrAbsent(left) && isListOrAbsent(right))
                return items(type, rulePath, path, base, left, right);
            break;
        case FieldKind::Value:
            break;
        case FieldKind::Whole:
            return value(type, rulePath, path, base, left, right, true);
        }
        return value(type, rulePath, path, base, left, right, false);
    }

    static bool isListOrAbsent(const Json *value) { return !value || value->is_array(); }

    std::optional<Json> value(const std::string &type, const std::string &rulePath,
                              const std::string &path, const Json *base, const Json *left,
                              const Json *right, bool whole)
    {
        if (same(left, base))
            return right ? std::optional<Json>(*right) : std::nullopt; // only right changed
        if (same(right, base))
            return left ? std::optional<Json>(*left) : std::nullopt; // only left changed
        if (!base && (!left || !right)) // no ancestor to tell: keep what one side has
            return left ? *left : *right;
        if (!whole && left && right && left->is_object() && right->is_object()
            && (!base || base->is_object())) // a nested object: field by field
            return object(type, rulePath, path, base, *left, *right, false);
        // Both changed it: the newer edit wins, the other value is kept for the user.
        const auto leftStamp = stampOf(m_leftClocks, path);
        const auto rightStamp = stampOf(m_rightClocks, path);
        const auto dump = [](const Json *v) {
            return v ? v->dump() : std::string();
        };
        const bool leftWins
            = leftStamp != rightStamp ? leftStamp > rightStamp : dump(left) > dump(right);
        const Json *winner = leftWins ? left : right;
        const Json *loser = leftWins ? right : left;
        lost.push_back(LostValue {path, winner ? *winner : Json(), loser ? *loser : Json(),
                                  leftWins ? leftStamp : rightStamp,
                                  leftWins ? rightStamp : leftStamp});
        return winner ? std::optional<Json>(*winner) : std::nullopt;
    }

    // Additions and removals from both sides: a member stays if neither side removed it, and
    // comes in if either side added it. The base's order, then additions in sorted order.
    static Json set(const Json *base, const Json *left, const Json *right)
    {
        const auto members = [](const Json *list) {
            std::set<std::string> out;
            if (list)
                for (const auto &item : *list)
                    out.insert(item.dump());
            return out;
        };
        const auto inBase = members(base);
        const auto inLeft = members(left);
        const auto inRight = members(right);
        Json merged = Json::array();
        std::set<std::string> taken;
        if (base) {
            for (const auto &item : *base) {
                const auto key = item.dump();
                if (inLeft.contains(key) && inRight.contains(key) && taken.insert(key).second)
                    merged.push_back(item);
            }
        }
        std::set<std::string> added;
        for (const auto *side : {&inLeft, &inRight})
            for (const auto &key : *side)
                if (!inBase.contains(key))
                    added.insert(key);
        for (const auto &key : added)
            if (taken.insert(key).second)
                merged.push_back(Json::parse(key));
        return merged;
    }

    // Item by item, by id: an item on both sides merges field by field; an item one side
    // added comes in; an item one side removed goes, unless the other side changed it (an edit
    // beats a removal).
    Json items(const std::string &type, const std::string &rulePath, const std::string &path,
               const Json *base, const Json *left, const Json *right)
    {
        const auto byId = [](const Json *list) {
            std::map<std::string, const Json *> out;
            if (list)
                for (const auto &item : *list)
                    if (item.is_object() && item.contains("id") && item["id"].is_string())
                        out[item["id"].get<std::string>()] = &item;
            return out;
        };
        const auto inBase = byId(base);
        const auto inLeft = byId(left);
        const auto inRight = byId(right);
        std::vector<std::string> ids;
        std::set<std::string> listed;
        if (base)
            for (const auto &item : *base)
                if (item.is_object() && item.contains("id") && item["id"].is_string()
                    && listed.insert(item["id"].get<std::string>()).second)
                    ids.push_back(item["id"].get<std::string>());
        std::set<std::string> added;
        for (const auto *side : {&inLeft, &inRight})
            for (const auto &[id, item] : *side)
                if (!listed.contains(id))
                    added.insert(id);
        ids.insert(ids.end(), added.begin(), added.end());

        const auto find = [](const auto &map, const std::string &id) -> const Json * {
            auto found = map.find(id);
            return found == map.end() ? nullptr : found->second;
        };
        Json merged = Json::array();
        for (const auto &id : ids) {
            const Json *b = find(inBase, id);
            const Json *l = find(inLeft, id);
            const Json *r = find(inRight, id);
            if (l && r) {
                merged.push_back(
                    same(l, r) ? *l
                               : object(type, rulePath + "/*", path + "/" + id, b, *l, *r, false));
            } else if (l || r) {
                const Json *present = l ? l : r;
                if (!b || !same(present, b))
                    merged.push_back(*present); // added, or changed while the other removed it
            }
        }
        return merged;
    }

    // The stamp of the edit that set `path` on one side: its own, else its nearest parent's.
    static std::string stampOf(const Json *clocks, std::string path)
    {
        while (clocks && clocks->is_object()) {
            auto found = clocks->find(path);
            if (found != clocks->end() && found->is_string())
                return found->get<std::string>();
            const auto slash = path.rfind('/');
            if (slash == std::string::npos)
                break;
            path.resize(slash);
        }
        return {};
    }

    const Json *m_leftClocks;
    const Json *m_rightClocks;
};

// Each path's latest stamp from both sides: the merged document knows every edit it contains.
Json mergeClocks(const Json &left, const Json &right)
{
    std::map<std::string, std::string> latest;
    for (const Json *side : {&left, &right}) {
        const Json *clocks = findMember(side, clocksField);
        if (!clocks || !clocks->is_object())
            continue;
        for (const auto &[path, stamp] : clocks->items()) {
            if (stamp.is_string() && stamp.get<std::string>() > latest[path])
                latest[path] = stamp.get<std::string>();
        }
    }
    Json merged = Json::object();
    for (const auto &[path, stamp] : latest)
        merged[path] = stamp;
    return merged;
}

} // namespace

MergeResult mergeBodies(const Json *base, const Json &left, const Json &right)
{
    Merger merger(left, right);
    const auto typeOf = [](const Json *body) {
        const Json *type = findMember(body, "type");
        return type && type->is_string() ? type->get<std::string>() : std::string();
    };
    // The rules follow the type both sides agree on (a type change is itself a field conflict).
    const std::string type = typeOf(&left) == typeOf(&right) ? typeOf(&left) : std::string();
    MergeResult result;
    result.body = merger.object(type, "", "", base, left, right, true);
    if (auto clocks = mergeClocks(left, right); !clocks.empty())
        result.body[clocksField] = std::move(clocks);
    result.lost = std::move(merger.lost);
    return result;
}

} // namespace rapport::merge
