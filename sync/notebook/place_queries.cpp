// "Near me", an account's place and the day's planned stops: the questions about where
// customers are, answered from account_places and its R*Tree (place_index.cpp).
#include "notebook/notebook_queries.h"
#include "places/route.h"
#include "store/sqlite.h"
#include "store/tuning.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace rapport {

namespace {

struct Candidate
{
    std::int64_t doc;
    places::GeoPoint place;
    double metres;
};

// The places within `metres` of `here`, by reading the tree's boxes around it.
Status placesWithin(sqlite::Database &db, const places::GeoPoint &here, double metres,
                    std::vector<Candidate> &within, NearbySearchCost *cost)
{
    within.clear();
    auto query = db.prepare(R"sql(
        SELECT p.doc, p.latitude, p.longitude FROM account_place_tree t
        JOIN account_places p ON p.doc = t.id
        WHERE t.max_latitude >= ?1 AND t.min_latitude <= ?2
          AND t.max_longitude >= ?3 AND t.min_longitude <= ?4)sql");
    if (!query)
        return query.error();
    for (const auto &box : places::boxesAround(here, metres)) {
        query->bind(1, box.minLatitude)
            .bind(2, box.maxLatitude)
            .bind(3, box.minLongitude)
            .bind(4, box.maxLongitude);
        auto read = sqlite::forEachRow(*query, [&](const sqlite::Query &row) {
            places::GeoPoint place {row.real(1), row.real(2)};
            if (cost)
                ++cost->placesRead;
            if (const double distance = places::distanceMetres(here, place); distance <= metres)
                within.push_back({row.integer(0), place, distance});
        });
        if (!read)
            return read;
        query->reset();
    }
    if (cost) {
        ++cost->rounds;
        cost->radiusMetres = metres;
    }
    return {};
}

} // namespace

Result<std::vector<NearbyAccount>> NotebookQueries::accountsNear(const places::GeoPoint &here,
                                                                 const std::string &today,
                                                                 int offset, int limit,
                                                                 NearbySearchCost *cost)
{
    if (!places::isValid(here))
        return Error {Errc::BadRequest, "not a place on the earth"};
    auto &db = m_store.database();
    offset = std::max(offset, 0);
    limit = std::clamp(limit, 1, tuning::maxPageSize);
    const auto needed = static_cast<std::size_t>(offset) + static_cast<std::size_t>(limit);
    // Widen until the circle holds a page's worth (the nearest `needed` of all are then surely
    // among them) or the whole earth: by the density seen so far when some were found (an area
    // about 1.5 times what should hold enough: a second search, seldom a third, that reads
    // little more than it returns), else four times over.
    constexpr double wholeEarth = std::numbers::pi * places::earthRadiusMetres;
    std::vector<Candidate> within;
    for (double radius = 2000;;) {
        if (auto found = placesWithin(db, here, std::min(radius, wholeEarth), within, cost); !found)
            return found.error();
        if (within.size() >= needed || radius >= wholeEarth)
            break;
        const double growth = within.empty()
            ? 4.0
            : std::clamp(
                std::sqrt(1.5 * static_cast<double>(needed) / static_cast<double>(within.size())),
                1.25, 4.0);
        radius *= growth;
    }
    std::sort(within.begin(), within.end(), [](const Candidate &a, const Candidate &b) {
        return a.metres != b.metres ? a.metres < b.metres : a.doc < b.doc;
    });
    std::vector<NearbyAccount> page;
    if (within.size() <= static_cast<std::size_t>(offset))
        return page;
    auto about = db.prepare(R"sql(
        SELECT d.id, a.name, a.town, a.last_visit,
               a.lapses_on IS NOT NULL AND a.lapses_on < ?2
                 AND (a.lapse_answered IS NULL OR a.lapse_answered < a.lapses_on),
               (SELECT count(*) FROM followups f
                WHERE f.account_id = d.id AND f.done = 0 AND f.due <= ?2)
        FROM accounts a JOIN docs d ON d.doc = a.doc WHERE a.doc = ?1)sql");
    if (!about)
        return about.error();
    const auto end = std::min(within.size(), needed);
    for (auto candidate = within.begin() + offset;
         candidate != within.begin() + static_cast<std::ptrdiff_t>(end); ++candidate) {
        about->bind(1, candidate->doc).bind(2, today);
        auto row = about->step();
        if (!row)
            return row.error();
        if (*row) {
            page.push_back(NearbyAccount {
                about->text(0), about->text(1), about->text(2), candidate->place, candidate->metres,
                places::bearingDegrees(here, candidate->place), about->integer(4) != 0,
                static_cast<int>(about->integer(5)), about->text(3)});
        }
        about->reset();
    }
    return page;
}

Result<std::optional<AccountPlace>> NotebookQueries::accountPlace(const std::string &accountId)
{
    auto query = m_store.database().prepare(R"sql(
        SELECT p.latitude, p.longitude, p.pinned,
               (SELECT count(*) FROM visits v
                WHERE v.account_id = ?1 AND v.planned = 0 AND v.latitude IS NOT NULL)
        FROM account_places p JOIN docs d ON d.doc = p.doc WHERE d.id = ?1)sql");
    if (!query)
        return query.error();
    auto row = query->bind(1, accountId).step();
    if (!row)
        return row.error();
    std::optional<AccountPlace> place;
    if (*row)
        place = AccountPlace {{query->real(0), query->real(1)},
                              query->integer(2) != 0,
                              static_cast<int>(query->integer(3))};
    query->reset();
    return place;
}

Result<std::vector<PlannedStop>> NotebookQueries::plannedStopsOn(const std::string &day)
{
    auto query = m_store.database().prepare(R"sql(
        SELECT d.id, v.account_id, a.name, v.title, p.latitude, p.longitude
        FROM visits v JOIN docs d ON d.doc = v.doc
        LEFT JOIN docs ad ON ad.id = v.account_id
        LEFT JOIN accounts a ON a.doc = ad.doc
        LEFT JOIN account_places p ON p.doc = ad.doc
        WHERE v.date = ?1 AND v.planned = 1 ORDER BY v.doc)sql");
    if (!query)
        return query.error();
    query->bind(1, day);
    std::vector<PlannedStop> stops;
    auto read = sqlite::forEachRow(*query, [&stops](const sqlite::Query &row) {
        PlannedStop stop {row.text(0), row.text(1), row.text(2), row.text(3), std::nullopt};
        if (!row.isNull(4))
            stop.place = places::GeoPoint {row.real(4), row.real(5)};
        stops.push_back(std::move(stop));
    });
    if (!read)
        return read.error();
    return stops;
}

Result<PlannedRoute> NotebookQueries::routeOn(const std::string &day,
                                              const std::optional<places::GeoPoint> &start)
{
    auto planned = plannedStopsOn(day);
    if (!planned)
        return planned.error();
    PlannedRoute route;
    std::vector<PlannedStop> placed;
    std::vector<places::GeoPoint> points;
    for (auto &stop : *planned) {
        if (stop.place) {
            points.push_back(*stop.place);
            placed.push_back(std::move(stop));
        } else {
            route.unplaced.push_back(std::move(stop));
        }
    }
    const auto order = places::shortRoute(start, points);
    route.metres = order.metres;
    std::optional<places::GeoPoint> previous = start;
    for (auto index : order.order) {
        std::optional<double> leg;
        if (previous)
            leg = places::distanceMetres(*previous, points[index]);
        previous = points[index];
        route.stops.push_back({std::move(placed[index]), leg});
    }
    return route;
}

} // namespace rapport
