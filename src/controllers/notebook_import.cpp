#include "controllers/notebook_import.h"

#include "interchange/contact_import.h"
#include "merge/local_editor.h"
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
    QStringList parts;
    const auto people = QString::number(report.added);
    if (report.format == "Rapport JSON")
        parts << (preview ? QStringLiteral("%1 records would come in from %2.")
                          : QStringLiteral("%1 records came in from %2."))
                     .arg(people, fileName);
    else if (report.added == 1)
        parts << (preview ? QStringLiteral("1 person would come in from %1").arg(fileName)
                          : QStringLiteral("1 person came in from %1").arg(fileName))
                + (report.companies > 0 ? QStringLiteral(", with a new company.")
                                        : QStringLiteral("."));
    else
        parts << (preview ? QStringLiteral("%1 people would come in from %2").arg(people, fileName)
                          : QStringLiteral("%1 people came in from %2").arg(people, fileName))
                + (report.companies == 1 ? QStringLiteral(", with 1 new company.")
                       : report.companies > 1
                       ? QStringLiteral(", with %1 new companies.").arg(report.companies)
                       : QStringLiteral("."));
    if (report.alreadyThere > 0)
        parts << QStringLiteral("%1 already in your notebook, left as they are.")
                     .arg(report.alreadyThere);
    if (report.likelyDuplicates > 0)
        parts << QStringLiteral("%1 look like people you have: compare them under Duplicates.")
                     .arg(report.likelyDuplicates);
    if (!report.skipped.empty())
        parts << QStringLiteral("%1 skipped (below).").arg(report.skipped.size());
    if (report.readAs != "UTF-8" && !report.readAs.empty())
        parts << QStringLiteral("The file was not UTF-8; it was read as %1: check the accents.")
                     .arg(QString::fromStdString(report.readAs));
    return parts.join(QLatin1Char(' '));
}

QStringList problemsOf(const rapport::interchange::ImportReport &report)
{
    QStringList lines;
    for (const auto &skipped : report.skipped)
        lines << QStringLiteral("Skipped %1: %2")
                     .arg(display::text(skipped.where), display::text(skipped.why));
    for (const auto &partial : report.partial)
        lines << QStringLiteral("%1: %2").arg(display::text(partial.where),
                                              display::text(partial.why));
    // A screen of them is enough to act on; the rest are the same kind.
    constexpr int shown = 100;
    if (lines.size() > shown) {
        const auto more = lines.size() - shown;
        lines = lines.mid(0, shown);
        lines << QStringLiteral("… and %1 more").arg(more);
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
            error = QStringLiteral("%1 cannot be read.").arg(file);
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
