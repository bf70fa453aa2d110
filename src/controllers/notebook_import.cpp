#include "controllers/notebook_import.h"

#include "interchange/contact_import.h"
#include "merge/local_editor.h"
#include "models/core_messages.h"
#include "models/display_text.h"
#include "notebook/notebook_index.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>
#include <fstream>

namespace {

// The report in a person's words: what was (or would be) added, and what needs a look.
QString summaryOf(const rapport::interchange::ImportReport &report, const QString &fileName)
{
    const bool preview = !report.written;
    const int added = static_cast<int>(report.added);
    QStringList parts;
    if (report.format == "Rapport JSON")
        parts << (preview
                      ? NotebookImport::tr("%n record(s) would come in from %1.", nullptr, added)
                      : NotebookImport::tr("%n record(s) came in from %1.", nullptr, added))
                     .arg(fileName);
    else if (report.companies == 0)
        parts << (preview
                      ? NotebookImport::tr("%n person(s) would come in from %1.", nullptr, added)
                      : NotebookImport::tr("%n person(s) came in from %1.", nullptr, added))
                     .arg(fileName);
    else
        parts << (preview ? NotebookImport::tr("%n person(s) would come in from %1, with %2.",
                                               "%2: a number of new companies", added)
                          : NotebookImport::tr("%n person(s) came in from %1, with %2.",
                                               "%2: a number of new companies", added))
                     .arg(fileName,
                          NotebookImport::tr("%n new company(s)", nullptr,
                                             static_cast<int>(report.companies)));
    if (report.alreadyThere > 0)
        parts << NotebookImport::tr("%n already in your notebook, left as they are.", nullptr,
                                    static_cast<int>(report.alreadyThere));
    if (report.likelyDuplicates > 0)
        parts << NotebookImport::tr("%n look(s) like people you have: compare them under "
                                    "Duplicates.",
                                    nullptr, static_cast<int>(report.likelyDuplicates));
    if (!report.skipped.empty())
        parts << NotebookImport::tr("%n skipped (below).", nullptr,
                                    static_cast<int>(report.skipped.size()));
    if (report.readAs != "UTF-8" && !report.readAs.empty())
        parts << NotebookImport::tr("The file was not UTF-8; it was read as %1: check the accents.")
                     .arg(QString::fromStdString(report.readAs));
    return parts.join(QLatin1Char(' '));
}

QStringList problemsOf(const rapport::interchange::ImportReport &report)
{
    QStringList lines;
    for (const auto &skipped : report.skipped)
        lines << NotebookImport::tr("Skipped %1: %2", "where in the file, and why")
                     .arg(display::translatedMessage(skipped.where),
                          display::translatedMessage(skipped.why));
    for (const auto &partial : report.partial)
        lines << QStringLiteral("%1: %2").arg(display::translatedMessage(partial.where),
                                              display::translatedMessage(partial.why));
    // A screen of them is enough to act on; the rest are the same kind.
    constexpr int shown = 100;
    if (lines.size() > shown) {
        const auto more = static_cast<int>(lines.size() - shown);
        lines = lines.mid(0, shown);
        lines << NotebookImport::tr("… and %n more", nullptr, more);
    }
    return lines;
}

} // namespace

NotebookImport::NotebookImport(QObject *parent)
    : QObject(parent), m_folders {
                           QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
                           QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)}
{ }

QString NotebookImport::fileName() const
{
    return QFileInfo(m_file).fileName();
}

void NotebookImport::findCandidates()
{
    QFileInfoList found;
    for (const auto &folder : m_folders)
        found += QDir(folder).entryInfoList({QStringLiteral("*.vcf"), QStringLiteral("*.vcard"),
                                             QStringLiteral("*.csv"), QStringLiteral("*.json")},
                                            QDir::Files | QDir::Readable, QDir::Time);
    std::sort(found.begin(), found.end(), [](const QFileInfo &a, const QFileInfo &b) {
        return a.lastModified() > b.lastModified();
    });
    QStringList paths;
    for (const auto &info : found)
        if (!paths.contains(info.absoluteFilePath()) && paths.size() < 20)
            paths << info.absoluteFilePath();
    if (paths != m_candidates) {
        m_candidates = paths;
        emit candidatesChanged();
    }
}

void NotebookImport::preview(const QString &path)
{
    run(path, false);
}

void NotebookImport::importPreviewed()
{
    if (m_previewed)
        run(m_file, true);
}

void NotebookImport::clear()
{
    if (m_busy)
        return;
    m_file.clear();
    m_previewed = m_imported = false;
    m_adding = 0;
    m_summary.clear();
    m_problems.clear();
    m_error.clear();
    emit stateChanged();
}

void NotebookImport::run(const QString &path, bool write)
{
    if (m_busy || !m_session || !m_session->ready() || path.trimmed().isEmpty())
        return;
    m_busy = true;
    m_file = path.trimmed();
    m_previewed = m_imported = false;
    m_error.clear();
    if (!write) {
        m_summary.clear();
        m_problems.clear();
    }
    emit stateChanged();
    const QString databasePath = m_session->path();
    const QString file = m_file;
    QPointer<NotebookImport> self(this);
    auto *worker = QThread::create([databasePath, file, write, self] {
        QString summary;
        QStringList problems;
        QString error;
        int adding = 0;
        std::ifstream input(QFile::encodeName(file).toStdString(), std::ios::binary);
        if (!input) {
            error = tr("%1 cannot be read.").arg(file);
        } else {
            auto store = rapport::notebook::openStore(databasePath.toStdString());
            auto editor = store
                ? rapport::merge::LocalEditor::open(**store)
                : rapport::Result<std::unique_ptr<rapport::merge::LocalEditor>>(store.error());
            auto report = editor
                ? rapport::interchange::importStream(
                    **editor, input,
                    write ? rapport::interchange::ImportMode::Write
                          : rapport::interchange::ImportMode::Preview)
                : rapport::Result<rapport::interchange::ImportReport>(editor.error());
            if (!report) {
                error = display::problem(report.error());
            } else {
                summary = summaryOf(*report, QFileInfo(file).fileName());
                problems = problemsOf(*report);
                adding = report->added;
            }
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, write, summary, problems, error, adding] {
                if (!self)
                    return;
                self->m_busy = false;
                self->m_error = error;
                self->m_summary = summary;
                self->m_problems = problems;
                self->m_adding = adding;
                self->m_previewed = !write && error.isEmpty();
                self->m_imported = write && error.isEmpty();
                emit self->stateChanged();
                if (self->m_imported && self->m_session)
                    self->m_session->announceLocalEdit();
            },
            Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}
