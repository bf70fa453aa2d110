#include "controllers/greeting_words.h"

#include "controllers/language_words.h"
#include "core/fields.h"

GreetingWords GreetingWords::forContact(const rapport::Json &contact, const std::string &kind)
{
    auto name = rapport::stringMember(contact, "firstName");
    if (name.empty())
        name = rapport::stringMember(contact, "lastName");
    if (name.empty())
        name = rapport::stringMember(contact, "name");
    const auto to = QString::fromStdString(name);
    // An empty language: the app's own (its catalogue is installed).
    const LanguageWords words(LanguageWords::languageOf(contact), "GreetingWords");
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
