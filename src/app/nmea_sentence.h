#pragma once

#include "places/geo.h"

#include <QByteArray>
#include <QDateTime>

// One NMEA 0183 "recommended minimum" sentence (RMC): a GPS receiver's position at a time, as
// Qt Positioning's NMEA source reads it. For `--at` (a device that stays at one place, for
// screenshots and demonstrations) and for the tests' drives.
QByteArray nmeaRmcSentence(const QDateTime &utc, const rapport::places::GeoPoint &point);
