// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Keyset.h"
#include "db/Transaction.h"
#include "webhooks/WebhookEndpoint.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace aih::webhooks {

/// A due delivery as the dispatcher claimed it, with what it needs to send it.
struct ClaimedDelivery
{
    std::string id;
    std::string claimToken; ///< proves this dispatcher still holds it when recording the outcome
    std::string endpointId;
    std::string url;
    bool endpointEnabled = true;
    std::string sealedSecret;
    std::string sealedPreviousSecret; ///< empty unless a rotation's grace is running
    std::string eventId;
    std::string payload;
    int attemptsBefore = 0;
    int endpointFailuresBefore = 0; ///< the endpoint's failures in a row so far
    std::chrono::seconds age{0};    ///< since the delivery was created
};

/// How one attempt went.
struct AttemptOutcome
{
    std::optional<int> responseStatus;
    int durationMs = 0;
    std::string error; ///< empty on success
};

/// What recording a failed attempt did to its endpoint.
struct FailureEffect
{
    bool endpointDisabled = false; ///< this failure switched the endpoint off
};

/// SQL for webhook deliveries in the transaction's tenant.
class DeliveryStore
{
public:
    /// The next due delivery whose endpoint is not resting after a failure, hidden from other
    /// dispatchers for `lease`; ones another dispatcher holds are skipped. No attempt is counted
    /// until its outcome is recorded, and only the holder of the claim can record it.
    static std::optional<ClaimedDelivery> claimNext(db::Transaction& tx, std::chrono::seconds lease);
    static void recordSuccess(db::Transaction& tx, const ClaimedDelivery& delivery,
                              const AttemptOutcome& outcome);
    /// `retryIn`: when to try again; nothing gives the delivery up. The endpoint rests for
    /// `endpointRest`, its failure streak grows, and once the streak has lasted `disableAfter` with
    /// at least `disableAfterFailures` failures the endpoint is switched off.
    static FailureEffect recordFailure(db::Transaction& tx, const ClaimedDelivery& delivery,
                                       const AttemptOutcome& outcome,
                                       std::optional<std::chrono::seconds> retryIn,
                                       std::chrono::seconds endpointRest, std::chrono::seconds disableAfter,
                                       int disableAfterFailures);
    /// Given up without an attempt (its endpoint was switched off).
    static void abandon(db::Transaction& tx, const ClaimedDelivery& delivery, const std::string& reason);

    static DeliveryPage list(db::Transaction& tx, const std::string& endpointId,
                             const std::optional<std::string>& status, int limit, const db::Keyset& position);
    static std::optional<WebhookDelivery> find(db::Transaction& tx, const std::string& id);
    /// A new pending delivery of the same event to the same endpoint; returns its id.
    static std::string replay(db::Transaction& tx, const WebhookDelivery& original);
};

} // namespace aih::webhooks
