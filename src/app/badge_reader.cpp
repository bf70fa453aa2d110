#include "app/badge_reader.h"

#define ZX_USE_UTF8 1 // zxing-cpp 1.4: Result::text() as UTF-8, the form it is moving to
#include <ZXing/ReadBarcode.h>

std::optional<QString> readQrCode(const QImage &image)
{
    if (image.isNull())
        return std::nullopt;
    // One byte a pixel: zxing reads luminance, and a grey copy is cheap beside the decoding.
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(),
                                ZXing::ImageFormat::Lum, static_cast<int>(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode | ZXing::BarcodeFormat::DataMatrix
                     | ZXing::BarcodeFormat::Aztec | ZXing::BarcodeFormat::PDF417);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    const auto result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return std::nullopt;
    return QString::fromStdString(result.text());
}
