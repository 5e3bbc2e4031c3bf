// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QIcon>

namespace aih::console {

/// An icon from resources/icons (SVG, sharp at every scale factor).
QIcon icon(const QString& name);

} // namespace aih::console
