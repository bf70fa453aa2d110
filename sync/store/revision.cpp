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

std::string revisionHash(const std::optional<RevId> &parent, bool deleted, const Json &body)
{
    // Sorted keys make the hash independent of the order in which members were written.
    const nlohmann::json canonical = body;
    const std::string input = (parent ? parent->str() : std::string())
        + (deleted ? "|deleted|" : "|live|")
        + canonical.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return md5Hex(input);
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
