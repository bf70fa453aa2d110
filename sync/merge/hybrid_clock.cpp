#include "merge/hybrid_clock.h"

#include <charconv>
#include <cstdio>

namespace rapport::merge {

std::string Stamp::text() const
{
    char numbers[32];
    std::snprintf(numbers, sizeof numbers, "%016lld-%06lld-", static_cast<long long>(millis),
                  static_cast<long long>(counter));
    return numbers + device;
}

std::optional<Stamp> Stamp::parse(std::string_view text)
{
    if (text.size() < 24 || text[16] != '-' || text[23] != '-')
        return std::nullopt;
    Stamp stamp;
    const auto number = [](std::string_view digits, std::int64_t &out) {
        auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), out);
        return error == std::errc() && end == digits.data() + digits.size();
    };
    if (!number(text.substr(0, 16), stamp.millis) || !number(text.substr(17, 6), stamp.counter))
        return std::nullopt;
    stamp.device = std::string(text.substr(24));
    return stamp;
}

HybridClock::HybridClock(std::string device, WallClock wallClock)
    : m_device(std::move(device)), m_wallClock(std::move(wallClock))
{
    m_last.device = m_device;
}

Stamp HybridClock::now()
{
    const std::int64_t wall = m_wallClock();
    if (wall > m_last.millis) {
        m_last.millis = wall;
        m_last.counter = 0;
    } else {
        ++m_last.counter; // the wall clock stood still or went back: count on from the last
    }
    m_last.device = m_device;
    return m_last;
}

void HybridClock::observe(const Stamp &other)
{
    if (other.millis > m_last.millis
        || (other.millis == m_last.millis && other.counter > m_last.counter)) {
        m_last.millis = other.millis;
        m_last.counter = other.counter;
    }
}

} // namespace rapport::merge
