// SPDX-License-Identifier: Apache-2.0
#include "webhooks/WebhookSigning.h"

#include "crypto/SecretBox.h"
#include "crypto/Secrets.h"

#include <stdexcept>

namespace aih::webhooks {
namespace {

constexpr char keyContext[9] = "aihwhook";
constexpr std::uint64_t sealingSubkey = 1;

std::string sealContext(const std::string& tenantId, const std::string& endpointId)
{
    return "webhook-secret:" + tenantId + ":" + endpointId;
}

} // namespace

std::string signatureHeader(std::string_view payload, long long timestamp, std::string_view secret,
                            const std::optional<std::string>& previousSecret)
{
    const auto signedText = std::to_string(timestamp) + "." + std::string(payload);
    auto header = "t=" + std::to_string(timestamp) + ",v1=" + crypto::hmacSha256Hex(secret, signedText);
    if (previousSecret && !previousSecret->empty()) {
        header += ",v1=" + crypto::hmacSha256Hex(*previousSecret, signedText);
    }
    return header;
}

std::string newEndpointSecret()
{
    return "whsec_" + crypto::randomToken(32);
}

EndpointSecrets::EndpointSecrets(std::string_view serverSecret)
    : key_(crypto::deriveKey(serverSecret, keyContext, sealingSubkey))
{
}

std::string EndpointSecrets::seal(std::string_view secret, const std::string& tenantId,
                                  const std::string& endpointId) const
{
    return crypto::seal(secret, key_, sealContext(tenantId, endpointId));
}

std::string EndpointSecrets::open(std::string_view sealed, const std::string& tenantId,
                                  const std::string& endpointId) const
{
    auto secret = crypto::open(sealed, key_, sealContext(tenantId, endpointId));
    if (!secret) {
        throw std::runtime_error("a webhook secret does not open; was SECRET_KEY changed?");
    }
    return *secret;
}

} // namespace aih::webhooks
