// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>

namespace aih::billing {

/// One log line per webhook decision (component "billing-webhook"), so an operator can follow
/// what Stripe sent and what became of it without reading the database.
void logWebhook(const std::string& requestId, const std::string& eventId, const std::string& type,
                const std::string& tenantId, const std::string& outcome, const std::string& note);

} // namespace aih::billing
