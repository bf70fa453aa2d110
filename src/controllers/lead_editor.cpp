#include "controllers/lead_editor.h"

#include "app/badge_reader.h"
#include "controllers/file_attachment.h"
#include "interchange/badge.h"
#include "models/display_text.h"
#include "notebook/operations.h"
#include "relationship/leads.h"
#include "store/store.h"

#include <QFileInfo>
#include <QImageReader>

void LeadEditor::startNew(const QString &event)
{
    setDocumentId({});
    reload();
    if (session())
        setText(QStringLiteral("capturedOn"),
                QString::fromStdString(display::isoDate(session()->today())));
    setText(QStringLiteral("event"), event);
}

void LeadEditor::setWarmth(int warmth)
{
    setMember("warmth", warmth >= 1 && warmth <= 3 ? rapport::Json(warmth) : rapport::Json());
}

bool LeadEditor::readBadgeImage(const QString &path)
{
    QImageReader reader(path.trimmed());
    reader.setAutoTransform(true); // a phone photo's orientation
    const QImage image = reader.read();
    if (image.isNull()) {
        setError(tr("%1 could not be read as a picture: %2")
                     .arg(QFileInfo(path.trimmed()).fileName(), reader.errorString()));
        return false;
    }
    const auto code = readQrCode(image);
    if (!code) {
        setError(tr("No QR code was found on the picture. Hold the badge flat and close, or "
                    "type the name."));
        return false;
    }
    const auto badge = rapport::interchange::readBadge(code->toStdString());
    if (!badge) {
        setError(tr("The badge's code holds no name (it reads “%1”). Type the name.")
                     .arg(code->left(80)));
        return false;
    }
    const auto fields = rapport::relationship::leadFieldsFromBadge(*badge);
    for (const auto &[key, value] : fields.items())
        setText(QString::fromStdString(key), QString::fromStdString(value.get<std::string>()));
    // The picture stays with the lead: the badge says more than its code (a title, a stand).
    const QFileInfo picture(path.trimmed());
    if (auto file = attachmentFromFile(picture.filePath()))
        keepFile("badge."
                     + (picture.suffix().isEmpty() ? std::string("jpg")
                                                   : picture.suffix().toLower().toStdString()),
                 std::move(*file));
    setError({});
    return true;
}

bool LeadEditor::saveAndNext()
{
    const auto event = text(QStringLiteral("event"));
    if (!save())
        return false;
    ++m_captured;
    emit capturedChanged();
    startNew(event);
    return true;
}

QString LeadEditor::convert()
{
    if (!session() || !session()->ready() || !exists())
        return {};
    auto converted
        = rapport::relationship::convertLead(*session()->editor(), documentId().toStdString());
    if (!converted) {
        setError(display::problem(converted.error()));
        return {};
    }
    reload();
    return QString::fromStdString(converted->contactId);
}

bool LeadEditor::planFollowUp()
{
    if (!session() || !session()->ready() || !exists())
        return false;
    const auto plan = rapport::notebook::followUpForLead(documentId().toStdString(), body(),
                                                         display::isoDate(session()->today()));
    auto planned = rapport::notebook::planFollowUp(*session()->editor(), plan);
    setError(planned ? QString() : display::problem(planned.error()));
    return planned.ok();
}

QString LeadEditor::validate() const
{
    if (text(QStringLiteral("name")).isEmpty())
        return tr("A lead needs a name (a badge scan fills it in).");
    return {};
}
