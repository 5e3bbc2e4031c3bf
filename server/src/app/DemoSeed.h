// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <filesystem>
#include <string>

namespace aih::app {

struct Components;

/// `--demo`: a tenant `demo` (enterprise tier) with an admin, created once, printed at start.
void seedDemoTenant(Components& components);
/// A random signing key kept in the data directory (mode 0600), so demo sign-ins survive restarts.
std::string demoSecretKey(const std::filesystem::path& dataDir);

} // namespace aih::app
