// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>

namespace aih::metering {

/// How long the fine-grained rollups are kept (day rollups are kept for good). The metering
/// flush deletes older rows; analytics refuse to answer from what is no longer there.
inline constexpr std::int64_t minuteRetentionSeconds = 48 * 3600;
inline constexpr std::int64_t hourRetentionSeconds = 400 * 86400;

} // namespace aih::metering
