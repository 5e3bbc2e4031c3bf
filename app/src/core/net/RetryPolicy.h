// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/net/ApiProblem.h"

#include <QByteArray>
#include <chrono>
#include <optional>

namespace aih::console {

/// Which failed calls are sent again, and when. Only idempotent methods are retried, and only
/// for failures that a second attempt can cure (a dropped connection, an overloaded or
/// restarting server); a timeout is not retried so the user is not kept waiting three times over.
class RetryPolicy
{
public:
    static constexpr int maxAttempts = 3;
    static constexpr std::chrono::milliseconds baseDelay{200};
    static constexpr std::chrono::milliseconds maxDelay{5000};

    /// The delay before the next attempt, or nothing when the failure is final.
    /// `attempt` counts the attempts made so far, starting at 1.
    static std::optional<std::chrono::milliseconds> nextDelay(const QByteArray& method,
                                                              const ApiProblem& problem, int attempt);
    static bool isIdempotent(const QByteArray& method);
};

} // namespace aih::console
