#pragma once

#include <QImage>
#include <QString>
#include <optional>

// The text of the QR code on a picture of a trade-show badge (a photo, a screenshot, a scan),
// read with zxing-cpp. Nothing when the picture holds no readable code.
std::optional<QString> readQrCode(const QImage &image);
