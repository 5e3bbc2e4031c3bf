// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace aih::console {

/// How long a copied secret stays on the clipboard before the console clears it.
constexpr int secretClipboardSeconds = 60;

/// Copies a secret (an API key, a token) and takes it back after secretClipboardSeconds unless
/// something else was copied meanwhile: a secret left there leaks into every later paste.
void copySecret(const QString& secret);

} // namespace aih::console
