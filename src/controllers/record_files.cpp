#include "controllers/record_files.h"

#include "app/attachment_images.h"
#include "controllers/file_attachment.h"
#include "models/display_text.h"
#include "store/store.h"

#include <QFileInfo>
#include <QLocale>

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
        setError(QString::fromStdString(attachment.error().message));
        return false;
    }
    auto doc = m_session->store()->get(m_documentId.toStdString());
    if (!doc) {
        setError(display::problem(doc.error()));
        return false;
    }
    doc->attachments[unusedName(doc->attachments, QFileInfo(path))] = std::move(*attachment);
    return save(*doc);
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
