#pragma once

#include "places/geo.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <optional>

class QGeoPositionInfoSource;
class QGeoPositionInfo;

// Where this device is, and only with the person's consent: asked once (the first visit they
// record), kept on this device, can be turned off in Settings. With consent off nothing is read:
// no position source is even made. The position goes onto the visits recorded (in the person's
// own notebook, and to their own server with it) and answers "near me"; it is never sent
// anywhere else, and Rapport downloads no maps.
//
// Positions come from Qt Positioning's default source (GeoClue on Linux, the phone's location
// service), or from an NMEA log replayed in real time (`--nmea FILE`: a drive for a
// demonstration or a test). Updates run only while a page asks for them (watch/unwatch).
class Whereabouts : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Each session has one")
    Q_PROPERTY(bool consented READ consented WRITE setConsented NOTIFY consentChanged)
    // The question was put and answered (yes or no): it is not asked again.
    Q_PROPERTY(bool asked READ asked NOTIFY consentChanged)
    // A position was read in the last few minutes.
    Q_PROPERTY(bool known READ known NOTIFY positionChanged)
    Q_PROPERTY(double latitude READ latitude NOTIFY positionChanged)
    Q_PROPERTY(double longitude READ longitude NOTIFY positionChanged)
    // Metres, as the device says; 0: not said.
    Q_PROPERTY(double accuracy READ accuracy NOTIFY positionChanged)
    // Why no position can be had (no location service here, access denied), in words; empty
    // while all is well.
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    // How near its customer a visit must be recorded to count as on site.
    Q_PROPERTY(
        int checkInMetres READ checkInMetres WRITE setCheckInMetres NOTIFY checkInMetresChanged)
    Q_PROPERTY(QList<int> checkInChoices READ checkInChoices CONSTANT)

public:
    // Makes the position source; nullptr when the device has none. Tests and `--nmea` set it.
    using SourceFactory = std::function<QGeoPositionInfoSource *(QObject *parent)>;
    static void setSourceFactory(SourceFactory factory);
    // An NMEA log replayed as if driven (QNmeaPositionInfoSource's simulation mode).
    static SourceFactory nmeaLogSource(const QString &path);
    // A device that stays at one place (`--at`, screenshots and demonstrations).
    static SourceFactory fixedPlaceSource(const rapport::places::GeoPoint &place);
    // The person's answer for this run only, not kept (`--at`, `--nmea`: the one running it
    // asked for a position by naming it).
    static void consentForThisRun();

    explicit Whereabouts(QObject *parent = nullptr);
    ~Whereabouts() override;

    bool consented() const;
    void setConsented(bool yes);
    bool asked() const;
    bool known() const { return position().has_value(); }
    double latitude() const { return m_position.latitude; }
    double longitude() const { return m_position.longitude; }
    double accuracy() const { return m_accuracy; }
    QString problem() const { return m_problem; }
    int checkInMetres() const;
    void setCheckInMetres(int metres);
    static QList<int> checkInChoices() { return {100, 250, 500}; }

    // The position, if one was read in the last few minutes (an older one may be another town).
    std::optional<rapport::places::GeoPoint> position() const;

    // A page that needs the position while it shows: updates run while any page watches, and
    // only with consent.
    Q_INVOKABLE void watch();
    Q_INVOKABLE void unwatch();

    // How often a position source was started: for the test that consent off reads nothing.
    int sourceStarts() const { return m_sourceStarts; }

signals:
    void consentChanged();
    void positionChanged();
    void problemChanged();
    void checkInMetresChanged();

private:
    void startOrStop();
    void positionRead(const QGeoPositionInfo &info);
    void setProblem(const QString &problem);

    QPointer<QGeoPositionInfoSource> m_source;
    int m_watchers = 0;
    bool m_running = false;
    int m_sourceStarts = 0;
    rapport::places::GeoPoint m_position;
    double m_accuracy = 0;
    QElapsedTimer m_readAt; // invalid until a position was read
    QString m_problem;
};
