#pragma once

#include <QObject>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

// Where the camera page writes the photos it takes: a folder of the app's own data (not the
// user's pictures, not a cache the system may empty while a visit's draft still names a photo).
// A photo lives there only until the record that takes it is saved: the store then holds the
// bytes, and the file is removed, as it is when the photo is taken again or the draft discarded.
class CameraRoll : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit CameraRoll(QObject *parent = nullptr);

    // A new file's path in the folder (made if need be), named by the moment: "photo-20261202-
    // 154501-123.jpg". Empty when the folder cannot be made.
    Q_INVOKABLE static QString newPhotoPath();
    // The file: URL of a photo, for an Image to show it.
    Q_INVOKABLE static QUrl urlOf(const QString &path);
    // Removes the photo if it is one the camera took (a file chosen elsewhere is never touched).
    Q_INVOKABLE static void discard(const QString &path);
    static bool isCameraPhoto(const QString &path);

private:
    static QString folder();
};
