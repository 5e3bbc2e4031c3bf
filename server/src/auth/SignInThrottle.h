// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>

namespace aih::auth {

/// Counts failed sign-ins per account and per client address and says when to stop trying.
class SignInThrottle
{
public:
    virtual ~SignInThrottle() = default;
    /// Seconds until the caller may try again, or 0 when an attempt is allowed now.
    virtual int retryAfter(const std::string& account, const std::string& address) = 0;
    virtual void recordFailure(const std::string& account, const std::string& address) = 0;
    virtual void recordSuccess(const std::string& account) = 0;
};

} // namespace aih::auth
