#pragma once

#include "card_fields.h"
#include "card_photo.h"
#include "text_recognizer.h"

#include <QImage>
#include <QString>

// A business card's photo to its fields, offline: the photo prepared (card_photo), its text
// recognized (text_recognizer), the fields found (field_finder). Slow (about a second): call it
// off the UI thread. One reader serves one thread at a time.
namespace rapport::cards {

struct CardReading
{
    CardFields fields;
    // Empty where a card was read; else why not, in English ("This file is not a picture.");
    // `kind` says which, for the app to say it in the user's language. Where there is a
    // problem the fields are empty: nothing half-filled.
    QString problem;
    CardProblem kind = CardProblem::None;
    // The recognized lines, for a person checking what the reader saw.
    QList<TextLine> lines;
    bool readUpsideDown = false;
    // The photo as the recognizer saw it (grey, straightened, cut out), for a person checking.
    QImage prepared;
};

class CardReader
{
public:
    CardReading read(const QString &path);
    CardReading read(const QImage &photo);

private:
    QList<TextLine> bestLines(const QImage &prepared, bool *upsideDown);

    TextRecognizer m_recognizer;
};

} // namespace rapport::cards
