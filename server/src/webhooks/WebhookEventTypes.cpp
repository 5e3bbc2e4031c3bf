// SPDX-License-Identifier: Apache-2.0
#include "webhooks/WebhookEventTypes.h"

#include <algorithm>
#include <array>

namespace aih::webhooks {
namespace {

constexpr std::array<std::string_view, 6> types{
    "audit.chain_broken", ///< a verification found the tenant's audit chain broken
    "key.expiring",       ///< an API key expires within seven days
    "key.revoked",        ///< an API key was revoked
    "payment.failed",     ///< Stripe reported a failed invoice payment
    "usage.threshold",    ///< the calls of the billing period reached 50, 80 or 100 % of the quota
    "user.invited",       ///< an invitation was sent
};

} // namespace

std::span<const std::string_view> eventTypes()
{
    return types;
}

bool isEventType(std::string_view type)
{
    return std::ranges::find(types, type) != types.end();
}

} // namespace aih::webhooks
