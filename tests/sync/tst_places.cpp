// Where customers are: distances and boxes on the sphere, a place typed or pasted, an
// account's place learnt from its visits (and not moved by a stray one), "near me" against a
// brute-force sort over 20,000 accounts (at the 180th meridian and near a pole too), the day's
// route against the optimum, and a visit recorded on site.
#include "check_ok.h"
#include "merge/local_editor.h"
#include "notebook/notebook_index.h"
#include "notebook/notebook_queries.h"
#include "notebook/operations.h"
#include "places/geo.h"
#include "places/route.h"
#include "places/settled_place.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

using namespace rapport;
using places::GeoPoint;

namespace {

struct Notebook
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store
        = std::move(*notebook::openStore(dir.filePath(QStringLiteral("n.sqlite")).toStdString()));
    std::unique_ptr<merge::LocalEditor> editor = std::move(*merge::LocalEditor::open(*store));
    NotebookQueries queries {*store};

    std::string account(const std::string &name, std::optional<GeoPoint> pin = std::nullopt)
    {
        auto id = notebook::createAccount(*editor, name);
        if (!id)
            qFatal("account: %s", id.error().describe().c_str());
        if (pin) {
            if (auto pinned = notebook::pinAccountPlace(*editor, *id, pin); !pinned)
                qFatal("pin: %s", pinned.error().describe().c_str());
        }
        return *id;
    }

    std::string visit(const std::string &accountId, const GeoPoint &where,
                      const std::string &date = "2026-11-20")
    {
        notebook::VisitEntry entry;
        entry.accountId = accountId;
        entry.date = date;
        entry.title = "Visit";
        entry.position = notebook::VisitPosition {where, 12};
        auto recorded = notebook::recordVisit(*editor, entry);
        if (!recorded)
            qFatal("visit: %s", recorded.error().describe().c_str());
        return recorded->visitId;
    }

    GeoPoint placeOf(const std::string &accountId)
    {
        auto place = queries.accountPlace(accountId);
        if (!place || !*place)
            qFatal("no place for %s", accountId.c_str());
        return (*place)->place;
    }
};

// A point `metres` from `from` towards `bearing` (degrees), on the sphere.
GeoPoint moved(const GeoPoint &from, double metres, double bearing)
{
    const double d = metres / places::earthRadiusMetres, b = bearing * M_PI / 180;
    const double lat1 = from.latitude * M_PI / 180, lon1 = from.longitude * M_PI / 180;
    const double lat2
        = std::asin(std::sin(lat1) * std::cos(d) + std::cos(lat1) * std::sin(d) * std::cos(b));
    double lon2 = lon1
        + std::atan2(std::sin(b) * std::sin(d) * std::cos(lat1),
                     std::cos(d) - std::sin(lat1) * std::sin(lat2));
    double longitude = lon2 * 180 / M_PI;
    if (longitude > 180)
        longitude -= 360;
    if (longitude < -180)
        longitude += 360;
    return {lat2 * 180 / M_PI, longitude};
}

// The shortest open path from `start` through every stop, by trying every order.
double bruteForceMetres(const GeoPoint &start, const std::vector<GeoPoint> &stops)
{
    std::vector<std::size_t> order(stops.size());
    std::iota(order.begin(), order.end(), 0);
    double best = std::numeric_limits<double>::infinity();
    do
        best = std::min(best, places::routeMetres(start, stops, order));
    while (std::next_permutation(order.begin(), order.end()));
    return best;
}

// The same by dynamic programming over subsets (Held-Karp): exact, and fast enough for 12.
double heldKarpMetres(const GeoPoint &start, const std::vector<GeoPoint> &stops)
{
    const std::size_t n = stops.size();
    const std::size_t subsets = std::size_t {1} << n;
    std::vector<double> best(subsets * n, std::numeric_limits<double>::infinity());
    for (std::size_t last = 0; last < n; ++last)
        best[(std::size_t {1} << last) * n + last] = places::distanceMetres(start, stops[last]);
    for (std::size_t set = 1; set < subsets; ++set)
        for (std::size_t last = 0; last < n; ++last) {
            const double here = best[set * n + last];
            if (!(set & (std::size_t {1} << last))
                || here == std::numeric_limits<double>::infinity())
                continue;
            for (std::size_t next = 0; next < n; ++next) {
                if (set & (std::size_t {1} << next))
                    continue;
                auto &to = best[(set | (std::size_t {1} << next)) * n + next];
                to = std::min(to, here + places::distanceMetres(stops[last], stops[next]));
            }
        }
    double shortest = std::numeric_limits<double>::infinity();
    for (std::size_t last = 0; last < n; ++last)
        shortest = std::min(shortest, best[(subsets - 1) * n + last]);
    return shortest;
}

} // namespace

class PlacesTest : public QObject
{
    Q_OBJECT

private slots:
    void distances_areTheEarths()
    {
        const GeoPoint berlin {52.5200, 13.4050}, hamburg {53.5511, 9.9937};
        QVERIFY(std::abs(places::distanceMetres(berlin, hamburg) - 255'000) < 2'000);
        QCOMPARE(places::distanceMetres(berlin, berlin), 0.0);
        // North-west, from Berlin to Hamburg.
        QCOMPARE(places::compassPoint(places::bearingDegrees(berlin, hamburg)), 7);
        QCOMPARE(places::compassPoint(places::bearingDegrees(hamburg, berlin)), 3);
        // Across the 180th meridian the short way: 2.2 km, not 40,000.
        QVERIFY(places::distanceMetres({-17.0, 179.99}, {-17.0, -179.99}) < 2'200);
    }

    void aPlaceTypedOrPasted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("isPlace");
        QTest::addColumn<double>("latitude");
        QTest::addColumn<double>("longitude");
        QTest::newRow("comma") << "53.866, 10.684" << true << 53.866 << 10.684;
        QTest::newRow("space") << " 53.866 10.684 " << true << 53.866 << 10.684;
        QTest::newRow("south-west") << "-33.8688,-151.2093" << true << -33.8688 << -151.2093;
        QTest::newRow("geo URI") << "geo:53.866,10.684;u=20" << true << 53.866 << 10.684;
        QTest::newRow("geo with label")
            << "geo:53.866,10.684?q=Fischer" << true << 53.866 << 10.684;
        QTest::newRow("openstreetmap marker")
            << "https://www.openstreetmap.org/?mlat=53.866&mlon=10.684#map=17/53.866/10.684" << true
            << 53.866 << 10.684;
        QTest::newRow("openstreetmap view")
            << "https://www.openstreetmap.org/#map=16/53.86601/10.68399" << true << 53.86601
            << 10.68399;
        QTest::newRow("latitude past the pole") << "93.1, 10" << false << 0.0 << 0.0;
        QTest::newRow("longitude past 180") << "53, 181" << false << 0.0 << 0.0;
        QTest::newRow("an address") << "Breite Straße 1, Lübeck" << false << 0.0 << 0.0;
        QTest::newRow("one number") << "53.866" << false << 0.0 << 0.0;
        QTest::newRow("empty") << "" << false << 0.0 << 0.0;
        QTest::newRow("another web address") << "https://example.com/?lat=1" << false << 0.0 << 0.0;
    }

    void aPlaceTypedOrPasted()
    {
        QFETCH(QString, text);
        QFETCH(bool, isPlace);
        const auto place = places::parsePlace(text.toStdString());
        QCOMPARE(place.has_value(), isPlace);
        if (place) {
            QFETCH(double, latitude);
            QFETCH(double, longitude);
            QCOMPARE(place->latitude, latitude);
            QCOMPARE(place->longitude, longitude);
        }
    }

    void mapAddresses_openAtThePlace()
    {
        const GeoPoint lubeck {53.866, 10.684};
        QCOMPARE(places::geoUri(lubeck), std::string("geo:53.866000,10.684000"));
        QCOMPARE(places::geoUri(lubeck, "Fischer & Söhne"),
                 std::string("geo:0,0?q=53.866000,10.684000(Fischer%20%26%20S%C3%B6hne)"));
        QCOMPARE(places::openStreetMapAddress(lubeck),
                 std::string("https://www.openstreetmap.org/?mlat=53.866000&mlon=10.684000"
                             "#map=17/53.866000/10.684000"));
        // What Rapport writes, it reads back.
        const auto back = places::parsePlace(places::openStreetMapAddress(lubeck));
        QVERIFY(back && back->latitude == 53.866 && back->longitude == 10.684);
    }

    void boxes_holdTheWholeCircle()
    {
        // Around points anywhere, at distances from a street to a continent: every point
        // within the distance lies in one of the boxes.
        std::mt19937 random(7);
        std::uniform_real_distribution<double> bearing(0, 360), fraction(0, 1);
        for (const GeoPoint centre :
             {GeoPoint {53.87, 10.68}, GeoPoint {-17.0, 179.9}, GeoPoint {-17.0, -179.9},
              GeoPoint {78.2, 15.6}, GeoPoint {89.95, 0}, GeoPoint {-89.9, 120}, GeoPoint {0, 0}})
            for (double metres : {500.0, 20'000.0, 800'000.0, 5'000'000.0}) {
                const auto boxes = places::boxesAround(centre, metres);
                QVERIFY(!boxes.empty() && boxes.size() <= 2);
                for (int i = 0; i < 500; ++i) {
                    const auto point = moved(centre, metres * fraction(random), bearing(random));
                    const bool inside = std::any_of(boxes.begin(), boxes.end(), [&](const auto &b) {
                        return point.latitude >= b.minLatitude - 1e-9
                            && point.latitude <= b.maxLatitude + 1e-9
                            && point.longitude >= b.minLongitude - 1e-9
                            && point.longitude <= b.maxLongitude + 1e-9;
                    });
                    QVERIFY2(inside,
                             qPrintable(QStringLiteral("%1,%2 within %3 m of %4,%5")
                                            .arg(point.latitude)
                                            .arg(point.longitude)
                                            .arg(metres)
                                            .arg(centre.latitude)
                                            .arg(centre.longitude)));
                }
            }
    }

    void settledPlace_resistsAStrayVisit()
    {
        const GeoPoint site {53.8660, 10.6840};
        std::vector<GeoPoint> visits {moved(site, 20, 10), moved(site, 35, 200),
                                      moved(site, 10, 90), moved(site, 25, 300)};
        // Recorded in the car park of the next customer, 2 km on; newest first.
        visits.insert(visits.begin(), moved(site, 2'000, 45));
        const auto place = places::settledPlace(visits);
        QVERIFY(place);
        QVERIFY(places::distanceMetres(*place, site) < 20);
        QVERIFY(!places::settledPlace({}));
        const std::vector<GeoPoint> one {site};
        QCOMPARE(places::distanceMetres(*places::settledPlace(one), site), 0.0);
    }

    void anAccountsPlace_isLearntFromItsVisits_andAPinWins()
    {
        Notebook book;
        const GeoPoint site {53.8660, 10.6840};
        const auto fischer = book.account("Fischer & Söhne");
        QVERIFY(!*book.queries.accountPlace(fischer));
        for (int i = 0; i < 4; ++i)
            book.visit(fischer, moved(site, 15 + 5 * i, 90 * i),
                       "2026-11-0" + std::to_string(i + 1));
        QVERIFY(places::distanceMetres(book.placeOf(fischer), site) < 15);
        // One visit recorded at the next customer, the newest: the place does not move.
        book.visit(fischer, moved(site, 3'000, 120), "2026-11-20");
        QVERIFY(places::distanceMetres(book.placeOf(fischer), site) < 15);
        auto known = *book.queries.accountPlace(fischer);
        QVERIFY(!known->pinned);
        QCOMPARE(known->visitsPlaced, 5);

        // The person pins it elsewhere (the customer moved): the pin wins; unpinned, the
        // visits' place again.
        const GeoPoint moved_ {53.9000, 10.7000};
        CHECK_OK(notebook::pinAccountPlace(*book.editor, fischer, moved_));
        QCOMPARE(book.placeOf(fischer).latitude, moved_.latitude);
        QVERIFY((*book.queries.accountPlace(fischer))->pinned);
        CHECK_OK(notebook::pinAccountPlace(*book.editor, fischer, std::nullopt));
        QVERIFY(places::distanceMetres(book.placeOf(fischer), site) < 15);
        QVERIFY(!book.store->get(fischer)->body.contains("place"));

        // Refused, writing nothing.
        QVERIFY(!notebook::pinAccountPlace(*book.editor, fischer, GeoPoint {91, 0}));
        QVERIFY(!notebook::pinAccountPlace(*book.editor, "account:nobody", site));
    }

    void aPlaceSurvivesTheIndexBeingBuiltAgain()
    {
        // The place is derived from the documents: a notebook opened by a later Rapport whose
        // index is built again has every place back.
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("n.sqlite")).toStdString();
        std::string pinned, learnt;
        {
            auto store = std::move(*notebook::openStore(path));
            auto editor = std::move(*merge::LocalEditor::open(*store));
            pinned = *notebook::createAccount(*editor, "Pinned");
            CHECK_OK(notebook::pinAccountPlace(*editor, pinned, GeoPoint {48.1, 11.5}));
            learnt = *notebook::createAccount(*editor, "Learnt");
            notebook::VisitEntry entry;
            entry.accountId = learnt;
            entry.date = "2026-11-02";
            entry.title = "Visit";
            entry.position = notebook::VisitPosition {{50.1, 8.6}, 8};
            CHECK_OK(notebook::recordVisit(*editor, entry));
            CHECK_OK(store->database().exec("DELETE FROM index_versions"));
        }
        auto store = std::move(*notebook::openStore(path));
        NotebookQueries queries(*store);
        QCOMPARE((*queries.accountPlace(pinned))->place.latitude, 48.1);
        QCOMPARE((*queries.accountPlace(learnt))->place.longitude, 8.6);
    }

    void nearMe_matchesABruteForceSort_over20000Accounts()
    {
        Notebook book;
        // 20,000 customers: most across Germany, some about the 180th meridian (Fiji) and some
        // in the high north (Svalbard, and a few by the pole).
        std::mt19937 random(2026);
        std::uniform_real_distribution<double> germanyLat(47.3, 55.0), germanyLon(5.9, 15.0);
        std::uniform_real_distribution<double> fijiLat(-18.5, -15.5), fijiLon(177.0, 183.0);
        std::uniform_real_distribution<double> northLat(76.0, 90.0), anyLon(-180, 180);
        std::vector<std::pair<std::string, GeoPoint>> all;
        CHECK_OK(book.store->writeBatch([&]() -> Status {
            for (int i = 0; i < 20'000; ++i) {
                GeoPoint place;
                if (i % 10 == 8) {
                    double lon = fijiLon(random);
                    place = {fijiLat(random), lon > 180 ? lon - 360 : lon};
                } else if (i % 10 == 9) {
                    place = {northLat(random), anyLon(random)};
                } else {
                    place = {germanyLat(random), germanyLon(random)};
                }
                Document doc {
                    "account:" + std::to_string(100000 + i),
                    {},
                    false,
                    Json {
                        {"type", "account"},
                        {"schema", 1},
                        {"name", "Customer " + std::to_string(i)},
                        {"place", {{"latitude", place.latitude}, {"longitude", place.longitude}}}}};
                if (auto put = book.store->put(doc); !put)
                    return put.error();
                all.emplace_back(doc.id, place);
            }
            return {};
        }));

        for (const GeoPoint here :
             {GeoPoint {53.866, 10.684}, GeoPoint {51.0, 7.0}, GeoPoint {-17.0, 179.95},
              GeoPoint {-17.0, -179.95}, GeoPoint {78.22, 15.65}, GeoPoint {89.99, 45},
              GeoPoint {0, 0}, GeoPoint {-60, -60}}) {
            auto byDistance = all;
            std::stable_sort(byDistance.begin(), byDistance.end(),
                             [&](const auto &a, const auto &b) {
                                 return places::distanceMetres(here, a.second)
                                     < places::distanceMetres(here, b.second);
                             });
            for (int offset : {0, 30, 1000}) {
                NearbySearchCost cost;
                auto page = book.queries.accountsNear(here, "2026-12-06", offset, 30, &cost);
                CHECK_OK(page);
                QCOMPARE(page->size(), std::size_t {30});
                for (std::size_t i = 0; i < page->size(); ++i) {
                    const auto &expected = byDistance[static_cast<std::size_t>(offset) + i];
                    QVERIFY2((*page)[i].id == expected.first,
                             qPrintable(QStringLiteral("at %1,%2 row %3: %4, expected %5")
                                            .arg(here.latitude)
                                            .arg(here.longitude)
                                            .arg(offset + int(i))
                                            .arg(QString::fromStdString((*page)[i].id),
                                                 QString::fromStdString(expected.first))));
                    QVERIFY(
                        std::abs((*page)[i].metres - places::distanceMetres(here, expected.second))
                        < 0.01);
                }
                // In Germany (16,000 customers) the first page reads a few times a page's
                // worth of places from the tree, not all 20,000: the cost follows how many are
                // near, not how many there are.
                if (offset == 0 && here.latitude > 50 && here.latitude < 55)
                    QVERIFY2(cost.placesRead < 200, qPrintable(QString::number(cost.placesRead)));
            }
        }
        // Past the last one: nothing; a place that is none: refused.
        QVERIFY(book.queries.accountsNear({53.8, 10.6}, "2026-12-06", 20'000, 30)->empty());
        QVERIFY(!book.queries.accountsNear({95, 10.6}, "2026-12-06", 0, 30));
    }

    void nearMe_saysWhatIsWaiting()
    {
        Notebook book;
        const GeoPoint lubeck {53.866, 10.684};
        const auto near = book.account("Near", moved(lubeck, 800, 90)); // east
        const auto far = book.account("Far", moved(lubeck, 5'000, 180)); // south
        book.account("Nowhere"); // no place known: not listed
        // Near: visited long ago with a 30-day cadence, and a follow-up due.
        CHECK_OK(book.editor->store().writeBatch([&]() -> Status {
            auto doc = *book.store->get(near);
            doc.body["cadenceDays"] = 30;
            return book.editor->save(doc) ? Status {} : Status {Error {Errc::BadRequest, "save"}};
        }));
        notebook::VisitEntry old;
        old.accountId = near;
        old.date = "2026-09-01";
        old.title = "Old visit";
        CHECK_OK(notebook::recordVisit(*book.editor, old));
        notebook::FollowUpPlan plan;
        plan.title = "Send the price list";
        plan.due = "2026-12-01";
        plan.accountId = near;
        CHECK_OK(notebook::planFollowUp(*book.editor, plan));

        auto rows = book.queries.accountsNear(lubeck, "2026-12-06", 0, 10);
        CHECK_OK(rows);
        QCOMPARE(rows->size(), std::size_t {2});
        QCOMPARE((*rows)[0].id, near);
        QCOMPARE((*rows)[0].name, std::string("Near"));
        QVERIFY(std::abs((*rows)[0].metres - 800) < 1);
        QCOMPARE(places::compassPoint((*rows)[0].bearing), 2); // east
        QVERIFY((*rows)[0].lapsed);
        QCOMPARE((*rows)[0].followUpsDue, 1);
        QCOMPARE((*rows)[0].lastVisit, std::string("2026-09-01"));
        QCOMPARE((*rows)[1].id, far);
        QCOMPARE(places::compassPoint((*rows)[1].bearing), 4); // south
        QVERIFY(!(*rows)[1].lapsed);
        QCOMPARE((*rows)[1].followUpsDue, 0);
    }

    void aVisitRecordedAtItsCustomer_isOnSite()
    {
        Notebook book;
        const GeoPoint site {53.866, 10.684};
        const auto fischer = book.account("Fischer", site);
        const auto there = book.visit(fischer, moved(site, 60, 0));
        auto body = book.store->get(there)->body;
        QVERIFY(body["onSite"] == Json(true));
        QVERIFY(body["position"]["accuracy"] == Json(12.0));
        QVERIFY(std::abs(body["position"]["latitude"].get<double>() - moved(site, 60, 0).latitude)
                < 1e-6);

        const auto away = book.visit(fischer, moved(site, 4'000, 0));
        QVERIFY(!book.store->get(away)->body.contains("onSite"));
        // Without a position: neither.
        notebook::VisitEntry plain;
        plain.accountId = fischer;
        plain.date = "2026-11-21";
        plain.title = "Call";
        const auto called = notebook::recordVisit(*book.editor, plain);
        CHECK_OK(called);
        QVERIFY(!book.store->get(called->visitId)->body.contains("position"));
        // A position that is no place: refused, nothing written.
        notebook::VisitEntry wrong = plain;
        wrong.position = notebook::VisitPosition {{0, 200}, 5};
        QVERIFY(!notebook::recordVisit(*book.editor, wrong));
    }

    void route_isWithinTenPercentOfTheShortest()
    {
        std::mt19937 random(12);
        std::uniform_real_distribution<double> lat(53.5, 54.2), lon(9.8, 11.2);
        double worst = 0;
        for (int day = 0; day < 30; ++day) {
            const GeoPoint start {lat(random), lon(random)};
            const std::size_t count = day < 10 ? 8 : 12;
            std::vector<GeoPoint> stops;
            for (std::size_t i = 0; i < count; ++i)
                stops.push_back({lat(random), lon(random)});
            const auto route = places::shortRoute(start, stops);
            auto sorted = route.order;
            std::sort(sorted.begin(), sorted.end());
            std::vector<std::size_t> every(count);
            std::iota(every.begin(), every.end(), 0);
            QCOMPARE(sorted, every); // each stop once
            QVERIFY(std::abs(route.metres - places::routeMetres(start, stops, route.order)) < 1e-6);
            const double optimum
                = count <= 8 ? bruteForceMetres(start, stops) : heldKarpMetres(start, stops);
            QVERIFY(route.metres >= optimum - 1e-6);
            worst = std::max(worst, route.metres / optimum);
            QVERIFY2(route.metres <= optimum * 1.10,
                     qPrintable(QStringLiteral("day %1: %2 km against %3 km")
                                    .arg(day)
                                    .arg(route.metres / 1000)
                                    .arg(optimum / 1000)));
        }
        qInfo("worst route of 30 days: %.3f times the shortest", worst);
        // Without a start, and with one stop or none.
        const std::vector<GeoPoint> one {{53.9, 10.7}};
        QCOMPARE(places::shortRoute(std::nullopt, one).order, std::vector<std::size_t> {0});
        QVERIFY(places::shortRoute(std::nullopt, {}).order.empty());
    }

    void plannedStops_haveTheirCustomersPlaces()
    {
        Notebook book;
        const auto a = book.account("Placed", GeoPoint {53.9, 10.7});
        const auto b = book.account("Unplaced");
        for (const auto &id : {a, b}) {
            Document planned {"visit:planned-" + id,
                              {},
                              false,
                              Json {{"type", "visit"},
                                    {"schema", 1},
                                    {"accountId", id},
                                    {"date", "2026-12-07"},
                                    {"planned", true},
                                    {"title", "Plan"}}};
            CHECK_OK(book.store->put(planned));
        }
        auto stops = book.queries.plannedStopsOn("2026-12-07");
        CHECK_OK(stops);
        QCOMPARE(stops->size(), std::size_t {2});
        QCOMPARE((*stops)[0].accountName, std::string("Placed"));
        QVERIFY((*stops)[0].place && (*stops)[0].place->latitude == 53.9);
        QVERIFY(!(*stops)[1].place);
        QVERIFY(book.queries.plannedStopsOn("2026-12-08")->empty());
    }
};

QTEST_GUILESS_MAIN(PlacesTest)
#include "tst_places.moc"
