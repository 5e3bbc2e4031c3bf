// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace aih::console {

/// Writes `data` to `fileName` atomically (QSaveFile: a failure leaves any old file as it was).
/// Returns why it failed, or nothing when the file is written.
std::optional<QString> saveFileAtomically(const QString& fileName, const QByteArray& data);

} // namespace aih::console
