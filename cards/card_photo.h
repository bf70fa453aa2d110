#pragma once

#include <QImage>
#include <QString>
#include <variant>

// A photo of a business card made ready for the text recognizer: grey, the card cut out of the
// table it lies on, turned straight (up to 15 degrees either way), light evened out and
// contrast stretched, light text on a dark card made dark on light, and scaled so that its
// small print is as tall as the recognizer reads best.
namespace rapport::cards {

// Why a photo gave no card, for the app to say in the user's language.
enum class CardProblem { None, NotAPicture, TooSmall, Unreadable, NoCard, NoTextModels };

struct PhotoProblem
{
    CardProblem kind;
    QString text; // in English, for the command line and logs
};

// A photo from a file, decoded at most as large as the reader needs: a 50-megapixel photo is
// scaled while it is decoded, never held whole. The reason where the file is no picture.
std::variant<QImage, PhotoProblem> loadPhoto(const QString &path);

struct PreparedCard
{
    QImage image; // Grayscale8
    double straightenedByDegrees = 0;
    bool foundCardEdges = false; // the card lay on something darker and was cut out
};

PreparedCard preparedCard(const QImage &photo);

// The angle (degrees, within +-15) by which the text of a grey picture's dark pixels slopes:
// rotating the picture by minus it makes the lines level. Exposed for its test.
double textSlope(const QImage &grey, const QImage &isBackground);

} // namespace rapport::cards
