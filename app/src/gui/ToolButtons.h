// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QToolButton;

namespace aih::console {

/// A page's toolbar button as every page shows one: named (for tests and settings), with its
/// icon and its text beside it.
void setUpToolButton(QToolButton* button, const char* name, const QString& text, const char* iconName);

} // namespace aih::console
