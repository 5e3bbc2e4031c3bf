// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/Config.h"

namespace aih::app {

/// Wires the server's parts together from the configuration and runs the chosen command.
/// Returns the process exit code.
int run(config::Config config);

} // namespace aih::app
