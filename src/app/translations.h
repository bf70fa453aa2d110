#pragma once

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QTranslator;

// The language of the app's words, dates and numbers: the system's, or one chosen in Settings
// (kept with the platform's settings, as Preferences are). Catalogues are Qt's own (.qm, built
// from i18n/*.ts and embedded); English is the source and needs none. A change applies at once:
// the QML engine re-reads every translated text, and what is being typed stays as it is.
class Translations : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // "" for the system's language, else "en", "de" or "fr".
    Q_PROPERTY(QString chosen READ chosen WRITE setChosen NOTIFY changed)
    // The language in use ("de"), from the choice or the system.
    Q_PROPERTY(QString current READ current NOTIFY changed)
    // [{code, name}], each language named in itself ("Deutsch"), the system's first.
    Q_PROPERTY(QVariantList choices READ choices NOTIFY changed)

public:
    using QObject::QObject;

    QString chosen() const;
    void setChosen(const QString &code);
    QString current() const;
    QVariantList choices() const;

    // Installs the catalogue of the chosen (or the system's) language in the application and
    // makes it the default locale. Called once at start, before the QML is loaded.
    static void applyAtStart();
    // One language, whatever the settings and the system say: tests pin English with it.
    static void applyLanguage(const QString &code) { apply(code, true); }
    // The languages there is a catalogue for, and English.
    static QStringList available();

signals:
    void changed();

private:
    static void apply(const QString &language, bool chosenInSettings);
};
