#pragma once

#include "places/geo.h"

#include <QString>

// Where a map app opens at a customer: a geo: URI on phones (which hand it to the map app the
// person uses), OpenStreetMap's web page on desktops (which have no geo: handler as a rule).
// Rapport itself shows no map and downloads no tiles.
namespace map_links {

QString mapAddress(const rapport::places::GeoPoint &place, const QString &name);
void openInMaps(const rapport::places::GeoPoint &place, const QString &name);

} // namespace map_links
