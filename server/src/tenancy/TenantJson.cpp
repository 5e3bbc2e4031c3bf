// SPDX-License-Identifier: Apache-2.0
#include "tenancy/TenantJson.h"

#include "http/Response.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

namespace aih::tenancy {

namespace {

std::string statusOf(const std::string& suspendedAt, const Closure& closure)
{
    if (!closure.deletedAt.empty()) {
        return "deleted";
    }
    if (closure.closed()) {
        return "closing";
    }
    return suspendedAt.empty() ? "active" : "suspended";
}

/// The fields the full tenant and the operator's list share, in the same order.
template <typename AnyTenant>
Poco::JSON::Object::Ptr commonFields(const AnyTenant& tenant, const std::string& subscriptionStatus)
{
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("id", tenant.id);
    out->set("name", tenant.name);
    out->set("slug", tenant.slug);
    out->set("domain", http::textOrNull(tenant.domain));
    out->set("subscription_tier", std::string(tierName(tenant.tier)));
    out->set("subscription_status", subscriptionStatus);
    out->set("status", statusOf(tenant.suspendedAt, tenant.closure));
    out->set("suspended_at", http::textOrNull(tenant.suspendedAt));
    out->set("closed_at", http::textOrNull(tenant.closure.closedAt));
    out->set("delete_after", http::textOrNull(tenant.closure.deleteAfter));
    out->set("deleted_at", http::textOrNull(tenant.closure.deletedAt));
    out->set("user_limit", tenant.userLimit);
    out->set("api_rate_limit", tenant.apiRateLimit);
    return out;
}

} // namespace

Poco::JSON::Object::Ptr toJson(const Tenant& tenant)
{
    auto out = commonFields(tenant, tenant.status);
    out->set("monthly_quota", tenant.monthlyQuota);
    out->set("limit_overrides", toJson(tenant.overrides));
    Poco::JSON::Array::Ptr features = new Poco::JSON::Array;
    for (const auto feature : featuresOf(tenant.tier)) {
        features->add(std::string(feature));
    }
    out->set("features", features);
    out->set("settings", Poco::JSON::Parser().parse(tenant.settingsJson));
    out->set("mfa_required", tenant.mfaRequired);
    Poco::JSON::Object::Ptr usage = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    usage->set("users", tenant.activeUsers);
    usage->set("pending_invitations", tenant.pendingInvitations);
    usage->set("user_limit", tenant.userLimit);
    out->set("usage", usage);
    out->set("created_at", tenant.createdAt);
    return out;
}

Poco::JSON::Object::Ptr toJson(const TenantSummary& tenant)
{
    auto out = commonFields(tenant, tenant.subscriptionStatus);
    out->set("active_users", tenant.activeUsers);
    out->set("created_at", tenant.createdAt);
    return out;
}

} // namespace aih::tenancy
