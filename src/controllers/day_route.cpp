#include "controllers/day_route.h"

#include "controllers/map_links.h"
#include "models/display_text.h"
#include "notebook/notebook_queries.h"

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
    const auto here = m_session->whereabouts()->position();
    auto route = m_session->queries()->routeOn(display::isoDate(m_session->today()), here);
    if (!route) {
        m_error = display::problem(route.error());
        emit routeChanged();
        return;
    }
    m_measuredFrom = here;
    m_fromHere = here.has_value();
    const auto row = [](const rapport::PlannedStop &stop) {
        return QVariantMap {{QStringLiteral("visitId"), display::text(stop.visitId)},
                            {QStringLiteral("accountId"), display::text(stop.accountId)},
                            {QStringLiteral("name"), display::text(stop.accountName)},
                            {QStringLiteral("title"), display::text(stop.title)}};
    };
    for (const auto &stop : route->unplaced)
        m_unplaced.append(row(stop));
    for (const auto &[stop, legMetres] : route->stops) {
        auto entry = row(stop);
        entry.insert(QStringLiteral("leg"), legMetres ? display::distance(*legMetres) : QString());
        m_stops.append(entry);
        m_places.push_back(*stop.place);
    }
    if (!m_stops.isEmpty())
        m_total = display::distance(route->metres);
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
