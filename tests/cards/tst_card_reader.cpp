// The card reader end to end: photos of generated cards (tests/fixture/card_maker) through the
// real Tesseract, and the pictures a salesperson might give it by mistake.
#include "card_maker.h"
#include "card_reader.h"

#include <QFile>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using rapport::cards::CardReader;
using rapport::cards::CardReading;
using rapport::cards::testing::makeCard;

namespace {

void expectTheCard(const CardReading &reading, const rapport::cards::testing::CardTruth &truth)
{
    QVERIFY2(reading.problem.isEmpty(), qPrintable(reading.problem));
    QCOMPARE(reading.fields.name.text, truth.name);
    QCOMPARE(QString(reading.fields.company.text).remove(QLatin1Char('.')),
             QString(truth.company).remove(QLatin1Char('.')));
    QCOMPARE(reading.fields.title.text, truth.title);
    QCOMPARE(reading.fields.emails.size(), 1);
    QCOMPARE(reading.fields.emails.first().text, truth.emails.first());
    QCOMPARE(reading.fields.phones.size(), truth.phones.size());
    for (const auto &[number, label] : truth.phones) {
        const auto read = std::find_if(reading.fields.phones.begin(), reading.fields.phones.end(),
                                       [&](const auto &phone) { return phone.number == number; });
        QVERIFY2(read != reading.fields.phones.end(), qPrintable(number));
        QCOMPARE(read->label, label);
    }
    for (const auto &value : {reading.fields.name, reading.fields.company, reading.fields.title}) {
        QVERIFY(value.confidence > 0.3 && value.confidence <= 1.0);
    }
}

void expectNothingFilled(const CardReading &reading)
{
    QVERIFY(!reading.problem.isEmpty());
    QVERIFY(reading.fields.isEmpty());
}

} // namespace

class CardReaderTest : public QObject
{
    Q_OBJECT

    CardReader m_reader;
    QTemporaryDir m_dir;

    QString written(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return path;
    }

private slots:
    void aCardPhotographedStraightIsRead()
    {
        const auto made = makeCard(7, 1, {false, false});
        expectTheCard(m_reader.read(made.photo), made.truth);
    }

    void aCardTurnedAndUpsideDownIsRead()
    {
        // The same card photographed turned 8 degrees, then upside down.
        const auto made = makeCard(7, 1, {false, false});
        QTransform turn;
        turn.rotate(8);
        expectTheCard(m_reader.read(made.photo.transformed(turn, Qt::SmoothTransformation)),
                      made.truth);
        const CardReading upsideDown = m_reader.read(made.photo.mirrored(true, true));
        QVERIFY(upsideDown.readUpsideDown);
        expectTheCard(upsideDown, made.truth);
    }

    void aPhoneFileIsRead()
    {
        const auto made = makeCard(7, 2, {false, false});
        expectTheCard(m_reader.read(written(QStringLiteral("card.jpg"), made.jpeg)), made.truth);
    }

    void aPhotoOfNoCardSaysSo()
    {
        // A street: shapes and colour, no text.
        QImage street(1600, 1200, QImage::Format_RGB32);
        street.fill(QColor(120, 160, 210));
        QPainter painter(&street);
        painter.fillRect(QRect(0, 700, 1600, 500), QColor(90, 90, 90));
        painter.setBrush(QColor(180, 60, 40));
        painter.drawRect(QRect(200, 300, 400, 400));
        painter.drawEllipse(QRect(900, 200, 300, 300));
        painter.end();
        const CardReading reading = m_reader.read(street);
        expectNothingFilled(reading);
        QVERIFY(reading.problem.contains(QLatin1String("No business card")));
    }

    void anEmptyPictureSaysSo()
    {
        expectNothingFilled(m_reader.read(QImage()));
        QImage white(1200, 800, QImage::Format_RGB32);
        white.fill(Qt::white);
        expectNothingFilled(m_reader.read(white));
        expectNothingFilled(m_reader.read(written(QStringLiteral("empty.jpg"), QByteArray())));
    }

    void aCorruptJpegSaysSo()
    {
        const auto made = makeCard(7, 3, {false, false});
        // The file a phone left half-written: its first kilobytes, then nothing.
        expectNothingFilled(
            m_reader.read(written(QStringLiteral("cut.jpg"), made.jpeg.left(3000))));
        QByteArray garbled = made.jpeg;
        for (qsizetype i = 600; i < garbled.size(); i += 7) {
            garbled[i] = char(garbled[i] ^ 0x5a);
        }
        const CardReading reading = m_reader.read(written(QStringLiteral("garbled.jpg"), garbled));
        QVERIFY(reading.problem.isEmpty() == !reading.fields.isEmpty());
        expectNothingFilled(m_reader.read(written(QStringLiteral("text.jpg"), "no picture")));
    }

    void aFiftyMegapixelPhotoIsReadWithoutHoldingItWhole()
    {
        const auto made = makeCard(7, 4, {false, false});
        QImage huge(8660, 5780, QImage::Format_RGB32);
        huge.fill(QColor(70, 60, 50));
        {
            QPainter painter(&huge);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.drawImage(QRect(900, 700, 6860, 4440), made.card);
        }
        const QString path = m_dir.filePath(QStringLiteral("huge.jpg"));
        QVERIFY(huge.save(path, "JPEG", 85));
        huge = QImage();
        expectTheCard(m_reader.read(path), made.truth);
    }

    void theCommandLinePrintsTheFields()
    {
        const auto made = makeCard(7, 5, {false, false});
        QProcess cli;
        cli.start(QStringLiteral(RAPPORT_CLI),
                  {QStringLiteral("read-card"), written(QStringLiteral("cli.jpg"), made.jpeg)});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject read = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QCOMPARE(
            read.value(QLatin1String("name")).toObject().value(QLatin1String("value")).toString(),
            made.truth.name);
        QVERIFY(read.value(QLatin1String("name"))
                    .toObject()
                    .value(QLatin1String("confidence"))
                    .toDouble()
                > 0.3);
        QCOMPARE(read.value(QLatin1String("phones")).toArray().size(), made.truth.phones.size());

        QProcess refused;
        refused.start(QStringLiteral(RAPPORT_CLI),
                      {QStringLiteral("read-card"), written(QStringLiteral("no.jpg"), "no")});
        QVERIFY(refused.waitForFinished(60000));
        QCOMPARE(refused.exitCode(), 1);
        QVERIFY(refused.readAllStandardOutput().isEmpty());
        const QJsonObject error = QJsonDocument::fromJson(refused.readAllStandardError()).object();
        QCOMPARE(error.value(QLatin1String("reason")).toString(),
                 QStringLiteral("This file is not a picture."));
    }
};

QTEST_MAIN(CardReaderTest)
#include "tst_card_reader.moc"
