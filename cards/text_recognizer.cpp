#include "text_recognizer.h"

#include <algorithm>
#include <leptonica/allheaders.h>
#include <omp.h>
#include <optional>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

namespace rapport::cards {

namespace {

struct Word
{
    QString text;
    double confidence;
    QRect box;
};

int gapBetween(const Word &left, const Word &right)
{
    return right.box.left() - left.box.right();
}

// A logo beside a company's name reads as a word or two of scraps ("OÖ", "=", "A"): a word of
// no letters, or a short one the recognizer doubts or that stands apart from the line, at
// either end of a line, is left out.
bool isScrap(const Word &word, const Word *neighbour)
{
    const qsizetype letters = std::count_if(word.text.begin(), word.text.end(),
                                            [](QChar c) { return c.isLetterOrNumber(); });
    if (word.text.isEmpty() || letters == 0) {
        return true;
    }
    if (word.text.size() > 3) {
        return false;
    }
    if (word.confidence < 0.6) {
        return true;
    }
    // A label before its number ("T    030 1234") stands apart and is no scrap.
    if (neighbour == nullptr || neighbour->text.isEmpty() || neighbour->text.front().isDigit()
        || neighbour->text.front() == QLatin1Char('+')) {
        return false;
    }
    const int gap = neighbour->box.left() > word.box.left() ? gapBetween(word, *neighbour)
                                                            : gapBetween(*neighbour, word);
    return gap > neighbour->box.height();
}

std::optional<TextLine> lineOf(QList<Word> words)
{
    while (!words.isEmpty() && isScrap(words.first(), words.size() > 1 ? &words.at(1) : nullptr)) {
        words.removeFirst();
    }
    while (!words.isEmpty()
           && isScrap(words.last(), words.size() > 1 ? &words.at(words.size() - 2) : nullptr)) {
        words.removeLast();
    }
    if (words.isEmpty()) {
        return std::nullopt;
    }
    TextLine line;
    QStringList texts;
    double weighted = 0;
    double letters = 0;
    for (const Word &word : words) {
        texts.append(word.text);
        weighted += word.confidence * double(word.text.size());
        letters += double(word.text.size());
        line.box = line.box.isNull() ? word.box : line.box.united(word.box);
    }
    line.text = texts.join(QLatin1Char(' '));
    line.confidence = weighted / letters;
    return line;
}

// Two columns side by side can come out as one line ("Kelbrix GmbH   20457 Hamburg"): words
// further apart than three times the text's height are two lines.
QList<QList<Word>> columnsOf(const QList<Word> &words)
{
    QList<QList<Word>> parts;
    for (const Word &word : words) {
        if (parts.isEmpty()) {
            parts.append({word});
            continue;
        }
        const Word &previous = parts.last().last();
        const int height = std::max(previous.box.height(), word.box.height());
        if (gapBetween(previous, word) > 3 * height) {
            parts.append({word});
        } else {
            parts.last().append(word);
        }
    }
    return parts;
}

} // namespace

TextRecognizer::TextRecognizer() : m_api(std::make_unique<tesseract::TessBaseAPI>())
{
    // Leptonica reports what it copes with on standard error ("box outside rectangle"): a card
    // reader says what went wrong in its own words, where it matters.
    setMsgSeverity(L_SEVERITY_NONE);
    // German first: its model knows the umlauts and ß, and English words read as well.
    if (m_api->Init(nullptr, "deu+eng", tesseract::OEM_LSTM_ONLY) != 0) {
        m_problem = QStringLiteral(
            "The text recognizer's language models are missing (Tesseract's German and English).");
        m_api.reset();
        return;
    }
    // A card is text scattered over a page, not a column of paragraphs.
    m_api->SetPageSegMode(tesseract::PSM_SPARSE_TEXT);
    // The prepared card is about 450 dots to the inch; saying so spares an estimate and its
    // line on standard error.
    m_api->SetVariable("user_defined_dpi", "450");
    // The preparation has made the text dark on light: no second, inverted try of each line.
    m_api->SetVariable("tessedit_do_invert", "0");
    m_api->SetVariable("debug_file", "/dev/null");
}

TextRecognizer::~TextRecognizer()
{
    if (m_api) {
        m_api->End();
    }
}

QList<TextLine> TextRecognizer::lines(const QImage &image)
{
    QList<TextLine> found;
    if (!m_api || image.isNull()) {
        return found;
    }
    const QImage grey = image.format() == QImage::Format_Grayscale8
        ? image
        : image.convertToFormat(QImage::Format_Grayscale8);
    // Debian builds Tesseract with OpenMP, which asks for up to ten threads that wait for work
    // by spinning: on two cores a card took 1 s so and 0.33 s with OpenMP told to fit its
    // threads to the cores that are free (card_bench). OpenMP's settings are per thread: set
    // here, on the thread that reads.
    omp_set_dynamic(1);
    m_api->SetImage(grey.constBits(), grey.width(), grey.height(), 1, int(grey.bytesPerLine()));
    if (m_api->Recognize(nullptr) != 0) {
        m_api->Clear();
        return found;
    }
    QList<QList<Word>> lineWords;
    std::unique_ptr<tesseract::ResultIterator> word(m_api->GetIterator());
    if (word && !word->Empty(tesseract::RIL_WORD)) {
        do {
            const std::unique_ptr<char[]> text(word->GetUTF8Text(tesseract::RIL_WORD));
            if (!text) {
                continue;
            }
            if (lineWords.isEmpty() || word->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
                lineWords.append(QList<Word>());
            }
            int left = 0;
            int top = 0;
            int right = 0;
            int bottom = 0;
            word->BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom);
            lineWords.last().append(Word {QString::fromUtf8(text.get()).trimmed(),
                                          word->Confidence(tesseract::RIL_WORD) / 100.0,
                                          QRect(QPoint(left, top), QPoint(right - 1, bottom - 1))});
        } while (word->Next(tesseract::RIL_WORD));
    }
    m_api->Clear();
    for (const QList<Word> &words : lineWords) {
        for (const QList<Word> &column : columnsOf(words)) {
            if (const std::optional<TextLine> line = lineOf(column)) {
                found.append(*line);
            }
        }
    }
    // Top to bottom, the order a person reads the card in.
    std::stable_sort(found.begin(), found.end(), [](const TextLine &a, const TextLine &b) {
        return a.box.center().y() < b.box.center().y();
    });
    return found;
}

} // namespace rapport::cards
