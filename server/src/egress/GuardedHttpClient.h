// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "egress/EgressPolicy.h"

#include <Poco/Net/Context.h>
#include <chrono>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace aih::egress {

struct OutboundRequest
{
    std::string method = "GET";
    std::string url;
    std::string body;
    std::string contentType;
    std::vector<std::pair<std::string, std::string>> headers;
};

struct OutboundResponse
{
    int status = 0;
    std::string contentType;
    std::string body;
};

/// An outbound request that was not made or not answered. The message is for the tenant's
/// admin (it names the URL's problem, never our network's layout beyond "not allowed").
class EgressError : public std::runtime_error
{
public:
    enum class Kind
    {
        Refused,     ///< the URL or the address it resolves to is not allowed
        Unreachable, ///< DNS, connect, TLS or a timeout failed
        TooLarge,    ///< the answer exceeded the size limit
    };

    EgressError(Kind errorKind, const std::string& message) : std::runtime_error(message), kind(errorKind) {}

    Kind kind;
};

/// HTTP(S) to URLs a tenant chose, safe against server-side request forgery: the host is resolved
/// once, every address it resolves to must be allowed by the policy, and the connection goes to
/// the address that was checked (a second lookup could answer differently: DNS rebinding). TLS
/// still verifies the certificate against the host name. Plain http only to addresses the
/// operator allowed explicitly. Redirects are not followed; each answer is size-capped; each step
/// (connect, send, receive) is bounded by the timeout and the whole exchange by three of them.
class GuardedHttpClient
{
public:
    GuardedHttpClient(EgressPolicy policy, std::chrono::milliseconds timeout, std::size_t maxResponseBytes);

    OutboundResponse send(const OutboundRequest& request) const;
    /// The checks send() makes before it connects, for a URL a tenant is about to save: throws
    /// EgressError (Refused, or Unreachable when the host does not resolve now).
    void vet(const std::string& url) const;

private:
    EgressPolicy policy_;
    std::chrono::milliseconds timeout_;
    std::size_t maxResponseBytes_;
    Poco::Net::Context::Ptr tls_;
};

} // namespace aih::egress
