#include "controllers/day_route.h"

#include "controllers/map_links.h"
#include "models/display_text.h"
#include "notebook/notebook_queries.h"
#include "places/route.h"

#include <QDesktopServices>
#include <QUrl>

namespace {

// Moving less than this does not plan the day again.
constexpr double planAgainAfterMetres = 500;

} // namespace

DayRoute::DayRoute(QObject *parent) : QObject(parent) { }

void DayRoute::setSession(DatabaseSession *session)
{
    if (session == m_session)
        return;
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->whereabouts(), nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session) {
        connect(m_session, &DatabaseSession::notebookChanged, this, &DayRoute::refresh);
        connect(m_session, &DatabaseSession::todayChanged, this, &DayRoute::refresh);
        connect(m_session->whereabouts(), &Whereabouts::positionChanged, this,
                &DayRoute::positionMoved);
    }
    emit sessionChanged();
    refresh();
}

void DayRoute::positionMoved()
{
    const auto here = m_session ? m_session->whereabouts()->position() : std::nullopt;
    if (here.has_value() == m_measuredFrom.has_value()
        && (!here
            || rapport::places::distanceMetres(*here, *m_measuredFrom) < planAgainAfterMetres))
        return;
    refresh();
}

void DayRoute::refresh()
{
    m_stops.clear();
    m_unplaced.clear();
    m_places.clear();
    m_total.clear();
    m_error.clear();
    m_fromHere = false;
    m_measuredFrom.reset();
    if (!m_session || !m_session->ready()) {
        emit routeChanged();
        return;
    }
    auto planned = m_session->queries()->plannedStopsOn(display::isoDate(m_session->today()));
    if (!planned) {
        m_error = display::problem(planned.error());
        emit routeChanged();
        return;
    }
    std::vector<const rapport::PlannedStop *> placed;
    std::vector<rapport::places::GeoPoint> points;
    for (const auto &stop : *planned) {
        if (stop.place) {
            placed.push_back(&stop);
            points.push_back(*stop.place);
        } else {
            m_unplaced.append(
                QVariantMap {{QStringLiteral("visitId"), display::text(stop.visitId)},
                             {QStringLiteral("accountId"), display::text(stop.accountId)},
                             {QStringLiteral("name"), display::text(stop.accountName)},
                             {QStringLiteral("title"), display::text(stop.title)}});
        }
    }
    m_measuredFrom = m_session->whereabouts()->position();
    m_fromHere = m_measuredFrom.has_value();
    const auto route = rapport::places::shortRoute(m_measuredFrom, points);
    std::optional<rapport::places::GeoPoint> previous = m_measuredFrom;
    for (auto index : route.order) {
        const auto &stop = *placed[index];
        const auto leg = previous
            ? display::distance(rapport::places::distanceMetres(*previous, points[index]))
            : QString();
        m_stops.append(QVariantMap {{QStringLiteral("visitId"), display::text(stop.visitId)},
                                    {QStringLiteral("accountId"), display::text(stop.accountId)},
                                    {QStringLiteral("name"), display::text(stop.accountName)},
                                    {QStringLiteral("title"), display::text(stop.title)},
                                    {QStringLiteral("leg"), leg}});
        m_places.push_back(points[index]);
        previous = points[index];
    }
    if (!m_stops.isEmpty())
        m_total = display::distance(route.metres);
    emit routeChanged();
}

QString DayRoute::mapAddress(int index) const
{
    if (index < 0 || index >= static_cast<int>(m_places.size()))
        return {};
    return map_links::mapAddress(
        m_places[static_cast<std::size_t>(index)],
        m_stops.at(index).toMap().value(QStringLiteral("name")).toString());
}

void DayRoute::openInMaps(int index) const
{
    if (const auto address = mapAddress(index); !address.isEmpty())
        QDesktopServices::openUrl(QUrl(address));
}
