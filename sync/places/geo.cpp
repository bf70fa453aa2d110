#include "places/geo.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <numbers>

namespace rapport::places {

namespace {

constexpr double radians(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}
constexpr double degrees(double radians)
{
    return radians * 180.0 / std::numbers::pi;
}

std::optional<double> number(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '+'))
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    double value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || text.empty())
        return std::nullopt;
    return value;
}

std::optional<GeoPoint> pointOf(std::optional<double> latitude, std::optional<double> longitude)
{
    if (!latitude || !longitude)
        return std::nullopt;
    GeoPoint point {*latitude, *longitude};
    if (!isValid(point))
        return std::nullopt;
    return point;
}

// "lat,lon" or "lat lon" (the first comma, else the first space, divides them).
std::optional<GeoPoint> pair(std::string_view text)
{
    auto divide = text.find(',');
    if (divide == std::string_view::npos) {
        auto start = text.find_first_not_of(' ');
        if (start == std::string_view::npos)
            return std::nullopt;
        divide = text.find(' ', start);
    }
    if (divide == std::string_view::npos)
        return std::nullopt;
    return pointOf(number(text.substr(0, divide)), number(text.substr(divide + 1)));
}

// The value of `key=` in a web address's query or fragment, up to the next & or #.
std::optional<double> parameter(std::string_view address, std::string_view key)
{
    for (std::size_t at = address.find(key); at != std::string_view::npos;
         at = address.find(key, at + 1)) {
        if (at == 0 || (address[at - 1] != '?' && address[at - 1] != '&'))
            continue;
        auto value = address.substr(at + key.size());
        return number(value.substr(0, value.find_first_of("&#")));
    }
    return std::nullopt;
}

std::string formatted(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.6f", value);
    return text;
}

} // namespace

bool isValid(const GeoPoint &point)
{
    return std::isfinite(point.latitude) && std::isfinite(point.longitude) && point.latitude >= -90
        && point.latitude <= 90 && point.longitude >= -180 && point.longitude <= 180;
}

double distanceMetres(const GeoPoint &from, const GeoPoint &to)
{
    // Haversine: well conditioned for the short distances that matter most here.
    const double dLat = radians(to.latitude - from.latitude);
    const double dLon = radians(to.longitude - from.longitude);
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(radians(from.latitude)) * std::cos(radians(to.latitude)) * std::sin(dLon / 2)
            * std::sin(dLon / 2);
    return 2 * earthRadiusMetres * std::asin(std::min(1.0, std::sqrt(a)));
}

double bearingDegrees(const GeoPoint &from, const GeoPoint &to)
{
    const double lat1 = radians(from.latitude), lat2 = radians(to.latitude);
    const double dLon = radians(to.longitude - from.longitude);
    const double y = std::sin(dLon) * std::cos(lat2);
    const double x
        = std::cos(lat1) * std::sin(lat2) - std::sin(lat1) * std::cos(lat2) * std::cos(dLon);
    return std::fmod(degrees(std::atan2(y, x)) + 360.0, 360.0);
}

int compassPoint(double bearing)
{
    return static_cast<int>(std::lround(std::fmod(bearing + 360.0, 360.0) / 45.0)) % 8;
}

std::vector<GeoBox> boxesAround(const GeoPoint &centre, double metres)
{
    // The latitudes within reach are exact; the longitudes are the widest the circle reaches
    // at any latitude (where the great circle through the centre touches it), so the box holds
    // it whole.
    const double angle = metres / earthRadiusMetres;
    const double minLatitude = centre.latitude - degrees(angle);
    const double maxLatitude = centre.latitude + degrees(angle);
    if (angle >= std::numbers::pi || maxLatitude >= 90 || minLatitude <= -90)
        return {{std::max(minLatitude, -90.0), std::min(maxLatitude, 90.0), -180, 180}};
    const double spread
        = degrees(std::asin(std::min(1.0, std::sin(angle) / std::cos(radians(centre.latitude)))));
    const double west = centre.longitude - spread, east = centre.longitude + spread;
    if (spread >= 180)
        return {{minLatitude, maxLatitude, -180, 180}};
    if (west < -180)
        return {{minLatitude, maxLatitude, west + 360, 180},
                {minLatitude, maxLatitude, -180, east}};
    if (east > 180)
        return {{minLatitude, maxLatitude, west, 180},
                {minLatitude, maxLatitude, -180, east - 360}};
    return {{minLatitude, maxLatitude, west, east}};
}

std::optional<GeoPoint> parsePlace(std::string_view text)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    if (text.starts_with("geo:")) {
        text.remove_prefix(4);
        text = text.substr(0, text.find_first_of(";?")); // ";u=35" accuracy, "?q=" label
        return pair(text);
    }
    if (text.starts_with("http://") || text.starts_with("https://")) {
        if (auto point = pointOf(parameter(text, "mlat="), parameter(text, "mlon=")))
            return point;
        // #map=17/53.86600/10.68400
        if (auto map = text.find("#map="); map != std::string_view::npos) {
            auto rest = text.substr(map + 5);
            auto slash = rest.find('/');
            if (slash == std::string_view::npos)
                return std::nullopt;
            rest = rest.substr(slash + 1);
            slash = rest.find('/');
            if (slash == std::string_view::npos)
                return std::nullopt;
            return pointOf(
                number(rest.substr(0, slash)),
                number(rest.substr(slash + 1, rest.find_first_of("&?", slash + 1) - (slash + 1))));
        }
        return std::nullopt;
    }
    return pair(text);
}

std::string geoUri(const GeoPoint &point, std::string_view label)
{
    auto uri = "geo:" + formatted(point.latitude) + "," + formatted(point.longitude);
    if (label.empty())
        return uri;
    // geo:0,0?q=lat,lon(label) asks the map app to show a pin named so (RFC 5870 and
    // Android's extension); the label's reserved characters are percent-encoded.
    uri = "geo:0,0?q=" + formatted(point.latitude) + "," + formatted(point.longitude) + "(";
    for (unsigned char c : label) {
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
            uri += static_cast<char>(c);
        } else {
            char escaped[4];
            std::snprintf(escaped, sizeof escaped, "%%%02X", c);
            uri += escaped;
        }
    }
    return uri + ")";
}

std::string openStreetMapAddress(const GeoPoint &point)
{
    const auto lat = formatted(point.latitude), lon = formatted(point.longitude);
    return "https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=17/" + lat + "/"
        + lon;
}

} // namespace rapport::places
