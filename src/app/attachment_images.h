#pragma once

#include <QQuickAsyncImageProvider>
#include <QString>
#include <string>

class QQmlEngine;

// A digest as a file name in the app's cache folder (pictures made, copies to open): base64's
// '/' and '+' are no letters of a path.
QString digestFileName(const QString &digest);

// The pictures among records' files, for Image items (sourceOf: the notebook's file and the
// picture's digest in "image://attachment/..."), scaled to the item's sourceSize or to the
// "&side=N" a page adds to the source: a thumbnail in a list, the screen for the full view.
// Made on Qt's image threads, never the UI thread, each from its own read-only connection to
// the notebook; each size of each picture is made once and kept in the app's cache folder, so
// a list scrolled back and forth decodes nothing again.
class AttachmentImages : public QQuickAsyncImageProvider
{
public:
    // `cacheFolder` empty: the app's cache location.
    explicit AttachmentImages(QString cacheFolder = {});

    QQuickImageResponse *requestImageResponse(const QString &id,
                                              const QSize &requestedSize) override;

    // Registers the provider as "attachment" on `engine`.
    static void install(QQmlEngine &engine);
    // Whether a file of this content type shows as a picture (Qt can decode it).
    static bool canShow(const QString &contentType);
    // The Image source of the picture with this digest in the notebook at `databasePath`.
    static QString sourceOf(const QString &databasePath, const std::string &digest);
    // The longest side a picture is made at, whatever is asked: a full-screen view needs no
    // more, and a 48-megapixel photo decoded whole would take 190 MB.
    static constexpr int maxSide = 2048;

private:
    QString m_cacheFolder;
};
