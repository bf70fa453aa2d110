#include "card_photo.h"

#include <QImageReader>
#include <QPainter>
#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <vector>

namespace rapport::cards {

namespace {

// The long side a photo is decoded to at most, and the width the card is read at: small print
// (7 pt) then stands some 20 pixels tall, where the recognizer is at its best.
constexpr int decodedLongSide = 2400;
constexpr int readingWidth = 1500;
// The size the card is looked for at: large enough for a text line, small enough to be quick.
constexpr int searchLongSide = 640;

QImage grey(const QImage &image)
{
    return image.format() == QImage::Format_Grayscale8
        ? image
        : image.convertToFormat(QImage::Format_Grayscale8);
}

QImage scaledToLongSide(const QImage &image, int longSide, Qt::TransformationMode mode)
{
    if (image.width() >= image.height()) {
        return image.scaledToWidth(longSide, mode);
    }
    return image.scaledToHeight(longSide, mode);
}

int otsuThreshold(const QImage &image)
{
    std::array<double, 256> histogram {};
    for (int y = 0; y < image.height(); ++y) {
        const uchar *row = image.constScanLine(y);
        for (int x = 0; x < image.width(); ++x) {
            histogram[row[x]] += 1;
        }
    }
    const double total = double(image.width()) * image.height();
    double sumAll = 0;
    for (int i = 0; i < 256; ++i) {
        sumAll += i * histogram[i];
    }
    double weightBelow = 0;
    double sumBelow = 0;
    double best = -1;
    int threshold = 128;
    for (int t = 0; t < 256; ++t) {
        weightBelow += histogram[t];
        if (weightBelow == 0 || weightBelow == total) {
            continue;
        }
        sumBelow += t * histogram[t];
        const double meanBelow = sumBelow / weightBelow;
        const double meanAbove = (sumAll - sumBelow) / (total - weightBelow);
        const double between = weightBelow * (total - weightBelow) * (meanBelow - meanAbove)
            * (meanBelow - meanAbove);
        if (between > best) {
            best = between;
            threshold = t;
        }
    }
    return threshold;
}

// The table around the card: the pixels that reach the photo's edge through pixels of about
// the colour where they started there (a table's shading changes slowly). Never the card: its
// paper is no table's colour, and a coloured band printed to the card's edge is not either,
// though it may be as dark. 255 where background.
QImage backgroundOf(const QImage &colour)
{
    const QImage image = colour.convertToFormat(QImage::Format_RGB32);
    const int width = image.width();
    const int height = image.height();
    QImage background(width, height, QImage::Format_Grayscale8);
    background.fill(0);
    constexpr int tolerance = 48 * 48; // squared distance in RGB
    struct Reach
    {
        int x;
        int y;
        QRgb seed;
    };
    std::vector<Reach> stack;
    const auto visit = [&](int x, int y, QRgb seed) {
        if (background.constScanLine(y)[x] != 0) {
            return;
        }
        const QRgb pixel = reinterpret_cast<const QRgb *>(image.constScanLine(y))[x];
        const int dr = qRed(pixel) - qRed(seed);
        const int dg = qGreen(pixel) - qGreen(seed);
        const int db = qBlue(pixel) - qBlue(seed);
        if (dr * dr + dg * dg + db * db <= tolerance) {
            background.scanLine(y)[x] = 255;
            stack.push_back({x, y, seed});
        }
    };
    const auto at = [&](int x, int y) {
        return reinterpret_cast<const QRgb *>(image.constScanLine(y))[x];
    };
    // The table is what most of the photo's edge shows: a card reaching the edge is not seeded.
    const int threshold = otsuThreshold(grey(image));
    const auto seedAt = [&](int x, int y) {
        if (qGray(at(x, y)) <= threshold) {
            visit(x, y, at(x, y));
        }
    };
    for (int x = 0; x < width; ++x) {
        seedAt(x, 0);
        seedAt(x, height - 1);
    }
    for (int y = 0; y < height; ++y) {
        seedAt(0, y);
        seedAt(width - 1, y);
    }
    while (!stack.empty()) {
        const Reach reach = stack.back();
        stack.pop_back();
        if (reach.x > 0) {
            visit(reach.x - 1, reach.y, reach.seed);
        }
        if (reach.x + 1 < width) {
            visit(reach.x + 1, reach.y, reach.seed);
        }
        if (reach.y > 0) {
            visit(reach.x, reach.y - 1, reach.seed);
        }
        if (reach.y + 1 < height) {
            visit(reach.x, reach.y + 1, reach.seed);
        }
    }
    return background;
}

// The table's colour: the median of the photo's edge in each channel.
QColor tableColour(const QImage &colour)
{
    const QImage image = colour.convertToFormat(QImage::Format_RGB32);
    std::array<std::vector<int>, 3> channels;
    const auto add = [&](int x, int y) {
        const QRgb pixel = reinterpret_cast<const QRgb *>(image.constScanLine(y))[x];
        channels[0].push_back(qRed(pixel));
        channels[1].push_back(qGreen(pixel));
        channels[2].push_back(qBlue(pixel));
    };
    for (int x = 0; x < image.width(); ++x) {
        add(x, 0);
        add(x, image.height() - 1);
    }
    std::array<int, 3> medians {};
    for (size_t c = 0; c < 3; ++c) {
        std::nth_element(channels[c].begin(), channels[c].begin() + channels[c].size() / 2,
                         channels[c].end());
        medians[c] = channels[c][channels[c].size() / 2];
    }
    return QColor(medians[0], medians[1], medians[2]);
}

// Where the card is: the box around what is not background, or the whole picture where the
// background is most of it (nothing found) or none of it (the card fills the photo).
QRect cardBox(const QImage &background)
{
    int left = background.width();
    int right = -1;
    int top = background.height();
    int bottom = -1;
    qint64 card = 0;
    for (int y = 0; y < background.height(); ++y) {
        const uchar *row = background.constScanLine(y);
        for (int x = 0; x < background.width(); ++x) {
            if (row[x] == 0) {
                ++card;
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
    }
    const qint64 all = qint64(background.width()) * background.height();
    if (right < 0 || card < all / 10) {
        return background.rect();
    }
    return QRect(QPoint(left, top), QPoint(right, bottom));
}

double radians(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}

// How sharply the dark pixels fall into rows when the picture is turned by `degrees`: the
// sum of squares of the rows' counts, largest where the text lines are level.
double rowSharpness(const std::vector<std::pair<int, int>> &dark, double degrees, int height)
{
    const double sine = std::sin(radians(degrees));
    const double cosine = std::cos(radians(degrees));
    const int span = 3 * height;
    std::vector<int> rows(size_t(span), 0);
    for (const auto &[x, y] : dark) {
        const int row = int(std::lround(y * cosine - x * sine)) + height;
        if (row >= 0 && row < span) {
            ++rows[size_t(row)];
        }
    }
    double sharpness = 0;
    for (const int count : rows) {
        sharpness += double(count) * count;
    }
    return sharpness;
}

// Light evened out: each pixel divided by the paper's brightness around it (the brightest
// nearby, blurred), so that a shadow across the card leaves the text as dark as elsewhere.
QImage evenedLight(const QImage &image)
{
    constexpr int block = 24;
    const int columns = (image.width() + block - 1) / block;
    const int rows = (image.height() + block - 1) / block;
    QImage paper(columns, rows, QImage::Format_Grayscale8);
    for (int by = 0; by < rows; ++by) {
        for (int bx = 0; bx < columns; ++bx) {
            int brightest = 0;
            for (int y = by * block; y < std::min(image.height(), (by + 1) * block); ++y) {
                const uchar *row = image.constScanLine(y);
                for (int x = bx * block; x < std::min(image.width(), (bx + 1) * block); ++x) {
                    brightest = std::max(brightest, int(row[x]));
                }
            }
            paper.scanLine(by)[bx] = uchar(brightest);
        }
    }
    // A block wholly inside a large letter or a logo has no paper in it: take its neighbours'.
    QImage widened = paper;
    for (int by = 0; by < rows; ++by) {
        for (int bx = 0; bx < columns; ++bx) {
            int brightest = 0;
            for (int dy = -1; dy <= 1; ++dy) {
                for (int dx = -1; dx <= 1; ++dx) {
                    const int x = std::clamp(bx + dx, 0, columns - 1);
                    const int y = std::clamp(by + dy, 0, rows - 1);
                    brightest = std::max(brightest, int(paper.constScanLine(y)[x]));
                }
            }
            widened.scanLine(by)[bx] = uchar(brightest);
        }
    }
    const QImage light
        = widened.scaled(image.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QImage evened(image.size(), QImage::Format_Grayscale8);
    std::array<int, 256> histogram {};
    for (int y = 0; y < image.height(); ++y) {
        const uchar *source = image.constScanLine(y);
        const uchar *paperRow = light.constScanLine(y);
        uchar *target = evened.scanLine(y);
        for (int x = 0; x < image.width(); ++x) {
            const int value = std::min(255, source[x] * 255 / std::max(1, int(paperRow[x])));
            target[x] = uchar(value);
            ++histogram[size_t(value)];
        }
    }
    // Contrast: the darkest 1% to black, so that grey print on a faded photo reads as ink.
    const qint64 darkest = qint64(image.width()) * image.height() / 100;
    qint64 seen = 0;
    int black = 0;
    while (black < 200 && seen + histogram[size_t(black)] < darkest) {
        seen += histogram[size_t(black)];
        ++black;
    }
    if (black > 0) {
        for (int y = 0; y < evened.height(); ++y) {
            uchar *row = evened.scanLine(y);
            for (int x = 0; x < evened.width(); ++x) {
                row[x] = uchar(std::clamp((row[x] - black) * 255 / (255 - black), 0, 255));
            }
        }
    }
    return evened;
}

// Light text on a coloured band or a dark panel ("Kelbrix GmbH" in white across the top):
// made dark on light, as the rest of the card. A band is where the typical shade of a block
// (its median: text covers less than half of it) is well below the paper's around it; a
// shadow across the card never darkens so much within a few blocks.
void invertBands(QImage &image)
{
    constexpr int block = 64;
    constexpr int reach = 3; // blocks each way: wider than half a band is tall
    const int columns = (image.width() + block - 1) / block;
    const int rows = (image.height() + block - 1) / block;
    std::vector<int> medians(size_t(columns * rows));
    for (int by = 0; by < rows; ++by) {
        for (int bx = 0; bx < columns; ++bx) {
            std::array<int, 256> histogram {};
            int count = 0;
            for (int y = by * block; y < std::min(image.height(), (by + 1) * block); y += 2) {
                const uchar *row = image.constScanLine(y);
                for (int x = bx * block; x < std::min(image.width(), (bx + 1) * block); x += 2) {
                    ++histogram[row[x]];
                    ++count;
                }
            }
            int seen = 0;
            int median = 0;
            while (median < 255 && seen + histogram[size_t(median)] <= count / 2) {
                seen += histogram[size_t(median)];
                ++median;
            }
            medians[size_t(by * columns + bx)] = median;
        }
    }
    for (int by = 0; by < rows; ++by) {
        for (int bx = 0; bx < columns; ++bx) {
            int paper = 0;
            for (int y = std::max(0, by - reach); y <= std::min(rows - 1, by + reach); ++y) {
                for (int x = std::max(0, bx - reach); x <= std::min(columns - 1, bx + reach); ++x) {
                    paper = std::max(paper, medians[size_t(y * columns + x)]);
                }
            }
            if (medians[size_t(by * columns + bx)] >= paper * 7 / 10) {
                continue;
            }
            for (int y = by * block; y < std::min(image.height(), (by + 1) * block); ++y) {
                uchar *row = image.scanLine(y);
                for (int x = bx * block; x < std::min(image.width(), (bx + 1) * block); ++x) {
                    row[x] = uchar(255 - row[x]);
                }
            }
        }
    }
}

QImage rotated(const QImage &image, double degrees, const QColor &fill)
{
    if (std::abs(degrees) < 0.05) {
        return image;
    }
    QImage canvas(image.size(), QImage::Format_RGB32);
    canvas.fill(fill);
    QPainter painter(&canvas);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.translate(image.width() / 2.0, image.height() / 2.0);
    painter.rotate(-degrees);
    painter.translate(-image.width() / 2.0, -image.height() / 2.0);
    painter.drawImage(0, 0, image);
    painter.end();
    return canvas;
}

} // namespace

std::variant<QImage, PhotoProblem> loadPhoto(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true); // a phone's photo says which way up it was taken
    const QSize size = reader.size();
    if (!reader.canRead() || !size.isValid()) {
        return PhotoProblem {CardProblem::NotAPicture,
                             QStringLiteral("This file is not a picture.")};
    }
    if (size.width() < 64 || size.height() < 64) {
        return PhotoProblem {CardProblem::TooSmall,
                             QStringLiteral("This picture is too small to read a card from.")};
    }
    if (std::max(size.width(), size.height()) > decodedLongSide) {
        reader.setScaledSize(size.scaled(decodedLongSide, decodedLongSide, Qt::KeepAspectRatio));
    }
    QImage image = reader.read();
    if (image.isNull()) {
        return PhotoProblem {
            CardProblem::Unreadable,
            QStringLiteral("This picture cannot be read: %1").arg(reader.errorString())};
    }
    return image;
}

double textSlope(const QImage &greyImage, const QImage &isBackground)
{
    const int threshold = otsuThreshold(greyImage);
    std::vector<std::pair<int, int>> dark;
    for (int y = 0; y < greyImage.height(); ++y) {
        const uchar *row = greyImage.constScanLine(y);
        const uchar *background = isBackground.constScanLine(y);
        for (int x = 0; x < greyImage.width(); ++x) {
            if (row[x] <= threshold && background[x] == 0) {
                dark.emplace_back(x, y);
            }
        }
    }
    if (dark.size() < 50) {
        return 0;
    }
    double best = 0;
    double bestSharpness = -1;
    for (double degrees = -15; degrees <= 15; degrees += 1) {
        const double sharpness = rowSharpness(dark, degrees, greyImage.height());
        if (sharpness > bestSharpness) {
            bestSharpness = sharpness;
            best = degrees;
        }
    }
    const double coarse = best;
    for (double degrees = coarse - 0.9; degrees <= coarse + 0.9; degrees += 0.1) {
        const double sharpness = rowSharpness(dark, degrees, greyImage.height());
        if (sharpness > bestSharpness) {
            bestSharpness = sharpness;
            best = degrees;
        }
    }
    return best;
}

PreparedCard preparedCard(const QImage &photo)
{
    PreparedCard prepared;
    QImage colour = scaledToLongSide(
                        photo, std::min(decodedLongSide, std::max(photo.width(), photo.height())),
                        Qt::SmoothTransformation)
                        .convertToFormat(QImage::Format_RGB32);

    // Straighten: the slope of the text on the card (the table around it left out).
    QImage small = scaledToLongSide(colour, searchLongSide, Qt::SmoothTransformation);
    const QColor table = tableColour(small);
    prepared.straightenedByDegrees = textSlope(grey(small), backgroundOf(small));
    colour = rotated(colour, prepared.straightenedByDegrees, table);

    // Cut out the card, now level, and paint what is left of the table white.
    small = scaledToLongSide(colour, searchLongSide, Qt::SmoothTransformation);
    const QImage levelBackground = backgroundOf(small);
    const QRect box = cardBox(levelBackground);
    prepared.foundCardEdges = box != levelBackground.rect();
    QImage image = grey(colour);
    const double scale = double(image.width()) / small.width();
    for (int y = 0; y < image.height(); ++y) {
        const uchar *mask
            = levelBackground.constScanLine(std::min(small.height() - 1, int(y / scale)));
        uchar *row = image.scanLine(y);
        for (int x = 0; x < image.width(); ++x) {
            if (mask[std::min(small.width() - 1, int(x / scale))] != 0) {
                row[x] = 255;
            }
        }
    }
    const QRect fullBox(
        QPoint(int(box.left() * scale), int(box.top() * scale)),
        QPoint(int((box.right() + 1) * scale) - 1, int((box.bottom() + 1) * scale) - 1));
    image = image.copy(fullBox.intersected(image.rect()));

    // Light text on a dark card: made dark on light, as the recognizer expects.
    qint64 sum = 0;
    for (int y = 0; y < image.height(); ++y) {
        const uchar *row = image.constScanLine(y);
        for (int x = 0; x < image.width(); ++x) {
            sum += row[x];
        }
    }
    if (sum < qint64(image.width()) * image.height() * 110) {
        image.invertPixels();
    }
    image = image.scaledToWidth(readingWidth, Qt::SmoothTransformation);
    invertBands(image);
    prepared.image = evenedLight(image);
    return prepared;
}

} // namespace rapport::cards
