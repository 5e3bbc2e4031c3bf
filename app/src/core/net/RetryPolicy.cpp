// SPDX-License-Identifier: Apache-2.0
#include "core/net/RetryPolicy.h"

#include <algorithm>

namespace aih::console {
namespace {

bool isTransient(const ApiProblem& problem)
{
    if (problem.kind == ApiProblem::Kind::Unreachable) {
        return true;
    }
    if (problem.kind != ApiProblem::Kind::Http) {
        return false;
    }
    return problem.status == 502 || problem.status == 503 || problem.status == 504 || problem.status == 429;
}

} // namespace

bool RetryPolicy::isIdempotent(const QByteArray& method)
{
    return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE" ||
           method == "OPTIONS";
}

std::optional<std::chrono::milliseconds> RetryPolicy::nextDelay(const QByteArray& method,
                                                                const ApiProblem& problem, int attempt)
{
    if (attempt >= maxAttempts || !isIdempotent(method) || !isTransient(problem)) {
        return std::nullopt;
    }
    if (problem.retryAfterSeconds >= 0) {
        // Waiting longer than the cap would freeze a page; the user can refresh later instead.
        const std::chrono::milliseconds asked{std::chrono::seconds(problem.retryAfterSeconds)};
        if (asked > maxDelay) {
            return std::nullopt;
        }
        return asked;
    }
    return std::min(maxDelay, baseDelay * (1 << (attempt - 1)));
}

} // namespace aih::console
