// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace aih::test {

/// The code an authenticator app shows for `base32Secret`, `stepsAhead` 30-second steps from
/// now, made by oath-toolkit's `oathtool`: an implementation that is not the server's own.
QString totpCode(const QString& base32Secret, int stepsAhead = 0);

} // namespace aih::test
