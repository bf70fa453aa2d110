#pragma once

#include "app/database_session.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// Today's route: the visits planned for the day in the order that keeps the drive short
// (places::shortRoute, from where the device is when that is known), each with the distance
// from the stop before, the whole in kilometres, and "open in maps" for each stop. Straight-line
// distances: no road map, no map tiles, nothing sent anywhere. Planned visits whose customer's
// place is not known are listed after the route, to be pinned.
class DayRoute : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DatabaseSession *session READ session WRITE setSession NOTIFY sessionChanged)
    // Each: {visitId, accountId, name, title, leg ("12 km" from the stop before, or from here)}.
    Q_PROPERTY(QVariantList stops READ stops NOTIFY routeChanged)
    // Each: {visitId, accountId, name, title}: planned, but where the customer is is not known.
    Q_PROPERTY(QVariantList unplaced READ unplaced NOTIFY routeChanged)
    Q_PROPERTY(int plannedCount READ plannedCount NOTIFY routeChanged)
    // "42 km", the whole route; empty with no stop placed.
    Q_PROPERTY(QString total READ total NOTIFY routeChanged)
    // The route starts from where the device is (else at its first stop).
    Q_PROPERTY(bool fromHere READ fromHere NOTIFY routeChanged)
    Q_PROPERTY(QString error READ error NOTIFY routeChanged)

public:
    explicit DayRoute(QObject *parent = nullptr);

    DatabaseSession *session() const { return m_session; }
    void setSession(DatabaseSession *session);
    QVariantList stops() const { return m_stops; }
    QVariantList unplaced() const { return m_unplaced; }
    int plannedCount() const { return static_cast<int>(m_stops.size() + m_unplaced.size()); }
    QString total() const { return m_total; }
    bool fromHere() const { return m_fromHere; }
    QString error() const { return m_error; }

    // The address a map app opens the stop at (map_links); empty for no such stop.
    Q_INVOKABLE QString mapAddress(int index) const;
    Q_INVOKABLE void openInMaps(int index) const;

    Q_INVOKABLE void refresh();

signals:
    void sessionChanged();
    void routeChanged();

private:
    void positionMoved();

    QPointer<DatabaseSession> m_session;
    QVariantList m_stops;
    QVariantList m_unplaced;
    std::vector<rapport::places::GeoPoint> m_places; // of m_stops, in the route's order
    QString m_total;
    bool m_fromHere = false;
    std::optional<rapport::places::GeoPoint> m_measuredFrom;
    QString m_error;
};
