#include "controllers/notebook_export.h"

#include "models/display_text.h"
#include "store/export.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QStandardPaths>
#include <QThread>
#include <fstream>

NotebookExport::NotebookExport(QObject *parent)
    : QObject(parent), m_folder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
{ }

void NotebookExport::setFolder(const QString &folder)
{
    if (folder == m_folder)
        return;
    m_folder = folder;
    emit folderChanged();
}

void NotebookExport::exportJson()
{
    if (m_busy || !m_session || !m_session->ready())
        return;
    m_busy = true;
    m_error.clear();
    emit stateChanged();
    const QString databasePath = m_session->path();
    const QString file = QDir(m_folder).filePath(
        QStringLiteral("rapport-export-%1.json")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss"))));
    QPointer<NotebookExport> self(this);
    auto *worker = QThread::create([databasePath, file, self] {
        QString error;
        QDir().mkpath(QFileInfo(file).absolutePath());
        auto store
            = rapport::Store::open(databasePath.toStdString(), rapport::Store::Access::ReadOnly);
        if (!store) {
            error = display::problem(store.error());
        } else {
            std::ofstream out(file.toStdString(), std::ios::binary | std::ios::trunc);
            auto written = out ? rapport::exportJson(**store, out)
                               : rapport::Status {rapport::Error {
                                   rapport::Errc::Io, "cannot write " + file.toStdString()}};
            if (written)
                out.close();
            if (!written || !out)
                error = written ? QStringLiteral("The export could not be written in full.")
                                : display::problem(written.error());
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, file, error] {
                if (self)
                    self->finish(error.isEmpty() ? file : QString(), error);
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
