#include "app/preferences.h"

#include <QSettings>

namespace {
const QString darkThemeKey = QStringLiteral("appearance/darkTheme");
}

bool Preferences::darkTheme() const
{
    return QSettings().value(darkThemeKey, false).toBool();
}

void Preferences::setDarkTheme(bool dark)
{
    if (dark == darkTheme())
        return;
    QSettings().setValue(darkThemeKey, dark);
    emit darkThemeChanged();
}
