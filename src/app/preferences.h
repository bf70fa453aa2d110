#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

// The person's choices for this device that are not notebook data (the theme, the size of
// text, the language is Translations'), kept with the platform's settings (QSettings), so they
// survive a restart and never sync.
class Preferences : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool darkTheme READ darkTheme WRITE setDarkTheme NOTIFY darkThemeChanged)
    // The size of text in use: the one chosen, else the system's.
    Q_PROPERTY(qreal textScale READ textScale NOTIFY textScaleChanged)
    // What Settings shows as chosen: 0 for "as the system".
    Q_PROPERTY(
        qreal chosenTextScale READ chosenTextScale WRITE setTextScale NOTIFY textScaleChanged)
    Q_PROPERTY(QList<qreal> textScales READ textScales CONSTANT)
    // The hour the morning's reminders come (8 unless chosen); -1: no reminders.
    Q_PROPERTY(int reminderHour READ reminderHour WRITE setReminderHour NOTIFY reminderHourChanged)
    // The morning's reminders as one notification instead of one each.
    Q_PROPERTY(bool remindersAsOne READ remindersAsOne WRITE setRemindersAsOne NOTIFY
                   remindersAsOneChanged)
    // With the window closed, sync and reminders go on (`rapport --background` takes over).
    Q_PROPERTY(bool keepRunning READ keepRunning WRITE setKeepRunning NOTIFY keepRunningChanged)
    // The background agent starts at login (an XDG autostart entry).
    Q_PROPERTY(bool startAtLogin READ startAtLogin WRITE setStartAtLogin NOTIFY startAtLoginChanged)

public:
    using QObject::QObject;

    bool darkTheme() const;
    void setDarkTheme(bool dark);

    // 1 is the standard size; at most 2, the largest a phone's system setting asks for.
    qreal textScale() const;
    qreal chosenTextScale() const;
    // 0: follow the system again.
    void setTextScale(qreal scale);
    // The choices Settings offers, "as the system" (0) first.
    static QList<qreal> textScales();
    // The system's text size against the standard one: the application font the platform gives
    // (GNOME's "Large Text", KDE's font size, a phone's font scale) over 11 pt at 96 dpi, the
    // usual desktop default; from 1 to 2.
    static qreal systemTextScale();

    int reminderHour() const { return storedReminderHour(); }
    void setReminderHour(int hour);
    static int storedReminderHour();
    bool remindersAsOne() const { return storedRemindersAsOne(); }
    void setRemindersAsOne(bool one);
    static bool storedRemindersAsOne();
    bool keepRunning() const { return storedKeepRunning(); }
    void setKeepRunning(bool keep);
    static bool storedKeepRunning();
    bool startAtLogin() const;
    void setStartAtLogin(bool start);

signals:
    void darkThemeChanged();
    void textScaleChanged();
    void reminderHourChanged();
    void remindersAsOneChanged();
    void keepRunningChanged();
    void startAtLoginChanged();
};
