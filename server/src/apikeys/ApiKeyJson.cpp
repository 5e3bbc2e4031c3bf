// SPDX-License-Identifier: Apache-2.0
#include "apikeys/ApiKeyJson.h"

#include "apikeys/ApiKeyFormat.h"
#include "http/Response.h"

#include <Poco/JSON/Array.h>

namespace aih::apikeys {
namespace {

std::string statusOf(const ApiKey& key)
{
    if (!key.revokedAt.empty()) {
        return "revoked";
    }
    return key.expired ? "expired" : "active";
}

} // namespace

Poco::JSON::Object::Ptr toJson(const ApiKey& key)
{
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("id", key.id);
    out->set("name", key.name);
    out->set("prefix", displayPrefix(key.mode, key.publicId));
    out->set("mode", key.mode);
    out->set("owner_id", key.userId);
    Poco::JSON::Array::Ptr scopes = new Poco::JSON::Array;
    for (const auto& scope : key.scopes) {
        scopes->add(scope);
    }
    out->set("scopes", scopes);
    out->set("rate_limit", key.rateLimit);
    if (key.allowedIps) {
        Poco::JSON::Array::Ptr blocks = new Poco::JSON::Array;
        for (const auto& block : *key.allowedIps) {
            blocks->add(block);
        }
        out->set("allowed_ips", blocks);
    } else {
        out->set("allowed_ips", Poco::Dynamic::Var());
    }
    out->set("burst_limit", key.burstLimit ? Poco::Dynamic::Var(*key.burstLimit) : Poco::Dynamic::Var());
    out->set("usage_count", key.usageCount);
    out->set("status", statusOf(key));
    out->set("created_at", key.createdAt);
    out->set("last_used_at", http::textOrNull(key.lastUsedAt));
    out->set("expires_at", http::textOrNull(key.expiresAt));
    out->set("expires_soon", !key.expired && key.expiresSoon);
    out->set("revoked_at", http::textOrNull(key.revokedAt));
    out->set("rotated_at", http::textOrNull(key.rotatedAt));
    out->set("previous_secret_valid_until", http::textOrNull(key.previousValidUntil));
    out->set("previous_secret_last_used_at", http::textOrNull(key.previousLastUsedAt));
    return out;
}

} // namespace aih::apikeys
