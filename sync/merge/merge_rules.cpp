#include "merge/merge_rules.h"

namespace rapport::merge {

namespace {

struct FieldRule
{
    std::string_view type; // "*": every type
    std::string_view path;
    FieldKind kind;
};

// Every merge rule that is not read from the values themselves, at a glance. Lists a person
// keeps in order as one text (a visit's next steps) are Values: merging them item by item
// would interleave two people's plans.
constexpr FieldRule rules[] = {
    // type       field                         kind
    {"contact", "tags", FieldKind::Set},
    {"contact", "interests", FieldKind::Set},
    {"contact", "hobbies", FieldKind::Set},
    {"contact", "likes", FieldKind::Set},
    {"contact", "dislikes", FieldKind::Set},
    {"contact", "family", FieldKind::Items},
    {"contact", "family/*/interests", FieldKind::Set},
    {"contact", "family/*/likes", FieldKind::Set},
    {"account", "tags", FieldKind::Set},
    {"account", "roles", FieldKind::Items}, // who plays which buying role there
    {"account", "contactIds", FieldKind::Set},
    {"visit", "contactIds", FieldKind::Set},
    {"visit", "topics", FieldKind::Set},
    {"visit", "nextSteps", FieldKind::Value},
    {"visit", "position", FieldKind::Whole},
    {"account", "place", FieldKind::Whole},
    {"lead", "interests", FieldKind::Set},
    {"*", "notes", FieldKind::Value},
};

bool isItemList(const Json &value)
{
    if (!value.is_array() || value.empty())
        return false;
    for (const auto &item : value) {
        if (!item.is_object() || !item.contains("id") || !item["id"].is_string())
            return false;
    }
    return true;
}

} // namespace

FieldKind fieldKind(std::string_view type, std::string_view path, const Json *base,
                    const Json *left, const Json *right)
{
    for (const auto &rule : rules) {
        if ((rule.type == type || rule.type == "*") && rule.path == path)
            return rule.kind;
    }
    bool anyList = false;
    bool allLists = true;
    for (const Json *value : {base, left, right}) {
        if (!value)
            continue;
        if (isItemList(*value))
            return FieldKind::Items;
        anyList = anyList || value->is_array();
        allLists = allLists && value->is_array();
    }
    return anyList && allLists ? FieldKind::Set : FieldKind::Value;
}

} // namespace rapport::merge
