#include "app/nmea_sentence.h"

#include <cmath>
#include <cstdio>

namespace {

// ddmm.mmmm (latitude) or dddmm.mmmm (longitude), and the hemisphere's letter.
QByteArray degreesAndMinutes(double value, int degreeDigits, char positive, char negative)
{
    const double magnitude = std::abs(value);
    int degrees = static_cast<int>(magnitude);
    double minutes = (magnitude - degrees) * 60;
    if (minutes >= 59.999995) { // rounds to 60.0000
        minutes = 0;
        ++degrees;
    }
    char text[32];
    std::snprintf(text, sizeof text, "%0*d%07.4f,%c", degreeDigits, degrees, minutes,
                  value < 0 ? negative : positive);
    return text;
}

} // namespace

QByteArray nmeaRmcSentence(const QDateTime &utc, const rapport::places::GeoPoint &point)
{
    const auto time = utc.toUTC();
    QByteArray body = "GPRMC," + time.time().toString(QStringLiteral("hhmmss.zzz")).toLatin1()
        + ",A," + degreesAndMinutes(point.latitude, 2, 'N', 'S') + ","
        + degreesAndMinutes(point.longitude, 3, 'E', 'W') + ",0.0,0.0,"
        + time.date().toString(QStringLiteral("ddMMyy")).toLatin1() + ",,";
    unsigned char checksum = 0;
    for (char c : body)
        checksum ^= static_cast<unsigned char>(c);
    char tail[8];
    std::snprintf(tail, sizeof tail, "*%02X\r\n", checksum);
    return "$" + body + tail;
}
