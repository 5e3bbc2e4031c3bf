// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>

namespace aih::http {

/// Echoes a client's X-Request-ID when it is a sane token (1..128 of [A-Za-z0-9._-]), so log
/// lines can be joined across services; otherwise generates a fresh random one.
std::string requestIdFor(std::string_view offered);

} // namespace aih::http
