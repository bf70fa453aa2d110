#include "controllers/person_record_export.h"

#include "controllers/language_words.h"
#include "models/display_text.h"
#include "notebook/subject_export.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <map>
#include <memory>

namespace {

// A name as a file name: what the file systems of phones and desktops refuse, left out.
QString fileNameFor(const QString &name)
{
    QString safe;
    for (QChar c : name)
        if (!QStringLiteral("/\\:*?\"<>|").contains(c) && c.isPrint())
            safe += c;
    return safe.trimmed().isEmpty() ? PersonRecordExport::tr("this person", "in a file name")
                                    : safe.trimmed();
}

bool writeFile(const QString &path, const std::string &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes.data(), static_cast<qint64>(bytes.size()))
        == static_cast<qint64>(bytes.size())
        && file.flush();
}

// The page's words in the person's language (their profile's, else the app's).
rapport::notebook::SubjectWords wordsFor(const rapport::Json &person)
{
    // Its own context: these are words for the person, translated apart from the app's.
    auto words = std::make_shared<LanguageWords>(LanguageWords::languageOf(person), "SubjectWords");
    auto text = [words](const char *source) {
        return (*words)(source).toStdString();
    };
    rapport::notebook::SubjectWords out;
    out.title = text(QT_TRANSLATE_NOOP("SubjectWords", "What is kept about %1"));
    out.intro = text(
        QT_TRANSLATE_NOOP("SubjectWords", "Everything this notebook holds about you, as of %1."));
    out.yourDetails = text(QT_TRANSLATE_NOOP("SubjectWords", "Your details"));
    out.visits = text(QT_TRANSLATE_NOOP("SubjectWords", "Visits you took part in"));
    out.followUps = text(QT_TRANSLATE_NOOP("SubjectWords", "Follow-ups"));
    out.feedback = text(QT_TRANSLATE_NOOP("SubjectWords", "Feedback"));
    out.leads = text(QT_TRANSLATE_NOOP("SubjectWords", "Leads"));
    out.greetings = text(QT_TRANSLATE_NOOP("SubjectWords", "Greetings sent"));
    out.conflicts
        = text(QT_TRANSLATE_NOOP("SubjectWords", "Changes recorded when two devices disagreed"));
    out.none = text(QT_TRANSLATE_NOOP("SubjectWords", "None."));
    out.dateAtAccount = text(QT_TRANSLATE_NOOP("SubjectWords", "%1 at %2"));
    out.lastChanged = text(QT_TRANSLATE_NOOP("SubjectWords", "Last changed %1 on device %2"));
    out.yes = text(QT_TRANSLATE_NOOP("SubjectWords", "yes"));
    out.no = text(QT_TRANSLATE_NOOP("SubjectWords", "no"));
    // The fields a person's records hold; any other is spelled out in English.
    static const std::map<std::string, const char *> labels {
        {"firstName", QT_TRANSLATE_NOOP("SubjectWords", "First name")},
        {"lastName", QT_TRANSLATE_NOOP("SubjectWords", "Last name")},
        {"email", QT_TRANSLATE_NOOP("SubjectWords", "E-mail")},
        {"phone", QT_TRANSLATE_NOOP("SubjectWords", "Phone")},
        {"title", QT_TRANSLATE_NOOP("SubjectWords", "Job title")},
        {"role", QT_TRANSLATE_NOOP("SubjectWords", "Buying role")},
        {"birthday", QT_TRANSLATE_NOOP("SubjectWords", "Birthday")},
        {"anniversary", QT_TRANSLATE_NOOP("SubjectWords", "Anniversary")},
        {"family", QT_TRANSLATE_NOOP("SubjectWords", "Family")},
        {"name", QT_TRANSLATE_NOOP("SubjectWords", "Name")},
        {"relation", QT_TRANSLATE_NOOP("SubjectWords", "Relation")},
        {"hobbies", QT_TRANSLATE_NOOP("SubjectWords", "Hobbies")},
        {"likes", QT_TRANSLATE_NOOP("SubjectWords", "Likes")},
        {"dislikes", QT_TRANSLATE_NOOP("SubjectWords", "Dislikes")},
        {"interests", QT_TRANSLATE_NOOP("SubjectWords", "Interests")},
        {"howWeMet", QT_TRANSLATE_NOOP("SubjectWords", "How we met")},
        {"notes", QT_TRANSLATE_NOOP("SubjectWords", "Notes")},
        {"preferredChannel", QT_TRANSLATE_NOOP("SubjectWords", "Best way to reach")},
        {"preferredTime", QT_TRANSLATE_NOOP("SubjectWords", "Best time")},
        {"preferredLanguage", QT_TRANSLATE_NOOP("SubjectWords", "Language")},
        {"date", QT_TRANSLATE_NOOP("SubjectWords", "Date")},
        {"outcome", QT_TRANSLATE_NOOP("SubjectWords", "Outcome")},
        {"due", QT_TRANSLATE_NOOP("SubjectWords", "Due")},
        {"done", QT_TRANSLATE_NOOP("SubjectWords", "Done")},
        {"score", QT_TRANSLATE_NOOP("SubjectWords", "Score")},
        {"said", QT_TRANSLATE_NOOP("SubjectWords", "In your words")},
        {"company", QT_TRANSLATE_NOOP("SubjectWords", "Company")},
        {"event", QT_TRANSLATE_NOOP("SubjectWords", "Event")}};
    out.label = [words](const std::string &key) {
        const auto found = labels.find(key);
        return found == labels.end() ? rapport::notebook::spelledOut(key)
                                     : (*words)(found->second).toStdString();
    };
    return out;
}

} // namespace

PersonRecordExport::PersonRecordExport(QObject *parent)
    : QObject(parent), m_folder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
{ }

QString PersonRecordExport::exportRecord()
{
    if (!m_session || !m_session->ready() || m_contactId.isEmpty())
        return {};
    m_error.clear();
    m_exportedFile.clear();
    auto record = rapport::notebook::subjectRecord(*m_session->store(), m_contactId.toStdString(),
                                                   display::isoDate(m_session->today()));
    if (!record) {
        m_error = display::problem(record.error());
        emit exported();
        return {};
    }
    const QString name = display::text((*record)["person"].value("name", std::string()));
    QDir().mkpath(m_folder);
    const QString base
        = QDir(m_folder).filePath(tr("What Rapport keeps about %1").arg(fileNameFor(name)));
    const std::string json = record->dump(2, ' ', false, rapport::Json::error_handler_t::replace);
    if (!writeFile(base + QStringLiteral(".html"),
                   rapport::notebook::subjectHtml(*record, wordsFor((*record)["person"]["fields"])))
        || !writeFile(base + QStringLiteral(".json"), json)) {
        m_error = tr("Could not write into %1.").arg(QDir::toNativeSeparators(m_folder));
        emit exported();
        return {};
    }
    m_exportedFile = base + QStringLiteral(".html");
    emit exported();
    return m_exportedFile;
}
