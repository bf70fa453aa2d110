#include "app/preferences.h"

#include "autostart.h"

#include <QFontInfo>
#include <QGuiApplication>
#include <QSettings>
#include <algorithm>

namespace {
const QString darkThemeKey = QStringLiteral("appearance/darkTheme");
const QString textScaleKey = QStringLiteral("appearance/textScale");
const QString reminderHourKey = QStringLiteral("reminders/hour");
constexpr int defaultReminderHour = 8;
const QString remindersAsOneKey = QStringLiteral("reminders/asOne");
const QString keepRunningKey = QStringLiteral("background/keepRunning");

constexpr qreal smallestTextScale = 1.0;
constexpr qreal largestTextScale = 2.0;
// 11 pt at 96 dots per inch: the body text of a desktop left as it came.
constexpr qreal standardSystemPixels = 11.0 * 96.0 / 72.0;
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

qreal Preferences::systemTextScale()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return smallestTextScale;
    const int pixels = QFontInfo(QGuiApplication::font()).pixelSize();
    return std::clamp(pixels / standardSystemPixels, smallestTextScale, largestTextScale);
}

qreal Preferences::chosenTextScale() const
{
    bool ok = false;
    const qreal stored = QSettings().value(textScaleKey).toReal(&ok);
    // Nothing chosen, or a hand-edited or damaged value: the system's, never unreadable.
    if (!ok || stored < smallestTextScale || stored > largestTextScale)
        return 0;
    return stored;
}

qreal Preferences::textScale() const
{
    const qreal chosen = chosenTextScale();
    return chosen > 0 ? chosen : systemTextScale();
}

void Preferences::setTextScale(qreal scale)
{
    const qreal chosen = scale <= 0 ? 0 : std::clamp(scale, smallestTextScale, largestTextScale);
    if (qFuzzyCompare(chosen + 1, chosenTextScale() + 1))
        return;
    if (chosen > 0)
        QSettings().setValue(textScaleKey, chosen);
    else
        QSettings().remove(textScaleKey);
    emit textScaleChanged();
}

QList<qreal> Preferences::textScales()
{
    return {0, 1.0, 1.3, 1.6, 2.0};
}

int Preferences::storedReminderHour()
{
    bool ok = false;
    const int hour = QSettings().value(reminderHourKey, defaultReminderHour).toInt(&ok);
    return ok && hour >= -1 && hour <= 23 ? hour : defaultReminderHour;
}

void Preferences::setReminderHour(int hour)
{
    const int kept = hour < 0 ? -1 : std::min(hour, 23);
    if (kept == storedReminderHour())
        return;
    QSettings().setValue(reminderHourKey, kept);
    emit reminderHourChanged();
}

bool Preferences::storedRemindersAsOne()
{
    return QSettings().value(remindersAsOneKey, false).toBool();
}

void Preferences::setRemindersAsOne(bool one)
{
    if (one == storedRemindersAsOne())
        return;
    QSettings().setValue(remindersAsOneKey, one);
    emit remindersAsOneChanged();
}

bool Preferences::storedKeepRunning()
{
    return QSettings().value(keepRunningKey, false).toBool();
}

void Preferences::setKeepRunning(bool keep)
{
    if (keep == storedKeepRunning())
        return;
    QSettings().setValue(keepRunningKey, keep);
    emit keepRunningChanged();
}

bool Preferences::startAtLogin() const
{
    return rapport::platform::autostart::enabled();
}

void Preferences::setStartAtLogin(bool start)
{
    if (start == startAtLogin())
        return;
    if (start)
        rapport::platform::autostart::enable(QCoreApplication::applicationFilePath());
    else
        rapport::platform::autostart::disable();
    emit startAtLoginChanged();
}
