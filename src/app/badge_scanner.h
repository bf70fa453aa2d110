#pragma once

#include "app/worker_thread.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QVideoSink>
#include <QtQml/qqmlregistration.h>

// Reads a badge's QR code from the camera's frames while the viewfinder shows them: as soon as
// a code is in view, `codeFound`. A few frames a second at most, each made small (640 pixels)
// and read on a thread of its own; frames that come while one is being read are let go, so the
// preview never waits.
class BadgeScanner : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // The viewfinder's sink (VideoOutput.videoSink), whose frames are read.
    Q_PROPERTY(QVideoSink *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    // How many frames were read so far (the rest were let go).
    Q_PROPERTY(int framesRead READ framesRead NOTIFY framesReadChanged)

public:
    explicit BadgeScanner(QObject *parent = nullptr);

    // At most this many frames a second are read.
    static constexpr int framesPerSecond = 4;

    QVideoSink *videoSink() const { return m_sink; }
    void setVideoSink(QVideoSink *sink);
    bool active() const { return m_active; }
    void setActive(bool active);
    int framesRead() const { return m_framesRead; }

signals:
    void videoSinkChanged();
    void activeChanged();
    void framesReadChanged();
    // The text of the QR code in view (a vCard, a MECARD, or whatever a badge holds).
    void codeFound(const QString &text);

private:
    void frameArrived(const QVideoFrame &frame);
    void frameRead(const QString &code);

    QPointer<QVideoSink> m_sink;
    bool m_active = true;
    bool m_reading = false;
    int m_framesRead = 0;
    QElapsedTimer m_sinceLastRead;
    WorkerThread m_worker;
};
