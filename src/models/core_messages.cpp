#include "models/core_messages.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <array>

namespace display {

namespace {

// Every sentence of sync/ and platform/ that reaches a person, as they write it. A change to one
// there shows in tst_relationship_screens, which reads some of them in German.
constexpr std::array sentences {
    QT_TRANSLATE_NOOP("CoreMessages", "“%1” is not a whole number."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "“%1” is not a date. Type it as 1984-02-29, or 02-29 without the year."),
    QT_TRANSLATE_NOOP("CoreMessages", "“%1” is not a date. Type it as 2026-11-25."),
    QT_TRANSLATE_NOOP("CoreMessages", "A new customer needs a name."),
    QT_TRANSLATE_NOOP("CoreMessages", "A person needs a first or a last name."),
    QT_TRANSLATE_NOOP("CoreMessages", "Pick the customer you visited (or add a new one)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Say what the next step is."),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 was dealt with already"),
    QT_TRANSLATE_NOOP("CoreMessages", "these two were already merged or told apart"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "the file breaks off or is not valid JSON; nothing was imported"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "the file is not a Rapport export (JSON with a \"docs\" list)"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "a server address starts with https:// (or http://) and names a host"),
    // platform/sync_worker.cpp: what the Sync page says when a sync stopped.
    QT_TRANSLATE_NOOP("CoreMessages",
                      "The server cannot be reached. Your changes wait on this device."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "The server did not accept your name and password. Sign in again."),
    QT_TRANSLATE_NOOP("CoreMessages", "The server had a problem. Rapport tries again shortly."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "The server answered in a way Rapport does not understand. "
                      "Is this the address of a CouchDB server?"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "Your database is not on this server. Ask whoever runs it "
                      "to set up your account."),
    QT_TRANSLATE_NOOP("CoreMessages", "This device is full. Free some space; nothing is lost."),
    QT_TRANSLATE_NOOP("CoreMessages", "Sync stopped: %1"),
    // sync/interchange: where in a file an import skipped or left out something, and why. The
    // more particular pattern of two that match comes first.
    QT_TRANSLATE_NOOP("CoreMessages", "card %1 (line %2)"),
    QT_TRANSLATE_NOOP("CoreMessages", "card %1 (%2)"),
    QT_TRANSLATE_NOOP("CoreMessages", "row %1 to the end"),
    QT_TRANSLATE_NOOP("CoreMessages", "row %1 (%2)"),
    QT_TRANSLATE_NOOP("CoreMessages", "row %1"),
    QT_TRANSLATE_NOOP("CoreMessages", "record %1 (%2)"),
    QT_TRANSLATE_NOOP("CoreMessages", "record %1"),
    QT_TRANSLATE_NOOP("CoreMessages", "the file"),
    QT_TRANSLATE_NOOP("CoreMessages", "the badge"),
    QT_TRANSLATE_NOOP("CoreMessages", "it has no _id"),
    QT_TRANSLATE_NOOP("CoreMessages", "it is not a record of yours"),
    QT_TRANSLATE_NOOP("CoreMessages", "it is nested deeper than a record may be"),
    QT_TRANSLATE_NOOP("CoreMessages", "it is not a record"),
    QT_TRANSLATE_NOOP("CoreMessages", "it is empty"),
    QT_TRANSLATE_NOOP("CoreMessages", "it has no name"),
    QT_TRANSLATE_NOOP("CoreMessages", "it names a company (%1) but no person"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "its first row names no column for a name (First Name, "
                      "Last Name or Name); is it a CSV of contacts?"),
    QT_TRANSLATE_NOOP("CoreMessages", "a quoted cell opens there and never closes"),
    QT_TRANSLATE_NOOP("CoreMessages", "it does not end (no END:VCARD before the next card)"),
    QT_TRANSLATE_NOOP("CoreMessages", "it is larger than 1 MB"),
    QT_TRANSLATE_NOOP("CoreMessages", "it does not end (the file stops inside it)"),
    QT_TRANSLATE_NOOP("CoreMessages", "it holds no vCard (no BEGIN:VCARD line)"),
    QT_TRANSLATE_NOOP("CoreMessages", "it could not be stored: %1"),
    QT_TRANSLATE_NOOP("CoreMessages", "%1; left out"),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 “%2” is not a date"),
    QT_TRANSLATE_NOOP("CoreMessages", "Birthday"),
    QT_TRANSLATE_NOOP("CoreMessages", "Anniversary"),
    QT_TRANSLATE_NOOP("CoreMessages", "a cell longer than 100 KB"),
    QT_TRANSLATE_NOOP("CoreMessages", "Rapport's own fields (X-RAPPORT-FIELDS) were not readable"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "the file is larger than 256 MB; split it and import the parts"),
    QT_TRANSLATE_NOOP("CoreMessages", "the file could not be read to its end"),
    QT_TRANSLATE_NOOP("CoreMessages", "the file cannot be read from its start again"),
};

// A sentence as a pattern that captures what varies: "“(.*)” is not a whole number\.".
QRegularExpression patternOf(const QString &sentence)
{
    static const QRegularExpression placeholder(QStringLiteral("%[1-9]"));
    QString pattern;
    qsizetype from = 0;
    for (auto it = placeholder.globalMatch(sentence); it.hasNext();) {
        const auto match = it.next();
        pattern += QRegularExpression::escape(sentence.mid(from, match.capturedStart() - from))
            + QStringLiteral("(.*)");
        from = match.capturedEnd();
    }
    pattern += QRegularExpression::escape(sentence.mid(from));
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern));
}

} // namespace

QString translatedMessage(const std::string &message)
{
    static const auto patterns = [] {
        std::array<QRegularExpression, sentences.size()> made;
        for (std::size_t i = 0; i < sentences.size(); ++i)
            made[i] = patternOf(QString::fromUtf8(sentences[i]));
        return made;
    }();
    const auto text = QString::fromStdString(message);
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        const auto match = patterns[i].match(text);
        if (!match.hasMatch())
            continue;
        auto translated = QCoreApplication::translate("CoreMessages", sentences[i]);
        // What varies may be a sentence of its own ("it could not be stored: “x” is not a
        // date."); a name or a number comes through as it is.
        for (int group = 1; group <= match.lastCapturedIndex(); ++group)
            translated = translated.arg(translatedMessage(match.captured(group).toStdString()));
        return translated;
    }
    return text;
}

} // namespace display
