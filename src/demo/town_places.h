#pragma once

#include "places/geo.h"

#include <optional>
#include <string_view>

// Where the demo's towns are (their centres, to about a kilometre), so that the demo notebook's
// customers stand where their town is: "near me" from Lübeck lists Lübeck's customers first.
namespace rapport::demo {

std::optional<places::GeoPoint> townPlace(std::string_view town);

} // namespace rapport::demo
