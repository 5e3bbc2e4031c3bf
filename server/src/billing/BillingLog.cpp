// SPDX-License-Identifier: Apache-2.0
#include "billing/BillingLog.h"

#include "logging/Logger.h"

namespace aih::billing {
namespace {

const logging::Logger billingLogger("billing-webhook");

} // namespace

void logWebhook(const std::string& requestId, const std::string& eventId, const std::string& type,
                const std::string& tenantId, const std::string& outcome, const std::string& note)
{
    billingLogger.info("webhook " + outcome, {{"request_id", requestId},
                                              {"event_id", eventId},
                                              {"type", type},
                                              {"tenant", tenantId},
                                              {"outcome", outcome},
                                              {"note", note}});
}

} // namespace aih::billing
