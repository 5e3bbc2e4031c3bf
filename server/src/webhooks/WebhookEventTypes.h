// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <span>
#include <string_view>

namespace aih::webhooks {

/// The event types a tenant's endpoint can subscribe to: each one is published by the change
/// that causes it. `*` subscribes to every type, those added later included.
std::span<const std::string_view> eventTypes();
bool isEventType(std::string_view type);

} // namespace aih::webhooks
