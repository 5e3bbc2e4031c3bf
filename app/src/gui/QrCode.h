// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QImage>
#include <QString>

namespace aih::console {

/// `text` as a QR code (libqrencode, error correction M), `moduleSize` pixels per module and a
/// four-module quiet zone, black on white; a null image if the text does not fit a QR code.
QImage qrCode(const QString& text, int moduleSize = 6);

} // namespace aih::console
