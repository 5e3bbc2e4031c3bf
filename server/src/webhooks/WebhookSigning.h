// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace aih::webhooks {

/// The header a delivery is signed in, and the customers' verifiers read.
inline constexpr const char* signatureHeaderName = "AIH-Signature";

/// The signature header of one attempt, in Stripe's scheme so customers can verify it with
/// Stripe's own libraries: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<payload">>`, the HMAC
/// keyed by the whole secret text (`whsec_...`). While a rotation's grace runs the previous
/// secret signs too, as a second v1, the way Stripe rolls an endpoint's secret.
std::string signatureHeader(std::string_view payload, long long timestamp, std::string_view secret,
                            const std::optional<std::string>& previousSecret = std::nullopt);

/// A new endpoint secret: `whsec_` and 32 random bytes in base64url.
std::string newEndpointSecret();

/// Seals endpoint secrets at rest with a key derived from SECRET_KEY (every instance has it),
/// bound to the tenant and endpoint: a sealed secret copied to another row does not open.
class EndpointSecrets
{
public:
    explicit EndpointSecrets(std::string_view serverSecret);

    std::string seal(std::string_view secret, const std::string& tenantId,
                     const std::string& endpointId) const;
    /// Throws std::runtime_error when the value does not open (a changed SECRET_KEY).
    std::string open(std::string_view sealed, const std::string& tenantId,
                     const std::string& endpointId) const;

private:
    std::string key_;
};

} // namespace aih::webhooks
