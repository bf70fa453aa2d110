// Where each customer is, in the tables "near me" reads: the place its person pinned, else the
// one its visits settled on (places::settledPlace), kept in an R*Tree so that the accounts
// within a distance are found by an index whether the notebook holds 20 or 20,000 of them. The
// accounts' kind owns the tables (account_index.cpp); a visit with a position refreshes its
// account's place as it comes and goes.
#include "notebook/kind_index.h"
#include "notebook/place_fields.h"
#include "places/settled_place.h"
#include "store/sqlite.h"

#include <cmath>
#include <vector>

namespace rapport::notebook {

std::optional<places::GeoPoint> placeMember(const Json &body, const char *key)
{
    auto member = body.find(key);
    if (member == body.end() || !member->is_object())
        return std::nullopt;
    auto latitude = member->find("latitude");
    auto longitude = member->find("longitude");
    if (latitude == member->end() || longitude == member->end() || !latitude->is_number()
        || !longitude->is_number())
        return std::nullopt;
    places::GeoPoint point {latitude->get<double>(), longitude->get<double>()};
    if (!places::isValid(point))
        return std::nullopt;
    return point;
}

Json placeJson(const places::GeoPoint &point)
{
    // Six decimals: 0.1 m, finer than any phone knows.
    auto rounded = [](double degrees) {
        return std::round(degrees * 1e6) / 1e6;
    };
    return Json {{"latitude", rounded(point.latitude)}, {"longitude", rounded(point.longitude)}};
}

namespace {

Result<std::optional<places::GeoPoint>> placeFromVisits(sqlite::Database &db,
                                                        std::string_view accountId)
{
    // The newest 200 positions are plenty to know a site by; a customer moves now and then.
    auto query = db.prepare(R"sql(
        SELECT latitude, longitude FROM visits
        WHERE account_id = ?1 AND latitude IS NOT NULL AND planned = 0
        ORDER BY date DESC, doc DESC LIMIT 200)sql");
    if (!query)
        return query.error();
    query->bind(1, accountId);
    std::vector<places::GeoPoint> positions;
    auto read = sqlite::forEachRow(*query, [&positions](const sqlite::Query &row) {
        positions.push_back({row.real(0), row.real(1)});
    });
    if (!read)
        return read.error();
    return places::settledPlace(positions);
}

} // namespace

Status refreshAccountPlace(sqlite::Database &db, std::string_view accountId)
{
    std::int64_t doc = 0;
    std::optional<places::GeoPoint> place;
    bool pinned = false;
    {
        auto query = db.prepare(R"sql(
            SELECT a.doc, a.pin_latitude, a.pin_longitude FROM accounts a
            JOIN docs d ON d.doc = a.doc WHERE d.id = ?1)sql");
        if (!query)
            return query.error();
        auto row = query->bind(1, accountId).step();
        if (!row)
            return row.error();
        if (!*row)
            return {}; // the account has not come yet: its index will read the visits
        doc = query->integer(0);
        if (!query->isNull(1) && !query->isNull(2)) {
            place = places::GeoPoint {query->real(1), query->real(2)};
            pinned = true;
        }
    }
    if (!place) {
        auto learnt = placeFromVisits(db, accountId);
        if (!learnt)
            return learnt.error();
        place = *learnt;
    }
    if (auto removed = unplaceAccount(db, doc); !removed)
        return removed;
    if (!place)
        return {};
    auto insert = db.prepare(
        "INSERT INTO account_places(doc, latitude, longitude, pinned) VALUES (?1, ?2, ?3, ?4)");
    if (!insert)
        return insert.error();
    if (auto inserted = insert->bind(1, doc)
                            .bind(2, place->latitude)
                            .bind(3, place->longitude)
                            .bind(4, pinned)
                            .run();
        !inserted)
        return inserted;
    // The tree holds each place as a box of no size (its 32-bit coordinates are rounded
    // outwards by SQLite, so the box always holds the exact place kept beside it).
    auto tree = db.prepare("INSERT INTO account_place_tree(id, min_latitude, max_latitude, "
                           "min_longitude, max_longitude) VALUES (?1, ?2, ?2, ?3, ?3)");
    if (!tree)
        return tree.error();
    return tree->bind(1, doc).bind(2, place->latitude).bind(3, place->longitude).run();
}

Status unplaceAccount(sqlite::Database &db, std::int64_t doc)
{
    for (std::string_view sql : {"DELETE FROM account_places WHERE doc = ?1",
                                 "DELETE FROM account_place_tree WHERE id = ?1"})
        if (auto removed = runForDocument(db, doc, sql); !removed)
            return removed;
    return {};
}

} // namespace rapport::notebook
