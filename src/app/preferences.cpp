#include "app/preferences.h"

#include <QSettings>
#include <algorithm>

namespace {
const QString darkThemeKey = QStringLiteral("appearance/darkTheme");
const QString textScaleKey = QStringLiteral("appearance/textScale");

constexpr qreal smallestTextScale = 1.0;
constexpr qreal largestTextScale = 2.0;
} // namespace

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

qreal Preferences::textScale() const
{
    bool ok = false;
    const qreal stored = QSettings().value(textScaleKey, smallestTextScale).toReal(&ok);
    // A hand-edited or damaged value never makes the app unreadable.
    return ok ? std::clamp(stored, smallestTextScale, largestTextScale) : smallestTextScale;
}

void Preferences::setTextScale(qreal scale)
{
    const qreal clamped = std::clamp(scale, smallestTextScale, largestTextScale);
    if (qFuzzyCompare(clamped, textScale()))
        return;
    QSettings().setValue(textScaleKey, clamped);
    emit textScaleChanged();
}

QList<qreal> Preferences::textScales()
{
    return {1.0, 1.3, 1.6, 2.0};
}
