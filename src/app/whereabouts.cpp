#include "app/whereabouts.h"

#include "app/nmea_sentence.h"

#include <QBuffer>
#include <QFile>
#include <QGeoPositionInfoSource>
#include <QNmeaPositionInfoSource>
#include <QSettings>

namespace {

// A position older than this is not where the person is now.
constexpr qint64 freshForMs = 5 * 60 * 1000;

const QString consentKey = QStringLiteral("places/consent"); // "yes", "no", or absent
const QString checkInKey = QStringLiteral("places/checkInMetres");

bool consentedForThisRun = false;

Whereabouts::SourceFactory &sourceFactory()
{
    static Whereabouts::SourceFactory factory = [](QObject *parent) {
        return QGeoPositionInfoSource::createDefaultSource(parent);
    };
    return factory;
}

} // namespace

void Whereabouts::setSourceFactory(SourceFactory factory)
{
    sourceFactory() = std::move(factory);
}

Whereabouts::SourceFactory Whereabouts::nmeaLogSource(const QString &path)
{
    return [path](QObject *parent) -> QGeoPositionInfoSource * {
        auto *source = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::SimulationMode, parent);
        auto *log = new QFile(path, source);
        if (!log->open(QIODevice::ReadOnly)) {
            delete source;
            return nullptr;
        }
        source->setDevice(log);
        return source;
    };
}

Whereabouts::SourceFactory Whereabouts::fixedPlaceSource(const rapport::places::GeoPoint &place)
{
    return [place](QObject *parent) -> QGeoPositionInfoSource * {
        auto *source = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::SimulationMode, parent);
        auto *sentence = new QBuffer(source);
        sentence->setData(nmeaRmcSentence(QDateTime::currentDateTimeUtc(), place));
        sentence->open(QIODevice::ReadOnly);
        source->setDevice(sentence);
        return source;
    };
}

void Whereabouts::consentForThisRun()
{
    consentedForThisRun = true;
}

Whereabouts::Whereabouts(QObject *parent) : QObject(parent) { }

Whereabouts::~Whereabouts() = default;

bool Whereabouts::consented() const
{
    if (consentedForThisRun)
        return true;
    return QSettings().value(consentKey).toString() == QLatin1String("yes");
}

bool Whereabouts::asked() const
{
    if (consentedForThisRun)
        return true;
    return QSettings().contains(consentKey);
}

void Whereabouts::setConsented(bool yes)
{
    if (asked() && consented() == yes)
        return;
    QSettings().setValue(consentKey, yes ? QStringLiteral("yes") : QStringLiteral("no"));
    if (!yes) {
        // Turned off: what was read is forgotten too.
        m_readAt.invalidate();
        emit positionChanged();
    }
    emit consentChanged();
    startOrStop();
}

int Whereabouts::checkInMetres() const
{
    const int metres = QSettings().value(checkInKey, 250).toInt();
    return checkInChoices().contains(metres) ? metres : 250;
}

void Whereabouts::setCheckInMetres(int metres)
{
    if (!checkInChoices().contains(metres) || metres == checkInMetres())
        return;
    QSettings().setValue(checkInKey, metres);
    emit checkInMetresChanged();
}

std::optional<rapport::places::GeoPoint> Whereabouts::position() const
{
    if (!consented() || !m_readAt.isValid() || m_readAt.elapsed() > freshForMs)
        return std::nullopt;
    return m_position;
}

void Whereabouts::watch()
{
    ++m_watchers;
    startOrStop();
}

void Whereabouts::unwatch()
{
    m_watchers = std::max(0, m_watchers - 1);
    startOrStop();
}

void Whereabouts::startOrStop()
{
    const bool wanted = m_watchers > 0 && consented();
    if (wanted == m_running)
        return;
    if (!wanted) {
        if (m_source)
            m_source->stopUpdates();
        m_running = false;
        return;
    }
    if (!m_source) {
        m_source = sourceFactory()(this);
        if (!m_source) {
            setProblem(tr("This device cannot tell where it is."));
            return;
        }
        connect(m_source, &QGeoPositionInfoSource::positionUpdated, this,
                &Whereabouts::positionRead);
        connect(m_source, &QGeoPositionInfoSource::errorOccurred, this,
                [this](QGeoPositionInfoSource::Error error) {
                    if (error == QGeoPositionInfoSource::AccessError)
                        setProblem(tr("Rapport may not read where you are: allow it in the "
                                      "system's settings."));
                    else if (error == QGeoPositionInfoSource::ClosedError)
                        setProblem(tr("The location service was turned off."));
                    else if (error != QGeoPositionInfoSource::NoError)
                        setProblem(tr("Where you are could not be read."));
                });
    }
    m_running = true;
    ++m_sourceStarts;
    m_source->startUpdates();
}

void Whereabouts::positionRead(const QGeoPositionInfo &info)
{
    if (!consented() || !info.isValid())
        return;
    const auto coordinate = info.coordinate();
    const rapport::places::GeoPoint point {coordinate.latitude(), coordinate.longitude()};
    if (!rapport::places::isValid(point))
        return;
    m_position = point;
    m_accuracy = info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy)
        ? info.attribute(QGeoPositionInfo::HorizontalAccuracy)
        : 0;
    m_readAt.start();
    setProblem({});
    emit positionChanged();
}

void Whereabouts::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    emit problemChanged();
}
