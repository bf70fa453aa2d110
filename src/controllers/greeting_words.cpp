#include "controllers/greeting_words.h"

#include "app/translations.h"
#include "core/fields.h"

#include <QLocale>
#include <QMap>
#include <QTranslator>

namespace {

// What a profile may say for a language Rapport has: its code, its name in English, in German
// and in itself.
const QMap<QString, QStringList> &languageNames()
{
    static const QMap<QString, QStringList> names {
        {QStringLiteral("en"),
         {QStringLiteral("en"), QStringLiteral("english"), QStringLiteral("englisch")}},
        {QStringLiteral("de"),
         {QStringLiteral("de"), QStringLiteral("german"), QStringLiteral("deutsch")}},
        {QStringLiteral("fr"),
         {QStringLiteral("fr"), QStringLiteral("french"), QStringLiteral("französisch"),
          QStringLiteral("français"), QStringLiteral("francais")}}};
    return names;
}

// The words in one language, whatever the app's: its own catalogue, loaded for this greeting.
class Words
{
public:
    explicit Words(const QString &language) : m_own(!language.isEmpty())
    {
        if (m_own)
            m_translator.load(QStringLiteral(":/i18n/rapport_%1.qm").arg(language));
    }
    QString operator()(const char *source) const
    {
        if (!m_own)
            return GreetingWords::tr(source);
        // English is the source: its catalogue holds plurals only, and no word here.
        const auto translated = m_translator.translate("GreetingWords", source);
        return translated.isEmpty() ? QString::fromUtf8(source) : translated;
    }

private:
    QTranslator m_translator;
    bool m_own;
};

} // namespace

QString GreetingWords::languageOf(const rapport::Json &contact)
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

GreetingWords GreetingWords::forContact(const rapport::Json &contact, const std::string &kind)
{
    auto name = rapport::stringMember(contact, "firstName");
    if (name.empty())
        name = rapport::stringMember(contact, "lastName");
    if (name.empty())
        name = rapport::stringMember(contact, "name");
    const auto to = QString::fromStdString(name);
    // An empty language: the app's own (its catalogue is installed).
    const Words words(languageOf(contact));
    const bool anniversary = kind == "anniversary";
    if (to.isEmpty())
        return anniversary
            ? GreetingWords {words(QT_TR_NOOP("Happy anniversary!")),
                             words(QT_TR_NOOP("Happy anniversary! Congratulations to you both, "
                                              "and all the best for the years ahead."))}
            : GreetingWords {words(QT_TR_NOOP("Happy birthday!")),
                             words(QT_TR_NOOP("Happy birthday! I hope you have a wonderful day, "
                                              "and all the best for the year ahead."))};
    return anniversary
        ? GreetingWords {words(QT_TR_NOOP("Happy anniversary, %1!")).arg(to),
                         words(QT_TR_NOOP("Happy anniversary, %1! Congratulations to you both, "
                                          "and all the best for the years ahead."))
                             .arg(to)}
        : GreetingWords {words(QT_TR_NOOP("Happy birthday, %1!")).arg(to),
                         words(QT_TR_NOOP("Happy birthday, %1! I hope you have a wonderful day, "
                                          "and all the best for the year ahead."))
                             .arg(to)};
}
