#include "app/demo_pictures.h"

#include <QBuffer>
#include <QFont>
#include <QImage>
#include <QPainter>

std::string businessCardPhoto(const QString &name, const QString &company, const QString &phone,
                              const QString &email)
{
    // A card on a grey table, a little off square, as one is photographed.
    QImage photo(1200, 800, QImage::Format_RGB32);
    photo.fill(QColor(0x8a, 0x8f, 0x96));
    QPainter painter(&photo);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(600, 400);
    painter.rotate(-4);
    const QRect card(-450, -260, 900, 520);
    painter.fillRect(card.translated(12, 14), QColor(0, 0, 0, 60));
    painter.fillRect(card, QColor(0xfb, 0xfa, 0xf6));
    painter.fillRect(QRect(card.left(), card.top(), 24, card.height()), QColor(0x1f, 0x5f, 0xbf));
    QFont font(QStringLiteral("Sans"));
    font.setPixelSize(54);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(QColor(0x1b, 0x1f, 0x24));
    painter.drawText(card.adjusted(80, 70, -40, 0), Qt::AlignLeft | Qt::AlignTop, name);
    font.setPixelSize(36);
    font.setBold(false);
    painter.setFont(font);
    painter.setPen(QColor(0x5b, 0x64, 0x70));
    painter.drawText(card.adjusted(80, 150, -40, 0), Qt::AlignLeft | Qt::AlignTop, company);
    painter.drawText(card.adjusted(80, 330, -40, 0), Qt::AlignLeft | Qt::AlignTop, phone);
    painter.drawText(card.adjusted(80, 390, -40, 0), Qt::AlignLeft | Qt::AlignTop, email);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    photo.save(&buffer, "JPEG", 85);
    return bytes.toStdString();
}
