// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QColor>

namespace aih::test {

/// A real image encoded by Qt (PNG, JPEG, ICO), filled with one colour.
QByteArray encodedImage(int width, int height, const char* format, QColor fill = QColor(200, 30, 60));
/// A PNG of random pixels: it does not compress, so its size is about width * height * 4.
QByteArray noisePng(int width, int height);
/// A PNG whose header claims another size, with a valid CRC: a decompression bomb's disguise.
QByteArray pngClaimingSize(QByteArray png, quint32 width, quint32 height);
/// Recomputes the CRC of the PNG chunk at `offset` whose data is `length` bytes.
void fixPngCrc(QByteArray& png, int offset, int length);

/// WebP files built from the container and frame header layouts (Qt has no WebP encoder here).
QByteArray losslessWebp(int width, int height);
QByteArray lossyWebp(int width, int height);
QByteArray riffWebp(const QByteArray& chunks);
QByteArray webpChunk(const char* fourcc, const QByteArray& payload);
QByteArray losslessWebpPayload(int width, int height);

} // namespace aih::test
