#include "app/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMap>
#include <QQmlEngine>
#include <QSettings>
#include <QTranslator>
#include <memory>

namespace {
const QString languageKey = QStringLiteral("appearance/language");
const QString source = QStringLiteral("en");

// The one catalogue of ours installed at a time, and Qt's own for its dialogs' words (Debian's
// qt6-translations-l10n; without it they stay English); owned by the application.
QTranslator *installed = nullptr;
QTranslator *installedQt = nullptr;

void remove(QTranslator *&translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
    translator = nullptr;
}

QString systemLanguage()
{
    // The first of the system's languages there is a catalogue for; English otherwise.
    const auto available = Translations::available();
    for (const auto &name : QLocale::system().uiLanguages()) {
        const auto code = QLocale(name).name().section(QLatin1Char('_'), 0, 0);
        if (available.contains(code))
            return code;
    }
    return source;
}
} // namespace

QStringList Translations::available()
{
    return {source, QStringLiteral("de"), QStringLiteral("fr")};
}

QString Translations::chosen() const
{
    const auto code = QSettings().value(languageKey).toString();
    return available().contains(code) ? code : QString();
}

QString Translations::current() const
{
    const auto code = chosen();
    return code.isEmpty() ? systemLanguage() : code;
}

void Translations::setChosen(const QString &code)
{
    const auto valid = available().contains(code) ? code : QString();
    if (valid == chosen())
        return;
    if (valid.isEmpty())
        QSettings().remove(languageKey);
    else
        QSettings().setValue(languageKey, valid);
    apply(current(), !valid.isEmpty());
    if (auto *engine = qmlEngine(this))
        engine->retranslate();
    emit changed();
}

QVariantList Translations::choices() const
{
    // Each language by its own name, as a person looking for theirs would read it.
    static const QMap<QString, QString> names {{QStringLiteral("en"), QStringLiteral("English")},
                                               {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                               {QStringLiteral("fr"), QStringLiteral("Français")}};
    QVariantList list;
    list.append(QVariantMap {{QStringLiteral("code"), QString()},
                             {QStringLiteral("name"), tr("As the system")}});
    for (const auto &code : available())
        list.append(QVariantMap {{QStringLiteral("code"), code},
                                 {QStringLiteral("name"), names.value(code, code)}});
    return list;
}

void Translations::applyAtStart()
{
    const Translations translations;
    apply(translations.current(), !translations.chosen().isEmpty());
}

void Translations::apply(const QString &language, bool chosenInSettings)
{
    auto *app = QCoreApplication::instance();
    remove(installed);
    remove(installedQt);
    // Dates, numbers and the order of a day and its month follow a language chosen in Settings;
    // else the system's own formats (its region's) stay.
    QLocale::setDefault(chosenInSettings ? QLocale(language) : QLocale::system());
    // English needs a catalogue too: for its plurals ("1 lead", "2 leads").
    if (!app)
        return;
    if (language != source) {
        auto qt = std::make_unique<QTranslator>(app);
        if (qt->load(QLocale(language), QStringLiteral("qt"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))
            && QCoreApplication::installTranslator(qt.get()))
            installedQt = qt.release();
    }
    auto translator = std::make_unique<QTranslator>(app);
    if (translator->load(QStringLiteral(":/i18n/rapport_%1.qm").arg(language))
        && QCoreApplication::installTranslator(translator.get()))
        installed = translator.release();
}
