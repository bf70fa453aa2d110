#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

// The person's choices for this device that are not notebook data (the theme), kept with the
// platform's settings (QSettings), so they survive a restart and never sync.
class Preferences : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool darkTheme READ darkTheme WRITE setDarkTheme NOTIFY darkThemeChanged)

public:
    using QObject::QObject;

    bool darkTheme() const;
    void setDarkTheme(bool dark);

signals:
    void darkThemeChanged();
};
