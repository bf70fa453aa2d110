#include "controllers/lead_editor.h"

#include "app/badge_reader.h"
#include "app/card_reading.h"
#include "controllers/file_attachment.h"
#include "interchange/badge.h"
#include "models/display_text.h"
#include "notebook/notebook_queries.h"
#include "notebook/operations.h"
#include "relationship/leads.h"
#include "store/store.h"

#include <QFileInfo>
#include <QImageReader>

namespace {

// What the card reader could not do, in the user's words.
QString cardProblemSentence(rapport::cards::CardProblem kind)
{
    using rapport::cards::CardProblem;
    switch (kind) {
    case CardProblem::NotAPicture:
    case CardProblem::Unreadable:
        return LeadEditor::tr("This photo could not be opened. Take it again, or type the name.");
    case CardProblem::TooSmall:
        return LeadEditor::tr("This photo is too small to read. Take it closer, or type the name.");
    case CardProblem::NoTextModels:
        return LeadEditor::tr("Cards cannot be read on this device: the text recognizer's "
                              "languages are not installed. Type the name.");
    case CardProblem::NoCard:
    case CardProblem::None:
        break;
    }
    return LeadEditor::tr("No business card or badge code was found on this photo. Hold the "
                          "card flat and close, or type the name.");
}

} // namespace

void LeadEditor::startNew(const QString &event)
{
    clearCardMarks();
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
    return readBadgeOnPicture(path, *code);
}

bool LeadEditor::readBadgeOnPicture(const QString &path, const QString &code)
{
    if (!readBadgeCode(code))
        return false;
    // The picture stays with the lead: the badge says more than its code (a title, a stand).
    keepPhoto(path, "badge");
    return true;
}

bool LeadEditor::readBadgeCode(const QString &code)
{
    const auto badge = rapport::interchange::readBadge(code.toStdString());
    if (!badge) {
        setError(tr("The badge's code holds no name (it reads “%1”). Type the name.")
                     .arg(code.left(80)));
        return false;
    }
    const auto fields = rapport::relationship::leadFieldsFromBadge(*badge);
    for (const auto &[key, value] : fields.items())
        setText(QString::fromStdString(key), QString::fromStdString(value.get<std::string>()));
    setError({});
    checkAlreadyKnown();
    return true;
}

void LeadEditor::keepPhoto(const QString &path, const std::string &stem)
{
    const QFileInfo picture(path.trimmed());
    if (auto file = attachmentFromFile(picture.filePath()))
        keepFile(stem + "."
                     + (picture.suffix().isEmpty() ? std::string("jpg")
                                                   : picture.suffix().toLower().toStdString()),
                 std::move(*file));
}

void LeadEditor::readPhoto(const QString &path)
{
    QImageReader reader(path.trimmed());
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    // Decoded and searched once: a badge's code is taken from here, not looked for again.
    if (const auto code = image.isNull() ? std::nullopt : readQrCode(image)) {
        emit cardRead(readBadgeOnPicture(path, *code));
        return;
    }
    readCardImage(path);
}

void LeadEditor::readCardImage(const QString &path)
{
    if (m_readingCard)
        return;
    m_readingCard = true;
    emit readingCardChanged();
    setError({});
    CardReading::shared()->read(
        path.trimmed(), this,
        [this, path](const rapport::cards::CardReading &reading) { fillFromCard(path, reading); });
}

void LeadEditor::fillFromCard(const QString &path, const rapport::cards::CardReading &reading)
{
    m_readingCard = false;
    emit readingCardChanged();
    if (!reading.problem.isEmpty()) {
        setError(cardProblemSentence(reading.kind));
        emit cardRead(false);
        return;
    }
    const auto &card = reading.fields;
    QVariantMap unconfirmed;
    const auto fill = [&](const QString &key, const QString &value, double sureness) {
        if (value.isEmpty())
            return;
        setText(key, value);
        unconfirmed.insert(key, sureness);
    };
    fill(QStringLiteral("name"), card.name.text, card.name.confidence);
    fill(QStringLiteral("company"), card.company.text, card.company.confidence);
    fill(QStringLiteral("title"), card.title.text, card.title.confidence);
    if (!card.emails.isEmpty())
        fill(QStringLiteral("email"), card.emails.first().text, card.emails.first().confidence);
    // The number to call first: the mobile where the card has one.
    const auto mobile = std::find_if(card.phones.begin(), card.phones.end(), [](const auto &p) {
        return p.label == QLatin1String("mobile");
    });
    const auto phone = mobile != card.phones.end() ? mobile : card.phones.begin();
    if (phone != card.phones.end())
        fill(QStringLiteral("phone"), phone->number, phone->confidence);
    // The rest of the card is kept with the lead too: its web site, address and every number.
    if (!card.web.isEmpty())
        setText(QStringLiteral("web"), card.web.text);
    if (!card.address.isEmpty())
        setText(QStringLiteral("address"), card.address.text);
    rapport::Json phones = rapport::Json::array();
    for (const auto &number : card.phones)
        phones.push_back(
            {{"number", number.number.toStdString()}, {"label", number.label.toStdString()}});
    if (card.phones.size() > 1)
        setMember("phones", std::move(phones));
    keepPhoto(path, "card");
    m_unconfirmed = unconfirmed;
    emit unconfirmedChanged();
    checkAlreadyKnown();
    emit cardRead(true);
}

void LeadEditor::confirmField(const QString &key)
{
    if (m_unconfirmed.remove(key) > 0)
        emit unconfirmedChanged();
}

void LeadEditor::clearCardMarks()
{
    if (!m_unconfirmed.isEmpty()) {
        m_unconfirmed.clear();
        emit unconfirmedChanged();
    }
    if (!m_alreadyKnown.isEmpty()) {
        m_alreadyKnown.clear();
        emit alreadyKnownChanged();
    }
}

void LeadEditor::checkAlreadyKnown()
{
    QString known;
    if (session() && session()->ready()) {
        const auto match
            = session()->queries()->personLike(text(QStringLiteral("name")).toStdString(),
                                               {text(QStringLiteral("email")).toStdString()},
                                               {text(QStringLiteral("phone")).toStdString()});
        if (match && *match && (*match)->id != documentId().toStdString()) {
            const auto &person = **match;
            const QString name = QString::fromStdString(person.name);
            if (person.sameWhat == "email")
                known = tr("%1 is in your notebook already: a contact with the same e-mail.")
                            .arg(name);
            else if (person.sameWhat == "phone")
                known = tr("%1 is in your notebook already: a contact with the same phone number.")
                            .arg(name);
            else if (person.type == "lead")
                known = tr("%1 is in your notebook already, as a lead.").arg(name);
            else
                known = tr("%1 is in your notebook already, as a contact.").arg(name);
        }
    }
    if (known != m_alreadyKnown) {
        m_alreadyKnown = known;
        emit alreadyKnownChanged();
    }
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
