#include "core/passcode.h"

#include <algorithm>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace rapport {

namespace {

// About 50 ms on a phone: nothing to a person, slow for a guesser with the file and the key.
constexpr int hashRounds = 100000;
constexpr std::int64_t firstWaitMs = 30000;
constexpr std::int64_t longestWaitMs = 3600000;

std::string hex(const unsigned char *bytes, std::size_t size)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string text;
    for (std::size_t i = 0; i < size; ++i) {
        text += digits[bytes[i] >> 4];
        text += digits[bytes[i] & 0xf];
    }
    return text;
}

bool allDigits(const std::string &text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

std::string Passcode::hashOf(const std::string &digits, const std::string &salt, int rounds)
{
    unsigned char out[32];
    if (PKCS5_PBKDF2_HMAC(digits.data(), static_cast<int>(digits.size()),
                          reinterpret_cast<const unsigned char *>(salt.data()),
                          static_cast<int>(salt.size()), rounds, EVP_sha256(), sizeof out, out)
        != 1)
        return {};
    return hex(out, sizeof out);
}

std::optional<Passcode> Passcode::choose(const std::string &digits)
{
    if (digits.size() < 4 || digits.size() > 12 || !allDigits(digits))
        return std::nullopt;
    unsigned char salt[16];
    if (RAND_bytes(salt, sizeof salt) != 1)
        return std::nullopt;
    Passcode passcode;
    passcode.m_salt = hex(salt, sizeof salt);
    passcode.m_rounds = hashRounds;
    passcode.m_hash = hashOf(digits, passcode.m_salt, passcode.m_rounds);
    if (passcode.m_hash.empty())
        return std::nullopt;
    return passcode;
}

std::optional<Passcode> Passcode::fromJson(const Json &json)
{
    if (!json.is_object() || !json.value("salt", Json()).is_string()
        || !json.value("hash", Json()).is_string()
        || !json.value("rounds", Json()).is_number_integer())
        return std::nullopt;
    Passcode passcode;
    passcode.m_salt = json["salt"].get<std::string>();
    passcode.m_hash = json["hash"].get<std::string>();
    passcode.m_rounds = json["rounds"].get<int>();
    passcode.m_wrong = json.value("wrong", 0);
    passcode.m_waitUntilMs = json.value("waitUntil", std::int64_t {0});
    if (passcode.m_rounds < 1 || passcode.m_hash.size() != 64)
        return std::nullopt;
    return passcode;
}

Json Passcode::toJson() const
{
    return Json {{"salt", m_salt},
                 {"hash", m_hash},
                 {"rounds", m_rounds},
                 {"wrong", m_wrong},
                 {"waitUntil", m_waitUntilMs}};
}

std::int64_t Passcode::waitMs(std::int64_t nowMs) const
{
    return std::max<std::int64_t>(0, m_waitUntilMs - nowMs);
}

Passcode::Answer Passcode::check(const std::string &typed, std::int64_t nowMs)
{
    if (waitMs(nowMs) > 0)
        return Answer::Wait;
    const std::string hash = hashOf(typed, m_salt, m_rounds);
    if (hash.size() == m_hash.size()
        && CRYPTO_memcmp(hash.data(), m_hash.data(), hash.size()) == 0) {
        m_wrong = 0;
        m_waitUntilMs = 0;
        return Answer::Right;
    }
    ++m_wrong;
    if (m_wrong >= freeTries) {
        // 30 s after the fifth, then twice as long after each further one, up to an hour.
        const int doublings = std::min(m_wrong - freeTries, 7);
        m_waitUntilMs = nowMs + std::min(longestWaitMs, firstWaitMs << doublings);
    }
    return Answer::Wrong;
}

} // namespace rapport
