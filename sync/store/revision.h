#pragma once

#include "core/json.h"

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rapport {

// A revision id as CouchDB writes it: "<generation>-<hash>".
struct RevId
{
    std::int64_t gen = 0;
    std::string hash;

    static std::optional<RevId> parse(std::string_view text);
    std::string str() const;

    friend bool operator==(const RevId &, const RevId &) = default;
    friend std::strong_ordering operator<=>(const RevId &, const RevId &) = default;
};

// The hash of a new local revision, derived from its parent and its content only. Two devices
// that write the same body on the same parent (for example by resolving the same conflict the
// same way) therefore write the same revision, and CouchDB sees no new conflict.
std::string revisionHash(const std::optional<RevId> &parent, bool deleted, const Json &body);

// A body as JSON with every object's members in the order of their names, byte for byte what
// nlohmann::json (whose objects are sorted maps) writes for it, without building that copy:
// the hash above must stay what every earlier version of Rapport computed.
std::string sortedDump(const Json &body);

struct Leaf
{
    RevId rev;
    bool deleted = false;
};

// CouchDB's choice of the winning revision among a document's leaves: a live leaf beats a
// deleted one, then the higher generation wins, then the higher hash (byte order).
bool winsOver(const Leaf &a, const Leaf &b);

// Leaves ordered as CouchDB ranks them: the winner first.
void sortByPriority(std::vector<Leaf> &leaves);

} // namespace rapport
