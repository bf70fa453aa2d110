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
        for (int group = 1; group <= match.lastCapturedIndex(); ++group)
            translated = translated.arg(match.captured(group));
        return translated;
    }
    return text;
}

} // namespace display
