#include "app/attachment_images.h"

#include "notebook/notebook_index.h"
#include "store/store.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QImageReader>
#include <QQmlEngine>
#include <QRunnable>
#include <QStandardPaths>
#include <QThreadPool>
#include <map>
#include <memory>

namespace {

// One read-only connection per image thread and notebook: opened once, kept while the thread
// lives (a Store is used from one thread only).
rapport::Store *storeForThisThread(const QString &databasePath, QString &error)
{
    thread_local std::map<QString, std::unique_ptr<rapport::Store>> stores;
    auto &store = stores[databasePath];
    if (!store) {
        auto opened = rapport::notebook::openStore(databasePath.toStdString(),
                                                   rapport::Store::Access::ReadOnly);
        if (!opened) {
            error = QString::fromStdString(opened.error().describe());
            return nullptr;
        }
        store = std::move(*opened);
    }
    return store.get();
}

// No extension: a photo is kept as JPEG, a picture with transparency as PNG, and loading reads
// which.
QString cacheName(const QString &digest, const QSize &size)
{
    return QStringLiteral("%1-%2x%3")
        .arg(digestFileName(digest))
        .arg(size.width())
        .arg(size.height());
}

// The size to make: within what was asked (either side 0: free) and maxSide, never larger than
// the picture, its shape kept.
QSize sizeToMake(const QSize &original, const QSize &requested)
{
    QSize bound(AttachmentImages::maxSide, AttachmentImages::maxSide);
    if (requested.width() > 0)
        bound.setWidth(std::min(bound.width(), requested.width()));
    if (requested.height() > 0)
        bound.setHeight(std::min(bound.height(), requested.height()));
    if (original.width() <= bound.width() && original.height() <= bound.height())
        return original;
    return original.scaled(bound, Qt::KeepAspectRatio);
}

// The work, on a pool thread: the picture at one size, from the cache or made and kept there.
class PictureMaker : public QObject, public QRunnable
{
    Q_OBJECT

public:
    PictureMaker(QString databasePath, QString cacheFolder, QString digest, QSize requested)
        : m_databasePath(std::move(databasePath)), m_cacheFolder(std::move(cacheFolder)),
          m_digest(std::move(digest)), m_requested(requested)
    { }

    void run() override
    {
        QImage image;
        QString error;
        make(image, error);
        emit made(image, error);
    }

signals:
    void made(const QImage &image, const QString &error);

private:
    void make(QImage &image, QString &error)
    {
        const QString cached = QDir(m_cacheFolder).filePath(cacheName(m_digest, m_requested));
        if (image.load(cached))
            return;
        if (m_databasePath.isEmpty()) {
            error = QCoreApplication::translate("AttachmentImages",
                                                "no notebook named in the picture's address");
            return;
        }
        auto *store = storeForThisThread(m_databasePath, error);
        if (!store)
            return;
        QByteArray bytes;
        auto read = store->readAttachment(m_digest.toStdString(), [&bytes](std::string_view chunk) {
            bytes.append(chunk.data(), static_cast<qsizetype>(chunk.size()));
            return rapport::Status {};
        });
        if (!read) {
            error = QString::fromStdString(read.error().describe());
            return;
        }
        QBuffer buffer(&bytes);
        QImageReader reader(&buffer);
        reader.setAutoTransform(true); // a phone's photo is upright as it was taken
        const QSize original = reader.size();
        if (original.isValid())
            reader.setScaledSize(sizeToMake(original, m_requested));
        if (!reader.read(&image)) {
            error = reader.errorString();
            return;
        }
        // Without the cache it is made again next time. JPEG for a photo: a full-screen one as
        // PNG would take megabytes.
        if (QDir().mkpath(m_cacheFolder))
            (void)image.save(cached, image.hasAlphaChannel() ? "PNG" : "JPG", 90);
    }

    QString m_databasePath;
    QString m_cacheFolder;
    QString m_digest;
    QSize m_requested;
};

// What the engine waits on. The maker tells it through a queued signal, which Qt drops when the
// engine has deleted the response meanwhile (the Image went away).
class PictureResponse : public QQuickImageResponse
{
public:
    explicit PictureResponse(PictureMaker *maker)
    {
        connect(maker, &PictureMaker::made, this,
                [this](const QImage &image, const QString &error) {
                    m_image = image;
                    m_error = error;
                    emit finished();
                });
    }

    QQuickTextureFactory *textureFactory() const override
    {
        return QQuickTextureFactory::textureFactoryForImage(m_image);
    }
    QString errorString() const override { return m_error; }

private:
    QImage m_image;
    QString m_error;
};

} // namespace

QString digestFileName(const QString &digest)
{
    QString name = digest;
    return name.replace(QLatin1Char('/'), QLatin1Char('_'))
        .replace(QLatin1Char('+'), QLatin1Char('-'));
}

AttachmentImages::AttachmentImages(QString cacheFolder) : m_cacheFolder(std::move(cacheFolder))
{
    if (m_cacheFolder.isEmpty())
        m_cacheFolder = QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                            .filePath(QStringLiteral("pictures"));
}

QQuickImageResponse *AttachmentImages::requestImageResponse(const QString &id,
                                                            const QSize &requestedSize)
{
    // "<digest>?notebook=<path>[&side=N]", each percent-encoded (sourceOf); the side is what a
    // page asks when it cannot set the Image's sourceSize.
    const auto parts = id.split(QLatin1Char('?'));
    QString notebook;
    QSize size = requestedSize;
    if (parts.size() == 2) {
        for (const auto &parameter : parts[1].split(QLatin1Char('&'))) {
            if (parameter.startsWith(QLatin1String("notebook=")))
                notebook = QUrl::fromPercentEncoding(parameter.mid(9).toUtf8());
            else if (parameter.startsWith(QLatin1String("side=")) && !size.isValid())
                size = QSize(parameter.mid(5).toInt(), parameter.mid(5).toInt());
        }
    }
    auto *maker = new PictureMaker(notebook, m_cacheFolder,
                                   QUrl::fromPercentEncoding(parts[0].toUtf8()), size);
    auto *response = new PictureResponse(maker);
    QThreadPool::globalInstance()->start(maker); // deletes it when done
    return response;
}

void AttachmentImages::install(QQmlEngine &engine)
{
    engine.addImageProvider(QStringLiteral("attachment"), new AttachmentImages());
}

bool AttachmentImages::canShow(const QString &contentType)
{
    static const auto types = QImageReader::supportedMimeTypes();
    return types.contains(contentType.toLatin1());
}

QString AttachmentImages::sourceOf(const QString &databasePath, const std::string &digest)
{
    return QStringLiteral("image://attachment/")
        + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromStdString(digest)))
        + QStringLiteral("?notebook=") + QString::fromLatin1(QUrl::toPercentEncoding(databasePath));
}

#include "attachment_images.moc"
