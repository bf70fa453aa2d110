#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Places on the earth for a salesperson's day: how far and which way a customer is, the boxes
// that hold everything within a distance (for the notebook's R*Tree), and the text a person
// types or pastes to pin a place. Straight-line (great-circle) distances on a sphere of the
// earth's mean radius: within 0.5% of the ellipsoid's, ample for "which customer is nearest".
namespace rapport::places {

struct GeoPoint
{
    double latitude = 0; // degrees, -90 (south) .. 90 (north)
    double longitude = 0; // degrees, -180 (west) .. 180 (east)
};

constexpr double earthRadiusMetres = 6371008.8;

bool isValid(const GeoPoint &point);
double distanceMetres(const GeoPoint &from, const GeoPoint &to);
// The initial compass bearing from `from` to `to`, 0 (north) .. 360, clockwise.
double bearingDegrees(const GeoPoint &from, const GeoPoint &to);
// One of the eight compass points of a bearing: 0 north, 1 north-east, ... 7 north-west.
int compassPoint(double bearing);

// A latitude/longitude rectangle, minLongitude <= maxLongitude (never across the 180th
// meridian: a region across it is two boxes).
struct GeoBox
{
    double minLatitude, maxLatitude, minLongitude, maxLongitude;
};
// Boxes that together hold every point within `metres` of `centre` (and some more, at their
// corners): one box, two where the region crosses the 180th meridian, every longitude where it
// reaches a pole.
std::vector<GeoBox> boxesAround(const GeoPoint &centre, double metres);

// A place a person types or pastes: "53.866, 10.684", "53.866 10.684", "geo:53.866,10.684",
// or a map's address naming mlat/mlon or #map=zoom/lat/lon (OpenStreetMap). None: nullopt.
std::optional<GeoPoint> parsePlace(std::string_view text);
// Where a map app opens at the point: a `geo:` URI (phones) or OpenStreetMap's web address.
std::string geoUri(const GeoPoint &point, std::string_view label = {});
std::string openStreetMapAddress(const GeoPoint &point);

} // namespace rapport::places
