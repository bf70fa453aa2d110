#include "controllers/record_files.h"

#include "app/attachment_images.h"
#include "controllers/camera_roll.h"
#include "controllers/file_attachment.h"
#include "models/display_text.h"
#include "store/store.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>

RecordFiles::RecordFiles(QObject *parent) : QObject(parent) { }

void RecordFiles::setSession(DatabaseSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &DatabaseSession::notebookChanged, this, &RecordFiles::load);
    emit sessionChanged();
    load();
}

void RecordFiles::setDocumentId(const QString &id)
{
    if (m_documentId == id)
        return;
    m_documentId = id;
    emit documentIdChanged();
    load();
}

int RecordFiles::pictureCount() const
{
    int count = 0;
    for (const auto &file : m_files)
        count += file.toMap().value(QStringLiteral("picture")).toBool() ? 1 : 0;
    return count;
}

void RecordFiles::load()
{
    QVariantList files;
    if (m_session && m_session->ready() && !m_documentId.isEmpty()) {
        auto doc = m_session->store()->get(m_documentId.toStdString());
        if (doc) {
            const QLocale locale;
            for (const auto &[name, attachment] : doc->attachments) {
                const auto type = QString::fromStdString(attachment.contentType);
                auto here = m_session->store()->hasAttachmentBytes(attachment.digest);
                const bool picture = AttachmentImages::canShow(type);
                files.append(QVariantMap {
                    {QStringLiteral("name"), QString::fromStdString(name)},
                    {QStringLiteral("type"), type},
                    {QStringLiteral("size"),
                     locale.formattedDataSize(attachment.length, 1,
                                              QLocale::DataSizeTraditionalFormat)},
                    {QStringLiteral("picture"), picture},
                    {QStringLiteral("source"),
                     picture ? AttachmentImages::sourceOf(m_session->path(), attachment.digest)
                             : QString()},
                    {QStringLiteral("here"), here && *here},
                });
            }
        }
    }
    if (files != m_files) {
        m_files = files;
        emit filesChanged();
    }
}

void RecordFiles::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit errorChanged();
}

bool RecordFiles::attach(const QUrl &file)
{
    if (!m_session || !m_session->ready() || m_documentId.isEmpty()) {
        setError(tr("Save the record first, then add its photos and files."));
        return false;
    }
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    auto attachment = attachmentFromFile(path);
    if (!attachment) {
        setError(display::problem(attachment.error()));
        return false;
    }
    auto doc = m_session->store()->get(m_documentId.toStdString());
    if (!doc) {
        setError(display::problem(doc.error()));
        return false;
    }
    doc->attachments[unusedName(doc->attachments, QFileInfo(path))] = std::move(*attachment);
    if (!save(*doc))
        return false;
    CameraRoll::discard(path); // a photo the camera took is in the store now
    return true;
}

bool RecordFiles::remove(const QString &name)
{
    if (!m_session || !m_session->ready())
        return false;
    auto doc = m_session->store()->get(m_documentId.toStdString());
    if (!doc) {
        setError(display::problem(doc.error()));
        return false;
    }
    if (doc->attachments.erase(name.toStdString()) == 0)
        return true; // gone already (another device removed it)
    return save(*doc);
}

QUrl RecordFiles::openable(const QString &name)
{
    if (!m_session || !m_session->ready())
        return {};
    auto doc = m_session->store()->get(m_documentId.toStdString());
    if (!doc) {
        setError(display::problem(doc.error()));
        return {};
    }
    const auto found = doc->attachments.find(name.toStdString());
    if (found == doc->attachments.end()) {
        setError(tr("“%1” was removed.").arg(name));
        return {};
    }
    // A folder per digest keeps two files of one name apart; the name is the file's own, which
    // the other app shows (without the '/' a name may hold).
    const QDir dir(QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                       .filePath(QStringLiteral("open/")
                                 + digestFileName(QString::fromStdString(found->second.digest))));
    const QString path = dir.filePath(QString(name).replace(QLatin1Char('/'), QLatin1Char('_')));
    if (QFileInfo(path).size() == found->second.length && found->second.encoding.empty())
        return QUrl::fromLocalFile(path);
    QSaveFile out(path);
    if (!dir.mkpath(QStringLiteral(".")) || !out.open(QIODevice::WriteOnly)) {
        setError(tr("“%1” could not be written where other apps can open it.").arg(name));
        return {};
    }
    auto read = m_session->store()->readAttachment(
        found->second.digest, [&out](std::string_view chunk) -> rapport::Status {
            if (out.write(chunk.data(), static_cast<qint64>(chunk.size()))
                != static_cast<qint64>(chunk.size()))
                return rapport::Error {rapport::Errc::DiskFull, "the copy could not be written"};
            return {};
        });
    if (!read || !out.commit()) {
        setError(read ? tr("“%1” could not be written where other apps can open it.").arg(name)
                      : display::problem(read.error()));
        return {};
    }
    setError({});
    return QUrl::fromLocalFile(path);
}

bool RecordFiles::save(const rapport::Document &doc)
{
    if (auto saved = m_session->save(doc); !saved) {
        setError(display::problem(saved.error()));
        return false;
    }
    setError({});
    load();
    return true;
}
