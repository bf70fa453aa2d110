#pragma once

#include "places/geo.h"

#include <optional>
#include <span>
#include <vector>

// The order of a day's stops that keeps the drive short: nearest neighbour first, then 2-opt
// (reversing a stretch of the route wherever that shortens it) and or-opt (moving a stretch of
// up to three stops elsewhere) until nothing shortens it more.
// Straight-line distances: roads bend, but for a dozen customers in a region the order is what
// matters, and no road map is needed (nor sent anywhere).
namespace rapport::places {

struct Route
{
    std::vector<std::size_t> order; // indices into the stops, in the order to drive them
    double metres = 0; // from the start (when given) through every stop, in that order
};

// `start`: where the drive begins (here), or nullopt to begin at whichever stop is best.
Route shortRoute(const std::optional<GeoPoint> &start, std::span<const GeoPoint> stops);

// The length of driving the stops in `order` from `start` (when given).
double routeMetres(const std::optional<GeoPoint> &start, std::span<const GeoPoint> stops,
                   std::span<const std::size_t> order);

} // namespace rapport::places
