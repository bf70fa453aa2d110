#include "controllers/person_record_export.h"

#include "models/display_text.h"
#include "notebook/subject_export.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

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
    if (!writeFile(base + QStringLiteral(".html"), rapport::notebook::subjectHtml(*record))
        || !writeFile(base + QStringLiteral(".json"), json)) {
        m_error = tr("Could not write into %1.").arg(QDir::toNativeSeparators(m_folder));
        emit exported();
        return {};
    }
    m_exportedFile = base + QStringLiteral(".html");
    emit exported();
    return m_exportedFile;
}
