// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "identity/Principal.h"

#include <chrono>
#include <optional>
#include <string>

namespace aih::auth {

/// Short-lived access tokens: JWT, HS256 with SECRET_KEY. They carry user, tenant, role and
/// session; the signature and expiry are all a request needs to check them without the database.
class TokenSigner
{
public:
    TokenSigner(std::string secret, std::chrono::seconds ttl);

    std::string issue(const identity::Principal& user) const { return issue(user, ttl_); }
    /// With a lifetime of its own: a support view's ends with its grant, if that comes first.
    std::string issue(const identity::Principal& user, std::chrono::seconds ttl) const;
    /// The principal the token proves, or nothing if it is forged, malformed or expired.
    std::optional<identity::Principal> verify(const std::string& text) const;
    std::chrono::seconds ttl() const { return ttl_; }

private:
    std::string secret_;
    std::chrono::seconds ttl_;
};

} // namespace aih::auth
