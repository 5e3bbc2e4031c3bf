// SPDX-License-Identifier: Apache-2.0
#include "TestImages.h"

#include <Poco/Checksum.h>
#include <QBuffer>
#include <QImage>
#include <QRandomGenerator>
#include <stdexcept>

namespace aih::test {
namespace {

QByteArray le32(quint32 value)
{
    QByteArray out;
    for (int i = 0; i < 4; ++i) {
        out.append(static_cast<char>((value >> (8 * i)) & 0xFF));
    }
    return out;
}

QByteArray encode(const QImage& image, const char* format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format)) {
        throw std::runtime_error(std::string("Qt cannot encode ") + format);
    }
    return bytes;
}

} // namespace

QByteArray encodedImage(int width, int height, const char* format, QColor fill)
{
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(fill);
    return encode(image, format);
}

QByteArray noisePng(int width, int height)
{
    QImage image(width, height, QImage::Format_ARGB32);
    auto* random = QRandomGenerator::global();
    for (int y = 0; y < height; ++y) {
        auto* line = reinterpret_cast<quint32*>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            line[x] = random->generate();
        }
    }
    return encode(image, "PNG");
}

void fixPngCrc(QByteArray& png, int offset, int length)
{
    Poco::Checksum checksum(Poco::Checksum::TYPE_CRC32);
    checksum.update(png.constData() + offset + 4, static_cast<unsigned>(length + 4));
    const auto crc = checksum.checksum();
    for (int i = 0; i < 4; ++i) {
        png[offset + 8 + length + i] = static_cast<char>((crc >> (24 - 8 * i)) & 0xFF);
    }
}

QByteArray pngClaimingSize(QByteArray png, quint32 width, quint32 height)
{
    for (int i = 0; i < 4; ++i) {
        png[16 + i] = static_cast<char>((width >> (24 - 8 * i)) & 0xFF);
        png[20 + i] = static_cast<char>((height >> (24 - 8 * i)) & 0xFF);
    }
    fixPngCrc(png, 8, 13);
    return png;
}

QByteArray riffWebp(const QByteArray& chunks)
{
    return "RIFF" + le32(static_cast<quint32>(chunks.size() + 4)) + "WEBP" + chunks;
}

QByteArray webpChunk(const char* fourcc, const QByteArray& payload)
{
    auto out = QByteArray(fourcc, 4) + le32(static_cast<quint32>(payload.size())) + payload;
    return payload.size() % 2 ? out + '\0' : out;
}

QByteArray losslessWebpPayload(int width, int height)
{
    const auto bits = static_cast<quint32>((width - 1) | ((height - 1) << 14));
    return QByteArray("\x2f", 1) + le32(bits) + QByteArray("\x00\x07\x10\x11\x11\x88", 6);
}

QByteArray losslessWebp(int width, int height)
{
    return riffWebp(webpChunk("VP8L", losslessWebpPayload(width, height)));
}

QByteArray lossyWebp(int width, int height)
{
    QByteArray payload("\x30\x01\x00\x9d\x01\x2a", 6);
    payload.append(static_cast<char>(width & 0xFF)).append(static_cast<char>(width >> 8));
    payload.append(static_cast<char>(height & 0xFF)).append(static_cast<char>(height >> 8));
    return riffWebp(webpChunk("VP8 ", payload + QByteArray(8, '\x11')));
}

} // namespace aih::test
