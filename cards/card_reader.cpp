#include "card_reader.h"

#include "card_photo.h"
#include "field_finder.h"

#include <numeric>

namespace rapport::cards {

namespace {

// How well a reading went: the confidence of its text, weighted by how much text there is.
double quality(const QList<TextLine> &lines)
{
    double letters = 0;
    double weighted = 0;
    for (const TextLine &line : lines) {
        weighted += line.confidence * double(line.text.size());
        letters += double(line.text.size());
    }
    return letters == 0 ? 0 : weighted / letters;
}

// A card, not a photo of something else: a way to reach the person on it, or their name with
// their company.
bool isACard(const CardFields &fields)
{
    return !fields.emails.isEmpty() || !fields.phones.isEmpty()
        || (!fields.name.isEmpty() && !fields.company.isEmpty());
}

} // namespace

CardReading CardReader::read(const QString &path)
{
    const auto photo = loadPhoto(path);
    if (const PhotoProblem *problem = std::get_if<PhotoProblem>(&photo)) {
        CardReading unread;
        unread.problem = problem->text;
        unread.kind = problem->kind;
        return unread;
    }
    return read(std::get<QImage>(photo));
}

QList<TextLine> CardReader::bestLines(const QImage &prepared, bool *upsideDown)
{
    QList<TextLine> lines = m_recognizer.lines(prepared);
    // A card photographed upside down reads as a few low-confidence scraps; turned round, it
    // reads well. Only a doubtful reading is tried the other way round.
    const double confidence = quality(lines);
    *upsideDown = false;
    if (confidence < 0.75) {
        const QImage turned = prepared.mirrored(true, true);
        QList<TextLine> turnedLines = m_recognizer.lines(turned);
        if (quality(turnedLines) > confidence + 0.1) {
            *upsideDown = true;
            return turnedLines;
        }
    }
    return lines;
}

CardReading CardReader::read(const QImage &photo)
{
    CardReading reading;
    if (!m_recognizer.problem().isEmpty()) {
        reading.problem = m_recognizer.problem();
        reading.kind = CardProblem::NoTextModels;
        return reading;
    }
    if (photo.isNull() || photo.width() < 64 || photo.height() < 64) {
        reading.problem = QStringLiteral("This picture is too small to read a card from.");
        reading.kind = CardProblem::TooSmall;
        return reading;
    }
    const PreparedCard prepared = preparedCard(photo);
    reading.lines = bestLines(prepared.image, &reading.readUpsideDown);
    reading.prepared
        = reading.readUpsideDown ? prepared.image.mirrored(true, true) : prepared.image;
    const CardFields fields = findFields(reading.lines);
    if (!isACard(fields)) {
        reading.problem = QStringLiteral("No business card found on this picture: no e-mail, phone "
                                         "number or name with a company on it.");
        reading.kind = CardProblem::NoCard;
        return reading;
    }
    reading.fields = fields;
    return reading;
}

} // namespace rapport::cards
