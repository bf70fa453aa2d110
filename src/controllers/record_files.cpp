#include "controllers/record_files.h"

#include "app/attachment_images.h"
#include "models/display_text.h"
#include "store/store.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>

namespace {

// "card (2).jpg" for the second "card.jpg": a record's files are kept by name.
std::string unusedName(const rapport::Attachments &taken, const QFileInfo &file)
{
    const std::string name = file.fileName().toStdString();
    if (!taken.contains(name))
        return name;
    const QString suffix
        = file.completeSuffix().isEmpty() ? QString() : QLatin1Char('.') + file.completeSuffix();
    for (int n = 2;; ++n) {
        const auto candidate
            = QStringLiteral("%1 (%2)%3").arg(file.baseName()).arg(n).arg(suffix).toStdString();
        if (!taken.contains(candidate))
            return candidate;
    }
}

} // namespace

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
    const QFileInfo info(path);
    QFile in(path);
    if (!info.isFile() || !in.open(QIODevice::ReadOnly)) {
        setError(tr("“%1” could not be read.").arg(info.fileName()));
        return false;
    }
    if (in.size() >= maxFileBytes) {
        setError(tr("“%1” is larger than %2, more than a record can hold.")
                     .arg(info.fileName(),
                          QLocale().formattedDataSize(maxFileBytes, 0,
                                                      QLocale::DataSizeTraditionalFormat)));
        return false;
    }
    const QByteArray bytes = in.readAll();
    if (in.error() != QFileDevice::NoError) {
        setError(tr("“%1” could not be read.").arg(info.fileName()));
        return false;
    }
    auto doc = m_session->store()->get(m_documentId.toStdString());
    if (!doc) {
        setError(display::problem(doc.error()));
        return false;
    }
    const auto type = QMimeDatabase().mimeTypeForFileNameAndData(path, bytes.left(4096)).name();
    doc->attachments[unusedName(doc->attachments, info)] = rapport::Attachment::ofBytes(
        type.toStdString(), std::string(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    if (auto saved = m_session->save(*doc); !saved) {
        setError(display::problem(saved.error()));
        return false;
    }
    setError({});
    load();
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
    if (auto saved = m_session->save(*doc); !saved) {
        setError(display::problem(saved.error()));
        return false;
    }
    setError({});
    load();
    return true;
}
