// Where the customers are, as the app lives it: positions read from an NMEA log made here and
// replayed in real time by Qt Positioning (QNmeaPositionInfoSource's simulation mode), as a GPS
// receiver would give them. A drive past three customers records three visits at the right
// accounts, on site; with consent off no position source is even made; "near me" and today's
// route read from where the drive is.
#include "app/database_session.h"
#include "app/nmea_sentence.h"
#include "app/translations.h"
#include "app/whereabouts.h"
#include "controllers/customer_place.h"
#include "controllers/day_route.h"
#include "controllers/visit_recorder.h"
#include "models/nearby_accounts_model.h"
#include "notebook/notebook_queries.h"
#include "notebook/operations.h"
#include "places/geo.h"
#include "store/store.h"

#include <QBuffer>
#include <QDesktopServices>
#include <QFile>
#include <QGeoPositionInfo>
#include <QNmeaPositionInfoSource>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using rapport::places::GeoPoint;

namespace {

// Lübeck: three customers along one road, 2 km apart, and one across town.
const GeoPoint depot {53.8500, 10.6500};
const GeoPoint fischer {53.8600, 10.6700};
const GeoPoint hansen {53.8700, 10.6900};
const GeoPoint petersen {53.8800, 10.7100};
const GeoPoint across {53.8300, 10.7400};

GeoPoint between(const GeoPoint &a, const GeoPoint &b, double t)
{
    return {a.latitude + (b.latitude - a.latitude) * t,
            a.longitude + (b.longitude - a.longitude) * t};
}

// Opens a URL the way the system would hand it to a map app or a browser: keeps it.
class MapApps : public QObject
{
    Q_OBJECT
public:
    QString lastOpened;
public slots:
    void open(const QUrl &url) { lastOpened = url.toString(); }
};

} // namespace

class PlacesOnTheRoadTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    int m_sourcesMade = 0;
    MapApps m_maps;

    std::unique_ptr<DatabaseSession> freshSession()
    {
        auto session = std::make_unique<DatabaseSession>(
            m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_count)));
        session->setToday(QDate(2026, 12, 7));
        return session;
    }

    static std::string account(DatabaseSession &session, const std::string &name,
                               std::optional<GeoPoint> pin)
    {
        auto id = rapport::notebook::createAccount(*session.editor(), name);
        if (!id)
            qFatal("account");
        if (pin && !rapport::notebook::pinAccountPlace(*session.editor(), *id, pin))
            qFatal("pin");
        return *id;
    }

    // An NMEA log of a drive: one fix every 100 ms (replayed at that pace), the waypoints
    // joined by straight roads of `steps` fixes, each stop held for `hold` fixes.
    QString writeDrive(const QString &name, const std::vector<GeoPoint> &stops, int steps, int hold)
    {
        QByteArray log;
        QDateTime at(QDate(2026, 12, 7), QTime(8, 0), Qt::UTC);
        auto fix = [&](const GeoPoint &point) {
            log += nmeaRmcSentence(at, point);
            at = at.addMSecs(100);
        };
        for (std::size_t i = 0; i < stops.size(); ++i) {
            if (i > 0)
                for (int step = 1; step < steps; ++step)
                    fix(between(stops[i - 1], stops[i], double(step) / steps));
            for (int held = 0; held < hold; ++held)
                fix(stops[i]);
        }
        const auto path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(log) != log.size())
            qFatal("cannot write the drive");
        return path;
    }

    void useLog(const QString &path)
    {
        const auto replay = Whereabouts::nmeaLogSource(path);
        Whereabouts::setSourceFactory([this, replay](QObject *parent) {
            ++m_sourcesMade;
            return replay(parent);
        });
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::applyLanguage(QStringLiteral("en"));
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_maps, "open");
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); }

    void init()
    {
        QSettings().remove(QStringLiteral("places"));
        m_sourcesMade = 0;
    }

    void nmeaSentences_areReadBackAsWritten()
    {
        // What the tests' drives and `--at` write is what a receiver says: read by Qt's own
        // parser, south and west and the 180th meridian included.
        for (const GeoPoint point :
             {fischer, GeoPoint {-33.8688, -151.2093}, GeoPoint {0.5, 179.99999}}) {
            const QDateTime at(QDate(2026, 12, 7), QTime(8, 0, 1, 300), Qt::UTC);
            QBuffer sentence;
            sentence.setData(nmeaRmcSentence(at, point));
            QVERIFY(sentence.data().startsWith("$GPRMC,080001.300,A,"));
            sentence.open(QIODevice::ReadOnly);
            QNmeaPositionInfoSource source(QNmeaPositionInfoSource::SimulationMode);
            source.setDevice(&sentence);
            QSignalSpy read(&source, &QGeoPositionInfoSource::positionUpdated);
            source.startUpdates();
            QTRY_COMPARE(read.count(), 1);
            const auto info = read.takeFirst().at(0).value<QGeoPositionInfo>();
            QVERIFY(std::abs(info.coordinate().latitude() - point.latitude) < 1e-6);
            QVERIFY(std::abs(info.coordinate().longitude() - point.longitude) < 1e-6);
            QCOMPARE(info.timestamp(), at);
        }
    }

    void aDrivePastThreeCustomers_recordsThreeVisitsAtTheRightAccounts()
    {
        auto session = freshSession();
        const auto f = account(*session, "Fischer & Söhne", fischer);
        const auto h = account(*session, "Hansen Logistik", hansen);
        const auto p = account(*session, "Petersen Bau", petersen);
        account(*session, "Across town", across);
        useLog(
            writeDrive(QStringLiteral("drive.nmea"), {depot, fischer, hansen, petersen}, 12, 25));
        session->whereabouts()->setConsented(true);

        VisitRecorder recorder;
        recorder.setSession(session.get());
        session->whereabouts()->watch(); // the visit page, open for the whole drive
        QCOMPARE(m_sourcesMade, 1);
        const std::vector<std::pair<std::string, QString>> expected {
            {f, QStringLiteral("Fischer & Söhne")},
            {h, QStringLiteral("Hansen Logistik")},
            {p, QStringLiteral("Petersen Bau")}};
        QStringList visits;
        for (const auto &[id, name] : expected) {
            // Arriving: the visit is for the customer here, with nothing picked by hand.
            QTRY_COMPARE_WITH_TIMEOUT(recorder.customerHereId(), QString::fromStdString(id), 15000);
            QCOMPARE(recorder.customerHereName(), name);
            QCOMPARE(recorder.accountId(), QString::fromStdString(id));
            recorder.setNotes(QStringLiteral("Talked about the spring order."));
            QSignalSpy finished(&recorder, &VisitRecorder::finished);
            QVERIFY2(recorder.finish(), qPrintable(recorder.error()));
            visits << finished.takeFirst().at(0).toString();
        }
        session->whereabouts()->unwatch();

        for (int i = 0; i < 3; ++i) {
            const auto body = session->store()->get(visits[i].toStdString())->body;
            QCOMPARE(body.value("accountId", std::string()), expected[std::size_t(i)].first);
            QVERIFY(body.value("onSite", false));
            const GeoPoint at {body["position"]["latitude"].get<double>(),
                               body["position"]["longitude"].get<double>()};
            const GeoPoint customer = i == 0 ? fischer : i == 1 ? hansen : petersen;
            QVERIFY2(rapport::places::distanceMetres(at, customer) < 250,
                     qPrintable(QString::number(rapport::places::distanceMetres(at, customer))));
        }
    }

    void checkedInAtTheDoor_savedInTheCarPark_isOnSite()
    {
        // The visit page opened at the customer's door; the notes typed in the car, 400 m on.
        auto session = freshSession();
        const auto f = account(*session, "Fischer & Söhne", fischer);
        const GeoPoint carPark = between(fischer, hansen, 0.2); // about 400 m away
        QVERIFY(rapport::places::distanceMetres(fischer, carPark) > 300);
        useLog(writeDrive(QStringLiteral("car-park.nmea"), {fischer, carPark}, 5, 10));
        session->whereabouts()->setConsented(true);
        VisitRecorder recorder;
        recorder.setSession(session.get());
        session->whereabouts()->watch();
        QTRY_COMPARE_WITH_TIMEOUT(recorder.accountId(), QString::fromStdString(f), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(
            session->whereabouts()->known()
                && rapport::places::distanceMetres(*session->whereabouts()->position(), carPark)
                    < 1,
            5000);
        QVERIFY(recorder.customerHereId().isEmpty()); // not at the customer any more
        QSignalSpy finished(&recorder, &VisitRecorder::finished);
        QVERIFY(recorder.finish());
        session->whereabouts()->unwatch();
        const auto body
            = session->store()->get(finished.takeFirst().at(0).toString().toStdString())->body;
        QVERIFY(body.value("onSite", false));
        const GeoPoint at {body["position"]["latitude"].get<double>(),
                           body["position"]["longitude"].get<double>()};
        QVERIFY(rapport::places::distanceMetres(at, fischer) < 1);
    }

    void withConsentOff_noPositionIsRead()
    {
        auto session = freshSession();
        const auto f = account(*session, "Fischer & Söhne", fischer);
        useLog(writeDrive(QStringLiteral("still.nmea"), {fischer}, 1, 20));
        QVERIFY(!session->whereabouts()->asked());
        session->whereabouts()->setConsented(false);
        QVERIFY(session->whereabouts()->asked());

        VisitRecorder recorder;
        recorder.setSession(session.get());
        session->whereabouts()->watch();
        NearbyAccountsModel nearby;
        nearby.setSession(session.get());
        QTest::qWait(500);
        recorder.setAccountId(QString::fromStdString(f));
        QSignalSpy finished(&recorder, &VisitRecorder::finished);
        QVERIFY(recorder.finish());
        session->whereabouts()->unwatch();

        // The source was never made, let alone started; nothing knows where the device is.
        QCOMPARE(m_sourcesMade, 0);
        QCOMPARE(session->whereabouts()->sourceStarts(), 0);
        QVERIFY(!session->whereabouts()->known());
        QVERIFY(recorder.customerHereId().isEmpty());
        QVERIFY(!nearby.located());
        QCOMPARE(nearby.count(), 0);
        const auto body
            = session->store()->get(finished.takeFirst().at(0).toString().toStdString())->body;
        QVERIFY(!body.contains("position"));
        QVERIFY(!body.contains("onSite"));
    }

    void turningConsentOff_stopsReadingAndForgets()
    {
        auto session = freshSession();
        useLog(writeDrive(QStringLiteral("long.nmea"), {depot, fischer}, 200, 50));
        auto *where = session->whereabouts();
        where->setConsented(true);
        where->watch();
        QTRY_VERIFY_WITH_TIMEOUT(where->known(), 5000);
        where->setConsented(false);
        QVERIFY(!where->known());
        QSignalSpy moved(where, &Whereabouts::positionChanged);
        QTest::qWait(400); // four fixes would have come
        QCOMPARE(moved.count(), 0);
        where->unwatch();
    }

    void nearMe_andTodaysRoute_readFromWhereTheDeviceIs()
    {
        auto session = freshSession();
        const auto f = account(*session, "Fischer & Söhne", fischer);
        const auto h = account(*session, "Hansen Logistik", hansen);
        const auto p = account(*session, "Petersen Bau", petersen);
        const auto a = account(*session, "Across town", across);
        const auto unplaced = account(*session, "Somewhere", std::nullopt);
        // Planned today in an order that would zigzag.
        for (const auto &id : {p, a, f, unplaced, h}) {
            rapport::Document visit {"visit:plan-" + id,
                                     {},
                                     false,
                                     rapport::Json {{"type", "visit"},
                                                    {"accountId", id},
                                                    {"date", "2026-12-07"},
                                                    {"planned", true},
                                                    {"title", "Planned"}}};
            QVERIFY(session->save(visit));
        }
        Whereabouts::setSourceFactory(Whereabouts::fixedPlaceSource(depot));
        session->whereabouts()->setConsented(true);

        NearbyAccountsModel nearby;
        nearby.setSession(session.get());
        nearby.setLive(true);
        DayRoute route;
        route.setSession(session.get());
        QCOMPARE(route.plannedCount(), 5);
        QVERIFY(!route.fromHere());
        session->whereabouts()->watch(); // the page shows
        QTRY_VERIFY_WITH_TIMEOUT(nearby.located(), 5000);

        QTRY_COMPARE(nearby.count(), 4);
        auto row = [&](int i, const char *role) {
            const auto roles = nearby.roleNames();
            return nearby.data(nearby.index(i), roles.key(role));
        };
        QCOMPARE(row(0, "title").toString(), QStringLiteral("Fischer & Söhne"));
        QCOMPARE(row(0, "direction").toString(), QStringLiteral("north-east"));
        QCOMPARE(row(1, "title").toString(), QStringLiteral("Hansen Logistik"));
        QCOMPARE(row(2, "title").toString(), QStringLiteral("Petersen Bau"));
        QCOMPARE(row(3, "title").toString(), QStringLiteral("Across town"));
        QVERIFY2(row(0, "detail").toString().startsWith(QStringLiteral("1.7 km north-east")),
                 qPrintable(row(0, "detail").toString()));

        // The route from here: along the road, then across town; not in the planned order.
        QTRY_VERIFY(route.fromHere());
        QStringList order;
        for (const auto &stop : route.stops())
            order << stop.toMap().value(QStringLiteral("name")).toString();
        QCOMPARE(order,
                 (QStringList {QStringLiteral("Fischer & Söhne"), QStringLiteral("Hansen Logistik"),
                               QStringLiteral("Petersen Bau"), QStringLiteral("Across town")}));
        QCOMPARE(route.unplaced().size(), 1);
        QCOMPARE(route.unplaced().at(0).toMap().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Somewhere"));
        QVERIFY(route.total().endsWith(QStringLiteral(" km")));
        route.openInMaps(3);
        QCOMPARE(m_maps.lastOpened,
                 QStringLiteral("https://www.openstreetmap.org/"
                                "?mlat=53.830000&mlon=10.740000#map=17/53.830000/10.740000"));

        // A customer's page: how far, pinned; pinning it here moves it.
        CustomerPlace place;
        place.setSession(session.get());
        place.setAccountId(QString::fromStdString(f));
        QVERIFY(place.known());
        QCOMPARE(place.summary(), QStringLiteral("Pinned by you"));
        QVERIFY(place.fromHere().endsWith(QStringLiteral("north-east of you")));
        QVERIFY(!place.pinAt(QStringLiteral("Breite Straße 1")));
        QVERIFY(place.error().contains(QStringLiteral("latitude and longitude")));
        QVERIFY(place.pinHere());
        QTRY_VERIFY(place.fromHere().startsWith(QStringLiteral("10 m")));
        QVERIFY(place.unpin());
        QVERIFY(!place.known());
        session->whereabouts()->unwatch();
    }
};

QTEST_MAIN(PlacesOnTheRoadTest)
#include "tst_places_on_the_road.moc"
