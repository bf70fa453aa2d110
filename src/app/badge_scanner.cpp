#include "app/badge_scanner.h"

#include "app/badge_reader.h"

#include <QImage>
#include <QVideoFrame>

// The worker's name is for a debugger, not a person.
BadgeScanner::BadgeScanner(QObject *parent)
    : QObject(parent), m_worker(QStringLiteral("badgeScanner"))
{ }

void BadgeScanner::setVideoSink(QVideoSink *sink)
{
    if (sink == m_sink)
        return;
    if (m_sink)
        disconnect(m_sink, nullptr, this, nullptr);
    m_sink = sink;
    if (m_sink)
        connect(m_sink, &QVideoSink::videoFrameChanged, this, &BadgeScanner::frameArrived);
    emit videoSinkChanged();
}

void BadgeScanner::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    emit activeChanged();
}

void BadgeScanner::frameArrived(const QVideoFrame &frame)
{
    if (!m_active || m_reading || !frame.isValid())
        return;
    if (m_sinceLastRead.isValid() && m_sinceLastRead.elapsed() < 1000 / framesPerSecond)
        return;
    m_reading = true;
    m_sinceLastRead.start();
    // The frame is shared, not copied; turned into a picture and read on the worker thread.
    m_worker.post([this, frame] {
        QImage image = QVideoFrame(frame).toImage();
        if (image.width() > 640)
            image = image.scaledToWidth(640, Qt::FastTransformation);
        const auto code = readQrCode(image);
        QMetaObject::invokeMethod(
            this, [this, text = code.value_or(QString())] { frameRead(text); },
            Qt::QueuedConnection);
    });
}

void BadgeScanner::frameRead(const QString &code)
{
    m_reading = false;
    ++m_framesRead;
    emit framesReadChanged();
    if (m_active && !code.isEmpty())
        emit codeFound(code);
}
