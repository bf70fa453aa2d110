#include "autostart.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace rapport::platform::autostart {

QString entryPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("autostart/rapport.desktop"));
}

bool enabled()
{
    return QFile::exists(entryPath());
}

bool enable(const QString &program)
{
    const auto path = entryPath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    // A path with spaces is quoted as the Desktop Entry specification says.
    const auto quoted = program.contains(QLatin1Char(' '))
        ? QLatin1Char('"') + program + QLatin1Char('"')
        : program;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QStringLiteral("[Desktop Entry]\n"
                              "Type=Application\n"
                              "Name=Rapport\n"
                              "Comment=Syncs your notebook and brings the morning's reminders\n"
                              "Exec=%1 --background\n"
                              "Icon=org.rapport.Rapport\n"
                              "NoDisplay=true\n"
                              "X-GNOME-Autostart-enabled=true\n")
                   .arg(quoted)
                   .toUtf8());
    return file.commit();
}

bool disable()
{
    return !QFile::exists(entryPath()) || QFile::remove(entryPath());
}

} // namespace rapport::platform::autostart
