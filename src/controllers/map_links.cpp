#include "controllers/map_links.h"

#include <QDesktopServices>
#include <QUrl>

namespace map_links {

QString mapAddress(const rapport::places::GeoPoint &place, const QString &name)
{
#if defined(Q_OS_ANDROID) || defined(Q_OS_IOS)
    return QString::fromStdString(rapport::places::geoUri(place, name.toStdString()));
#else
    Q_UNUSED(name)
    return QString::fromStdString(rapport::places::openStreetMapAddress(place));
#endif
}

void openInMaps(const rapport::places::GeoPoint &place, const QString &name)
{
    QDesktopServices::openUrl(QUrl(mapAddress(place, name)));
}

} // namespace map_links
