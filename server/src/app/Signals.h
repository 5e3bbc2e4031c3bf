// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace aih::app {

/// Blocks SIGTERM, SIGINT and SIGHUP in the calling thread and every thread it starts later, so
/// that only waitForTerminationSignal() receives them and shutdown runs in one known place.
void blockTerminationSignals();
void waitForTerminationSignal();

} // namespace aih::app
