#pragma once

#include "core/json.h"
#include "places/geo.h"

#include <optional>

// How a place is written in a document: {"latitude": 53.866, "longitude": 10.684}, on a visit
// as "position" (where it was recorded, with "accuracy" in metres) and on an account as
// "place" (pinned by the person). A member that is not a valid place counts as missing: another
// client may write anything.
namespace rapport::notebook {

std::optional<places::GeoPoint> placeMember(const Json &body, const char *key);
Json placeJson(const places::GeoPoint &point);

} // namespace rapport::notebook
