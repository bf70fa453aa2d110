#include "controllers/language_words.h"

#include "app/translations.h"
#include "core/fields.h"

#include <QCoreApplication>
#include <QMap>

namespace {

// What a profile may say for a language Rapport has: its code, its name in English, in German
// and in itself.
const QMap<QString, QStringList> &languageNames()
{
    static const QMap<QString, QStringList> names {
        {QStringLiteral("en"),
         {QStringLiteral("en"), QStringLiteral("english"), QStringLiteral("englisch"),
          QStringLiteral("anglais")}},
        {QStringLiteral("de"),
         {QStringLiteral("de"), QStringLiteral("german"), QStringLiteral("deutsch"),
          QStringLiteral("allemand")}},
        {QStringLiteral("fr"),
         {QStringLiteral("fr"), QStringLiteral("french"), QStringLiteral("französisch"),
          QStringLiteral("français"), QStringLiteral("francais")}}};
    return names;
}

} // namespace

LanguageWords::LanguageWords(const QString &language, const char *context) : m_context(context)
{
    // No catalogue for it: the app's own words.
    m_own = !language.isEmpty()
        && m_translator.load(QStringLiteral(":/i18n/rapport_%1.qm").arg(language));
}

QString LanguageWords::operator()(const char *source) const
{
    if (!m_own)
        return QCoreApplication::translate(m_context, source);
    // English is the source: its catalogue holds plurals only, and no word here.
    const auto translated = m_translator.translate(m_context, source);
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

QString LanguageWords::languageOf(const rapport::Json &contact)
{
    const auto named = QString::fromStdString(rapport::stringMember(contact, "preferredLanguage"))
                           .section(QLatin1Char(','), 0, 0)
                           .trimmed()
                           .toLower();
    if (named.isEmpty())
        return {};
    for (auto it = languageNames().cbegin(); it != languageNames().cend(); ++it)
        if (it.value().contains(named) && Translations::available().contains(it.key()))
            return it.key();
    return {};
}
