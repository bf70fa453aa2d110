#include "controllers/file_attachment.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>

rapport::Result<rapport::Attachment> attachmentFromFile(const QString &path)
{
    const QFileInfo info(path);
    const auto refused = [&info](const QString &why) {
        return rapport::Error {rapport::Errc::BadRequest, why.arg(info.fileName()).toStdString()};
    };
    QFile in(path);
    if (!info.isFile() || !in.open(QIODevice::ReadOnly))
        return refused(QCoreApplication::translate("RecordFiles", "“%1” could not be read."));
    if (in.size() >= maxFileBytes)
        return refused(QCoreApplication::translate(
                           "RecordFiles", "“%1” is larger than %2, more than a record can hold.")
                           .arg(QStringLiteral("%1"),
                                QLocale().formattedDataSize(maxFileBytes, 0,
                                                            QLocale::DataSizeTraditionalFormat)));
    // What it is, from its name and first bytes; the bytes themselves are streamed from the file
    // into the store when the record is saved, never held whole.
    const auto type = QMimeDatabase().mimeTypeForFileNameAndData(path, in.peek(4096)).name();
    auto attachment
        = rapport::Attachment::ofFile(type.toStdString(), QFile::encodeName(path).toStdString());
    if (!attachment)
        return refused(QCoreApplication::translate("RecordFiles", "“%1” could not be read."));
    return attachment;
}

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
