#pragma once

#include "models/paged_list_model.h"
#include "places/geo.h"

#include <optional>

// "Near me": customers with a known place, nearest first, with how far and which way, and
// what waits at each (lapsed past its cadence, follow-ups due): the "I am in Lübeck with an
// hour to spare" question. Read a page at a time from the notebook's R*Tree; read again when
// the device has moved a street or more, or the notebook changed. Empty until where the device
// is, is known (and that needs the person's consent: Whereabouts).
class NearbyAccountsModel : public PagedListModel
{
    Q_OBJECT
    QML_ELEMENT
    // Where the list was measured from is known.
    Q_PROPERTY(bool located READ located NOTIFY locatedChanged)

public:
    explicit NearbyAccountsModel(QObject *parent = nullptr);
    bool located() const { return m_from.has_value(); }

signals:
    void locatedChanged();

protected:
    QList<QByteArray> roles() const override;
    rapport::Result<Page> readPage(const std::optional<rapport::PageKey> &after,
                                   int limit) override;

private:
    void positionMoved();

    std::optional<rapport::places::GeoPoint> m_from;
};
