// SPDX-License-Identifier: Apache-2.0
#include "gui/QrCode.h"

#include <memory>
#include <qrencode.h>

namespace aih::console {

QImage qrCode(const QString& text, int moduleSize)
{
    const auto utf8 = text.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code) {
        return {};
    }
    constexpr int quietZone = 4;
    const int modules = code->width + 2 * quietZone;
    QImage image(modules * moduleSize, modules * moduleSize, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            // Bit 0 of each byte is the module's colour; the other bits describe its role.
            if ((code->data[y * code->width + x] & 1) == 0) {
                continue;
            }
            for (int dy = 0; dy < moduleSize; ++dy) {
                for (int dx = 0; dx < moduleSize; ++dx) {
                    image.setPixel((x + quietZone) * moduleSize + dx, (y + quietZone) * moduleSize + dy,
                                   0xff000000);
                }
            }
        }
    }
    return image;
}

} // namespace aih::console
