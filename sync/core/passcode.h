#pragma once

#include "core/json.h"

#include <cstdint>
#include <optional>
#include <string>

namespace rapport {

// The passcode that guards the screen (not the key: the notebook's key stays in the keychain).
// Kept as a salted PBKDF2-HMAC-SHA256 hash, never as typed; wrong tries are counted, and after
// five each further one waits longer, so a visitor at the stand cannot try all 10,000 four-digit
// codes in an afternoon. Stored as JSON in the notebook (encrypted with it), so the count
// survives a restart.
class Passcode
{
public:
    static constexpr int freeTries = 5;

    // A new passcode: 4 to 12 digits. nullopt for anything else.
    static std::optional<Passcode> choose(const std::string &digits);
    static std::optional<Passcode> fromJson(const Json &json);
    Json toJson() const;

    enum class Answer { Right, Wrong, Wait };
    // `nowMs`: milliseconds since the epoch. Wait: tried while a wait runs (not counted).
    Answer check(const std::string &typed, std::int64_t nowMs);
    // Milliseconds before the next try is taken; 0 when it is now.
    std::int64_t waitMs(std::int64_t nowMs) const;
    int wrongTries() const { return m_wrong; }

private:
    static std::string hashOf(const std::string &digits, const std::string &salt, int rounds);

    std::string m_salt; // hex
    std::string m_hash; // hex
    int m_rounds = 0;
    int m_wrong = 0;
    std::int64_t m_waitUntilMs = 0;
};

} // namespace rapport
