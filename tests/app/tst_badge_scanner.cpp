// The viewfinder's badge scanner, fed frames made from pictures as a camera would deliver them:
// a badge's code in view is read, frames are read a few a second at most, and frames of no code
// find nothing.
#include "app/badge_scanner.h"
#include "card_maker.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <cstring>

namespace {

// What a phone's camera delivers: a 1280x720 frame, here with the picture in the middle of a
// grey scene.
QVideoFrame frameOf(const QImage &picture)
{
    QImage scene(1280, 720, QImage::Format_RGB32);
    scene.fill(QColor(90, 90, 95));
    {
        QPainter painter(&scene);
        const QSize size = picture.size().scaled(600, 600, Qt::KeepAspectRatio);
        painter.drawImage(QRect(QPoint((1280 - size.width()) / 2, (720 - size.height()) / 2), size),
                          picture);
    }
    QVideoFrame frame(QVideoFrameFormat(scene.size(), QVideoFrameFormat::Format_BGRX8888));
    if (!frame.map(QVideoFrame::WriteOnly))
        qFatal("cannot map a video frame");
    for (int y = 0; y < scene.height(); ++y)
        std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), scene.constScanLine(y),
                    size_t(scene.width()) * 4);
    frame.unmap();
    return frame;
}

QImage badge(const std::string &text)
{
    const auto matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                            .setMargin(4)
                            .encode(text, 300, 300);
    QImage image(matrix.width(), matrix.height(), QImage::Format_RGB32);
    for (int y = 0; y < matrix.height(); ++y)
        for (int x = 0; x < matrix.width(); ++x)
            image.setPixel(x, y, matrix.get(x, y) ? qRgb(0, 0, 0) : qRgb(255, 255, 255));
    return image;
}

} // namespace

class BadgeScannerTest : public QObject
{
    Q_OBJECT

private slots:
    void aBadgeInViewIsRead()
    {
        QVideoSink sink;
        BadgeScanner scanner;
        scanner.setVideoSink(&sink);
        QSignalSpy found(&scanner, &BadgeScanner::codeFound);
        const QString code
            = QStringLiteral("MECARD:N:Lee,Ann;ORG:Lee Ovens;EMAIL:ann@lee.example;;");
        // The camera pans over the table, then the badge comes into view.
        const QVideoFrame table = frameOf(QImage());
        const QVideoFrame withBadge = frameOf(badge(code.toStdString()));
        int readBeforeTheBadge = -1;
        for (int i = 0; found.isEmpty() && i < 300; ++i) {
            if (i == 15)
                readBeforeTheBadge = scanner.framesRead();
            sink.setVideoFrame(i < 15 ? table : withBadge);
            QTest::qWait(1000 / 30);
        }
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.first().first().toString(), code);
        // As soon as it is in view: the first or second frame read after it appears (the one
        // being read as it came may still show the table).
        QVERIFY(readBeforeTheBadge >= 1);
        QVERIFY2(scanner.framesRead() - readBeforeTheBadge <= 2,
                 qPrintable(QString::number(scanner.framesRead() - readBeforeTheBadge)));
    }

    void framesAreReadAFewASecondAndTheRestLetGo()
    {
        QVideoSink sink;
        BadgeScanner scanner;
        scanner.setVideoSink(&sink);
        QSignalSpy found(&scanner, &BadgeScanner::codeFound);
        // A card, no code: nothing is found, and of a second of frames at 30 a second only a few
        // are read.
        const auto card = rapport::cards::testing::makeCard(3, 0, {false, false});
        const QVideoFrame frame = frameOf(card.photo);
        QElapsedTimer second;
        second.start();
        int delivered = 0;
        while (second.elapsed() < 1000) {
            sink.setVideoFrame(frame);
            ++delivered;
            QTest::qWait(1000 / 30);
        }
        QTest::qWait(500); // the last frame taken may still be being read
        QVERIFY(delivered > 20);
        QVERIFY2(scanner.framesRead() >= 1
                     && scanner.framesRead() <= BadgeScanner::framesPerSecond + 1,
                 qPrintable(QString::number(scanner.framesRead())));
        QVERIFY(found.isEmpty());
    }

    void anInactiveScannerReadsNothing()
    {
        QVideoSink sink;
        BadgeScanner scanner;
        scanner.setVideoSink(&sink);
        scanner.setActive(false);
        QSignalSpy found(&scanner, &BadgeScanner::codeFound);
        sink.setVideoFrame(frameOf(badge("MECARD:N:Lee,Ann;;")));
        QTest::qWait(400);
        QCOMPARE(scanner.framesRead(), 0);
        QVERIFY(found.isEmpty());
    }
};

QTEST_MAIN(BadgeScannerTest)
#include "tst_badge_scanner.moc"
