#include "controllers/camera_roll.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

CameraRoll::CameraRoll(QObject *parent) : QObject(parent) { }

QString CameraRoll::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/camera");
}

QString CameraRoll::newPhotoPath()
{
    if (!QDir().mkpath(folder()))
        return {};
    const QString stamp
        = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    QString path = folder() + QStringLiteral("/photo-%1.jpg").arg(stamp);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = folder() + QStringLiteral("/photo-%1-%2.jpg").arg(stamp).arg(n);
    return path;
}

QUrl CameraRoll::urlOf(const QString &path)
{
    return QUrl::fromLocalFile(path);
}

bool CameraRoll::isCameraPhoto(const QString &path)
{
    if (path.isEmpty())
        return false;
    return QFileInfo(path).absoluteDir() == QDir(folder());
}

void CameraRoll::discard(const QString &path)
{
    if (isCameraPhoto(path))
        QFile::remove(path);
}
