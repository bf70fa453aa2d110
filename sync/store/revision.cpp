#include "store/revision.h"

#include "core/md5.h"

#include <algorithm>
#include <charconv>

namespace rapport {

std::optional<RevId> RevId::parse(std::string_view text)
{
    const auto dash = text.find('-');
    if (dash == std::string_view::npos || dash == 0 || dash + 1 == text.size())
        return std::nullopt;
    std::int64_t gen = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + dash, gen);
    if (ec != std::errc {} || end != text.data() + dash || gen < 1)
        return std::nullopt;
    const auto hash = text.substr(dash + 1);
    if (hash.size() > 128)
        return std::nullopt;
    for (char c : hash) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte >= 0x7f)
            return std::nullopt;
    }
    return RevId {gen, std::string(hash)};
}

std::string RevId::str() const
{
    return std::to_string(gen) + "-" + hash;
}

namespace {

// A string as JSON: printable ASCII needs no escapes and is written as it is; anything else
// goes through the library's own escaping.
void appendString(std::string &out, const std::string &text)
{
    const bool plain = std::all_of(text.begin(), text.end(), [](char c) {
        return c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
    });
    if (!plain) {
        out += Json(text).dump(-1, ' ', false, Json::error_handler_t::replace);
        return;
    }
    out += '"';
    out += text;
    out += '"';
}

void appendSorted(std::string &out, const Json &value)
{
    if (value.is_object()) {
        using Member = Json::object_t::value_type;
        std::vector<const Member *> members;
        members.reserve(value.size());
        for (const auto &member : value.get_ref<const Json::object_t &>())
            members.push_back(&member);
        std::sort(members.begin(), members.end(),
                  [](const Member *a, const Member *b) { return a->first < b->first; });
        out += '{';
        for (std::size_t i = 0; i < members.size(); ++i) {
            if (i > 0)
                out += ',';
            appendString(out, members[i]->first);
            out += ':';
            appendSorted(out, members[i]->second);
        }
        out += '}';
    } else if (value.is_array()) {
        out += '[';
        for (std::size_t i = 0; i < value.size(); ++i) {
            if (i > 0)
                out += ',';
            appendSorted(out, value[i]);
        }
        out += ']';
    } else if (value.is_string()) {
        appendString(out, value.get_ref<const std::string &>());
    } else {
        out += value.dump(-1, ' ', false, Json::error_handler_t::replace);
    }
}

} // namespace

std::string sortedDump(const Json &body)
{
    std::string out;
    appendSorted(out, body);
    return out;
}

std::string revisionHash(const std::optional<RevId> &parent, bool deleted, const Json &body)
{
    // Sorted keys make the hash independent of the order in which members were written.
    return md5Hex((parent ? parent->str() : std::string()) + (deleted ? "|deleted|" : "|live|")
                  + sortedDump(body));
}

bool winsOver(const Leaf &a, const Leaf &b)
{
    if (a.deleted != b.deleted)
        return !a.deleted;
    if (a.rev.gen != b.rev.gen)
        return a.rev.gen > b.rev.gen;
    return a.rev.hash > b.rev.hash;
}

void sortByPriority(std::vector<Leaf> &leaves)
{
    std::sort(leaves.begin(), leaves.end(), winsOver);
}

} // namespace rapport
