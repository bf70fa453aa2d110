#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

// The person's choices for this device that are not notebook data (the theme, the size of
// text), kept with the platform's settings (QSettings), so they survive a restart and never sync.
class Preferences : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool darkTheme READ darkTheme WRITE setDarkTheme NOTIFY darkThemeChanged)
    Q_PROPERTY(qreal textScale READ textScale WRITE setTextScale NOTIFY textScaleChanged)
    Q_PROPERTY(QList<qreal> textScales READ textScales CONSTANT)

public:
    using QObject::QObject;

    bool darkTheme() const;
    void setDarkTheme(bool dark);

    // 1 is the standard size; at most 2, the largest a phone's system setting asks for.
    qreal textScale() const;
    void setTextScale(qreal scale);
    // The sizes Settings offers.
    static QList<qreal> textScales();

signals:
    void darkThemeChanged();
    void textScaleChanged();
};
