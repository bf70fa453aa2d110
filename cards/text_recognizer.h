#pragma once

#include "card_fields.h"

#include <QImage>
#include <QList>
#include <QString>
#include <memory>

namespace tesseract {
class TessBaseAPI;
}

// Tesseract's LSTM recognizer with the English and German models (Debian's
// tesseract-ocr-eng and -deu), through its C++ API: the lines of text on a prepared card.
// One recognizer serves one thread at a time; it is slow to make (the models load), so keep
// it for the next card.
namespace rapport::cards {

class TextRecognizer
{
public:
    TextRecognizer();
    ~TextRecognizer();
    TextRecognizer(const TextRecognizer &) = delete;
    TextRecognizer &operator=(const TextRecognizer &) = delete;

    // Empty where the models could be loaded; else what is missing, for the user.
    QString problem() const { return m_problem; }

    // The lines on a Grayscale8 picture, top to bottom, with the mean confidence of their
    // words (0 to 1).
    QList<TextLine> lines(const QImage &image);

private:
    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    QString m_problem;
};

} // namespace rapport::cards
