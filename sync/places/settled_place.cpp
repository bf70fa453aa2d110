#include "places/settled_place.h"

#include <algorithm>
#include <vector>

namespace rapport::places {

namespace {

double median(std::vector<double> values)
{
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    if (values.size() % 2 == 1)
        return *middle;
    return (*middle + *std::max_element(values.begin(), middle)) / 2;
}

} // namespace

std::optional<GeoPoint> settledPlace(std::span<const GeoPoint> visits)
{
    if (visits.empty())
        return std::nullopt;
    // The visit with the most others close to it is the heart of the largest group. A customer
    // has tens of visits, not thousands: the square is nothing.
    std::size_t heart = 0, mostNear = 0;
    for (std::size_t i = 0; i < visits.size(); ++i) {
        std::size_t near = 0;
        for (const auto &other : visits)
            if (distanceMetres(visits[i], other) <= samePlaceMetres)
                ++near;
        if (near > mostNear) {
            heart = i;
            mostNear = near;
        }
    }
    std::vector<double> latitudes, longitudes;
    for (const auto &visit : visits)
        if (distanceMetres(visits[heart], visit) <= samePlaceMetres) {
            latitudes.push_back(visit.latitude);
            longitudes.push_back(visit.longitude);
        }
    // Within 150 m of one point no group straddles the 180th meridian in practice but one
    // might: there the longitudes' median is taken on the heart's side.
    for (auto &longitude : longitudes) {
        if (longitude - visits[heart].longitude > 180)
            longitude -= 360;
        else if (visits[heart].longitude - longitude > 180)
            longitude += 360;
    }
    GeoPoint place {median(latitudes), median(longitudes)};
    if (place.longitude > 180)
        place.longitude -= 360;
    else if (place.longitude < -180)
        place.longitude += 360;
    return place;
}

} // namespace rapport::places
