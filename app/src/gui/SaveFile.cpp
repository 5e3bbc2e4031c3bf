// SPDX-License-Identifier: Apache-2.0
#include "gui/SaveFile.h"

#include <QSaveFile>

namespace aih::console {

std::optional<QString> saveFileAtomically(const QString& fileName, const QByteArray& data)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) < 0 || !file.commit()) {
        return file.errorString();
    }
    return std::nullopt;
}

} // namespace aih::console
