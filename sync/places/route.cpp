#include "places/route.h"

#include <algorithm>
#include <limits>

namespace rapport::places {

namespace {

// The path's points: the start first when there is one, then the stops; distances between
// them computed once.
struct Distances
{
    std::vector<GeoPoint> points;
    std::vector<double> table;
    double operator()(std::size_t a, std::size_t b) const { return table[a * points.size() + b]; }
};

Distances distancesOf(const std::optional<GeoPoint> &start, std::span<const GeoPoint> stops)
{
    Distances d;
    if (start)
        d.points.push_back(*start);
    d.points.insert(d.points.end(), stops.begin(), stops.end());
    const auto n = d.points.size();
    d.table.resize(n * n);
    for (std::size_t a = 0; a < n; ++a)
        for (std::size_t b = 0; b < n; ++b)
            d.table[a * n + b] = distanceMetres(d.points[a], d.points[b]);
    return d;
}

double pathLength(const Distances &d, const std::vector<std::size_t> &path)
{
    double metres = 0;
    for (std::size_t i = 1; i < path.size(); ++i)
        metres += d(path[i - 1], path[i]);
    return metres;
}

// The path that begins with `beginning` and then always drives to the nearest stop not seen.
std::vector<std::size_t> nearestNeighbour(const Distances &d, std::vector<std::size_t> beginning)
{
    const auto n = d.points.size();
    std::vector<std::size_t> path = std::move(beginning);
    std::vector<bool> visited(n, false);
    for (auto point : path)
        visited[point] = true;
    while (path.size() < n) {
        std::size_t next = 0;
        double nearest = std::numeric_limits<double>::infinity();
        for (std::size_t candidate = 0; candidate < n; ++candidate)
            if (!visited[candidate] && d(path.back(), candidate) < nearest) {
                nearest = d(path.back(), candidate);
                next = candidate;
            }
        visited[next] = true;
        path.push_back(next);
    }
    return path;
}

// 2-opt on an open path whose first point stays first when it is the start (`fixedFirst`):
// reversing path[i..j] swaps the edges (i-1, i) and (j, j+1) for (i-1, j) and (i, j+1); at the
// path's end there is no edge after j.
void twoOpt(const Distances &d, std::vector<std::size_t> &path, bool fixedFirst)
{
    const auto n = path.size();
    for (bool improved = true; improved;) {
        improved = false;
        for (std::size_t i = fixedFirst ? 1 : 0; i + 1 < n; ++i)
            for (std::size_t j = i + 1; j < n; ++j) {
                double before = 0, after = 0;
                if (i > 0) {
                    before += d(path[i - 1], path[i]);
                    after += d(path[i - 1], path[j]);
                }
                if (j + 1 < n) {
                    before += d(path[j], path[j + 1]);
                    after += d(path[i], path[j + 1]);
                }
                if (after < before - 1e-6) {
                    std::reverse(path.begin() + static_cast<std::ptrdiff_t>(i),
                                 path.begin() + static_cast<std::ptrdiff_t>(j) + 1);
                    improved = true;
                }
            }
    }
}

// Or-opt: a stretch of one to three stops moved elsewhere in the path (either way round),
// which 2-opt cannot do in one step. The first point stays first when it is the start.
bool orOpt(const Distances &d, std::vector<std::size_t> &path, bool fixedFirst)
{
    const auto n = path.size();
    auto length = [&](const std::vector<std::size_t> &p) {
        return pathLength(d, p);
    };
    const double before = length(path);
    for (std::size_t size = 1; size <= 3; ++size)
        for (std::size_t from = fixedFirst ? 1 : 0; from + size <= n; ++from) {
            std::vector<std::size_t> rest(path.begin(),
                                          path.begin() + static_cast<std::ptrdiff_t>(from));
            rest.insert(rest.end(), path.begin() + static_cast<std::ptrdiff_t>(from + size),
                        path.end());
            const std::vector<std::size_t> stretch(path.begin() + static_cast<std::ptrdiff_t>(from),
                                                   path.begin()
                                                       + static_cast<std::ptrdiff_t>(from + size));
            for (std::size_t to = fixedFirst ? 1 : 0; to <= rest.size(); ++to) {
                if (to == from)
                    continue;
                for (bool reversed : {false, true}) {
                    auto candidate = rest;
                    auto at = candidate.begin() + static_cast<std::ptrdiff_t>(to);
                    if (reversed)
                        candidate.insert(at, stretch.rbegin(), stretch.rend());
                    else
                        candidate.insert(at, stretch.begin(), stretch.end());
                    if (length(candidate) < before - 1e-6) {
                        path = std::move(candidate);
                        return true;
                    }
                }
            }
        }
    return false;
}

} // namespace

Route shortRoute(const std::optional<GeoPoint> &start, std::span<const GeoPoint> stops)
{
    Route route;
    if (stops.empty())
        return route;
    const auto d = distancesOf(start, stops);
    std::vector<std::size_t> best;
    double bestMetres = std::numeric_limits<double>::infinity();
    // Local search finds a good order, not always the best: it is run from as many beginnings
    // as there are stops (each stop first after here, or first of all), and the shortest kept.
    // A dozen stops: a dozen small searches, a millisecond.
    for (std::size_t first = 0; first < stops.size(); ++first) {
        auto path = start ? nearestNeighbour(d, {0, first + 1}) : nearestNeighbour(d, {first});
        do
            twoOpt(d, path, start.has_value());
        while (orOpt(d, path, start.has_value()));
        if (const double metres = pathLength(d, path); metres < bestMetres) {
            bestMetres = metres;
            best = std::move(path);
        }
    }
    const std::size_t offset = start ? 1 : 0;
    for (std::size_t i = offset; i < best.size(); ++i)
        route.order.push_back(best[i] - offset);
    route.metres = bestMetres;
    return route;
}

double routeMetres(const std::optional<GeoPoint> &start, std::span<const GeoPoint> stops,
                   std::span<const std::size_t> order)
{
    double metres = 0;
    const GeoPoint *previous = start ? &*start : nullptr;
    for (auto index : order) {
        if (previous)
            metres += distanceMetres(*previous, stops[index]);
        previous = &stops[index];
    }
    return metres;
}

} // namespace rapport::places
