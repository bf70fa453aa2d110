#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>

namespace rapport::merge {

// A hybrid logical clock reading: wall-clock milliseconds, a counter for edits within the same
// millisecond (or while the wall clock lags behind a clock already seen), and the device id that
// breaks ties. Readings order as edits happened, as far as any device could tell.
struct Stamp
{
    std::int64_t millis = 0;
    std::int64_t counter = 0;
    std::string device;

    // By time, then counter, then device. (No <=>: Qt 6.4's moc cannot read <compare>.)
    bool operator==(const Stamp &other) const { return key() == other.key(); }
    bool operator!=(const Stamp &other) const { return key() != other.key(); }
    bool operator<(const Stamp &other) const { return key() < other.key(); }
    bool operator>(const Stamp &other) const { return other < *this; }

    // "0001732454400000-000000-phone-1a2b": fixed-width numbers, so that text order is clock
    // order; this is how a stamp is stored in a document.
    std::string text() const;
    static std::optional<Stamp> parse(std::string_view text);

private:
    std::tuple<const std::int64_t &, const std::int64_t &, const std::string &> key() const
    {
        return std::tie(millis, counter, device);
    }
};

// Stamps this device's edits. The clock never runs backwards: a reading is after every reading
// it made before and every stamp it has observed from other devices.
class HybridClock
{
public:
    using WallClock = std::function<std::int64_t()>; // milliseconds since the epoch

    HybridClock(std::string device, WallClock wallClock);
    Stamp now();
    void observe(const Stamp &other);

private:
    std::string m_device;
    WallClock m_wallClock;
    Stamp m_last;
};

} // namespace rapport::merge
