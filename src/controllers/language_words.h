#pragma once

#include "core/json.h"

#include <QString>
#include <QTranslator>

// Words in one language whatever the app's: for what Rapport writes for a person to read (a
// greeting, what is kept about them), in the language their profile names when there is a
// catalogue for it, else in the app's.
class LanguageWords
{
public:
    // language: "de"; "" for the app's own.
    LanguageWords(const QString &language, const char *context);
    LanguageWords(const LanguageWords &) = delete;
    LanguageWords &operator=(const LanguageWords &) = delete;

    // The source text (English, marked with QT_TRANSLATE_NOOP in `context`) in that language.
    QString operator()(const char *source) const;

    // The language a contact's profile names ("Deutsch", "German", "de"; the first one named),
    // or "" when it names none Rapport has.
    static QString languageOf(const rapport::Json &contact);

private:
    const char *m_context;
    bool m_own = false;
    QTranslator m_translator;
};
