#include "controllers/notebook_export.h"

#include "interchange/notebook_formats.h"
#include "models/display_text.h"
#include "notebook/notebook_index.h"
#include "store/export.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QThread>

NotebookExport::NotebookExport(QObject *parent)
    : QObject(parent), m_folder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
{
    connect(this, &NotebookExport::sessionChanged, this, [this] {
        if (m_session)
            connect(m_session, &DatabaseSession::notebookChanged, this,
                    &NotebookExport::contentsChanged, Qt::UniqueConnection);
        emit contentsChanged();
    });
}

QString NotebookExport::filesSpace() const
{
    if (!m_session || !m_session->ready())
        return {};
    auto stats = m_session->store()->stats();
    if (!stats)
        return {};
    if (stats->attachments == 0)
        return tr("No photos or files yet.");
    const QString size = QLocale().formattedDataSize(stats->attachmentBytes, 1,
                                                     QLocale::DataSizeTraditionalFormat);
    return tr("%n photo(s) or file(s) take(s) %1 on this device.", nullptr,
              static_cast<int>(stats->attachments))
        .arg(size);
}

QString NotebookExport::unusedRoom() const
{
    if (!m_session || !m_session->ready())
        return {};
    auto stats = m_session->store()->stats();
    if (!stats || stats->freeBytes < roomWorthGivingBack)
        return {};
    return tr("Deleted records and photos left %1 unused.")
        .arg(QLocale().formattedDataSize(stats->freeBytes, 1, QLocale::DataSizeTraditionalFormat));
}

void NotebookExport::giveBackRoom()
{
    if (m_busy || !m_session || !m_session->ready())
        return;
    m_busy = true;
    m_roomGivenBack.clear();
    emit stateChanged();
    const QString databasePath = m_session->path();
    QPointer<NotebookExport> self(this);
    auto *worker = QThread::create([databasePath, self] {
        QString said;
        auto store = rapport::notebook::openStore(databasePath.toStdString());
        auto freed = store ? (*store)->compact() : rapport::Result<std::int64_t>(store.error());
        if (!freed)
            said = tr("The room could not be given back: %1").arg(display::problem(freed.error()));
        else
            said = tr("%1 given back to the device.")
                       .arg(QLocale().formattedDataSize(*freed, 1,
                                                        QLocale::DataSizeTraditionalFormat));
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, said] {
                if (!self)
                    return;
                self->m_busy = false;
                self->m_roomGivenBack = said;
                emit self->stateChanged();
                emit self->contentsChanged();
            },
            Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void NotebookExport::setFolder(const QString &folder)
{
    if (folder == m_folder)
        return;
    m_folder = folder;
    emit folderChanged();
}

void NotebookExport::exportAs(const QString &format)
{
    static const QStringList formats {QStringLiteral("json"), QStringLiteral("csv"),
                                      QStringLiteral("vcard"), QStringLiteral("ical")};
    if (m_busy || !m_session || !m_session->ready() || !formats.contains(format))
        return;
    m_busy = true;
    m_error.clear();
    emit stateChanged();
    const QString databasePath = m_session->path();
    const auto today = display::isoDate(m_session->today());
    const auto stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
    const QString extension = format == QStringLiteral("vcard") ? QStringLiteral(".vcf")
        : format == QStringLiteral("ical")                      ? QStringLiteral(".ics")
        : format == QStringLiteral("json")                      ? QStringLiteral(".json")
                                                                : QString();
    const QString name = format == QStringLiteral("vcard") ? QStringLiteral("rapport-contacts-")
        : format == QStringLiteral("ical")                 ? QStringLiteral("rapport-calendar-")
                                                           : QStringLiteral("rapport-export-");
    const QString target = QDir(m_folder).filePath(name + stamp + extension);
    QPointer<NotebookExport> self(this);
    auto *worker = QThread::create([databasePath, target, format, today, self] {
        QString error;
        QDir().mkpath(QFileInfo(target).absolutePath());
        auto store = rapport::notebook::openStore(databasePath.toStdString(),
                                                  rapport::Store::Access::ReadOnly);
        rapport::Status written;
        if (!store) {
            written = store.error();
        } else if (format == QStringLiteral("csv")) {
            auto files = rapport::interchange::writeCsvTables(**store, target.toStdString());
            if (!files)
                written = files.error();
        } else {
            written = rapport::interchange::writeWholeFile(
                target.toStdString(), [&](std::ostream &out) {
                    if (format == QStringLiteral("vcard"))
                        return rapport::interchange::writeContactCards(**store, out);
                    if (format == QStringLiteral("ical"))
                        return rapport::interchange::writeCalendar(**store, out, today);
                    return rapport::exportJson(**store, out);
                });
        }
        if (!written)
            error = display::problem(written.error());
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, target, error] {
                if (self)
                    self->finish(error.isEmpty() ? target : QString(), error);
            },
            Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void NotebookExport::finish(const QString &file, const QString &error)
{
    m_busy = false;
    m_lastFile = file;
    m_error = error;
    emit stateChanged();
}
