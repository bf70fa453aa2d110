#include "test_sessions.h"

#include "app/database_session.h"
#include "app/whereabouts.h"
#include "card_maker.h"
#include "core/md5.h"
#include "merge/duplicates.h"
#include "notebook/notebook_index.h"
#include "store/document.h"
#include "store/store.h"

#include <QDesktopServices>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QSettings>
#include <QXmlStreamReader>

DatabaseSession *TestSessions::fresh()
{
    return new DatabaseSession(m_dir.filePath(QStringLiteral("fresh-%1.sqlite").arg(++m_count)),
                               this);
}

QString TestSessions::writeFile(const QString &name, const QString &text, bool latin1)
{
    const auto path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(latin1 ? text.toLatin1() : text.toUtf8()) < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString TestSessions::writePicture(const QString &name, int width, int height)
{
    QImage picture(width, height, QImage::Format_RGB32);
    picture.fill(QColor(0x2a, 0x7a, 0x4b));
    const auto path = QFileInfo(name).isAbsolute() ? name : m_dir.filePath(name);
    if (!picture.save(path))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QVariantMap TestSessions::writeCardPhoto(const QString &name, int index)
{
    const auto made = rapport::cards::testing::makeCard(11, index, {false, false});
    const auto path = QFileInfo(name).isAbsolute() ? name : m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(made.jpeg) != made.jpeg.size())
        qFatal("cannot write %s", qPrintable(path));
    QString mobile;
    for (const auto &[number, label] : made.truth.phones)
        if (label == QLatin1String("mobile") || mobile.isEmpty())
            mobile = number;
    return {{QStringLiteral("path"), path},
            {QStringLiteral("name"), made.truth.name},
            {QStringLiteral("company"), made.truth.company},
            {QStringLiteral("title"), made.truth.title},
            {QStringLiteral("email"), made.truth.emails.value(0)},
            {QStringLiteral("phone"), mobile}};
}

bool TestSessions::exists(const QString &path)
{
    return QFileInfo::exists(path);
}

void TestSessions::put(DatabaseSession *session, const QString &json)
{
    auto doc = rapport::Document::parse(json.toStdString());
    if (!doc || !session->save(*doc))
        qFatal("cannot save %s", qPrintable(json));
}

QString TestSessions::field(DatabaseSession *session, const QString &id, const QString &key)
{
    auto doc = session->store()->get(id.toStdString());
    if (!doc || !doc->body.contains(key.toStdString()))
        return {};
    const auto &value = doc->body[key.toStdString()];
    return QString::fromStdString(value.is_string() ? value.get<std::string>() : value.dump());
}

void TestSessions::arriveFromSync(DatabaseSession *session, const QString &jsonArray)
{
    auto store = rapport::notebook::openStore(session->path().toStdString());
    if (!store)
        qFatal("cannot open the notebook as the sync thread does");
    const auto bodies = rapport::Json::parse(jsonArray.toStdString());
    auto written = (*store)->writeBatch([&]() -> rapport::Status {
        for (const auto &body : bodies) {
            rapport::Document doc;
            doc.id = body.at("_id").get<std::string>();
            doc.rev = "1-" + rapport::md5Hex(doc.id);
            doc.body = body;
            doc.body.erase("_id");
            if (auto inserted = (*store)->insertWithHistory(doc, {doc.rev}); !inserted)
                return inserted;
        }
        return {};
    });
    if (!written)
        qFatal("cannot write what the sync brought: %s", written.error().message.c_str());
    session->announceChange();
}

void TestSessions::flagDuplicates(DatabaseSession *session)
{
    if (!rapport::merge::flagLikelyDuplicates(*session->store(), 0))
        qFatal("cannot flag duplicates");
    session->announceChange();
}

DatabaseSession *TestSessions::reopen(const QString &path)
{
    return new DatabaseSession(path, this);
}

DatabaseSession *TestSessions::fromTheFuture()
{
    const QString path = m_dir.filePath(QStringLiteral("future-%1.sqlite").arg(++m_count));
    delete new DatabaseSession(path); // creates a current database file
    {
        QFile file(path);
        if (file.open(QIODevice::ReadWrite)) {
            file.seek(60); // SQLite header: user_version, big-endian
            const char version[4] = {0, 0, 0x03, static_cast<char>(0xe7)};
            file.write(version, 4);
        }
    } // closed, so the bytes are on disk before the session below reads them
    return new DatabaseSession(path, this);
}

void TestSessions::openMessageApps()
{
    QDesktopServices::setUrlHandler(QStringLiteral("mailto"), this, "openUrl");
    QDesktopServices::setUrlHandler(QStringLiteral("sms"), this, "openUrl");
    QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openUrl"); // a viewer app
    QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "openUrl"); // maps, a browser
}

void TestSessions::closeMessageApps()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("mailto"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("sms"));
}

void TestSessions::openUrl(const QUrl &url)
{
    m_lastOpenedUrl = QUrl::fromPercentEncoding(url.toEncoded());
    emit urlOpened();
}

QStringList TestSessions::englishLeftIn(const QStringList &texts, const QString &language)
{
    // Each English text German translates differently, as a pattern: "%1" and "%n" stand for
    // anything.
    const auto english = [&language] {
        QList<QRegularExpression> patterns;
        QFile catalogue(
            QStringLiteral(QUICK_TEST_SOURCE_DIR "/../../i18n/rapport_%1.ts").arg(language));
        if (!catalogue.open(QIODevice::ReadOnly))
            qFatal("cannot read the catalogue of %s", qPrintable(language));
        QXmlStreamReader xml(&catalogue);
        QString source;
        while (!xml.atEnd()) {
            if (!xml.readNextStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const auto translation
                    = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                const auto words
                    = QString(source).remove(QRegularExpression(QStringLiteral("%[0-9n]")));
                // Words of their own ("Edit"), not a bare "%1, %2" or a date's pattern.
                if (translation == source
                    || !words.contains(QRegularExpression(QStringLiteral("[a-z]{2,}")))
                    || source.contains(QStringLiteral("MMM")))
                    continue;
                auto pattern = QRegularExpression::escape(source);
                pattern.replace(QRegularExpression(QStringLiteral("%[0-9n]")),
                                QStringLiteral(".*"));
                patterns << QRegularExpression(QStringLiteral("^") + pattern + QStringLiteral("$"));
            }
        }
        return patterns;
    }();
    QStringList left;
    for (const auto &text : texts)
        for (const auto &pattern : english)
            if (pattern.match(text).hasMatch() && !left.contains(text))
                left << text;
    return left;
}

void TestSessions::placeDeviceAt(double latitude, double longitude)
{
    Whereabouts::setSourceFactory(Whereabouts::fixedPlaceSource({latitude, longitude}));
}

void TestSessions::forgetPlaceConsent()
{
    QSettings().remove(QStringLiteral("places"));
}
