// SPDX-License-Identifier: Apache-2.0
#include "Totp.h"

#include <QDateTime>
#include <QProcess>
#include <stdexcept>

namespace aih::test {

QString totpCode(const QString& base32Secret, int stepsAhead)
{
    const auto at = QDateTime::currentSecsSinceEpoch() + 30LL * stepsAhead;
    QProcess oathtool;
    oathtool.start("oathtool", {"--totp", "--base32", base32Secret, "--now", "@" + QString::number(at)});
    if (!oathtool.waitForFinished(5000) || oathtool.exitCode() != 0) {
        throw std::runtime_error("oathtool failed: " + oathtool.readAllStandardError().toStdString());
    }
    return QString::fromUtf8(oathtool.readAllStandardOutput()).trimmed();
}

} // namespace aih::test
