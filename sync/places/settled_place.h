#pragma once

#include "places/geo.h"

#include <optional>
#include <span>

// Where a customer is, learnt from where its visits were recorded: most visits are recorded at
// the customer, a few elsewhere (in the car park of the next one, at home that evening). The
// place is the median of the largest group of visits recorded close together, so a stray
// visit, or two, never moves it.
namespace rapport::places {

// How close two visits' positions must be to count as the same place: a customer's site and
// its car park, with a phone's usual error in a town.
constexpr double samePlaceMetres = 150;

// The visits' positions, newest first (of two equal groups, the newer one wins). None given:
// nullopt.
std::optional<GeoPoint> settledPlace(std::span<const GeoPoint> visits);

} // namespace rapport::places
