// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "aih/Plans.h"
#include "aih/Roles.h"
#include "util/AddressBlock.h"

#include <memory>
#include <string>
#include <vector>

namespace aih::identity {

/// API key scopes as bits: `read` for GET, `write` for mutations, `admin` for admin endpoints.
enum Scope : unsigned
{
    ScopeRead = 1,
    ScopeWrite = 2,
    ScopeAdmin = 4,
};

/// Who is calling, as proven by the credential (before the database confirms it is still valid).
struct Principal
{
    enum class Kind
    {
        Anonymous,
        User,
        ApiKey,
        Operator
    };

    Kind kind = Kind::Anonymous;
    std::string userId;
    std::string tenantId;
    std::string sessionId;
    /// For a key: the lesser of the owner's role and what the key's scopes allow.
    Role role = Role::User;

    std::string apiKeyId;
    std::string apiKeyPublicId;
    unsigned scopes = 0;
    int keyRateLimit = 0;
    /// Calls per second the key may make on this instance; 0: no burst limit.
    int keyBurstLimit = 0;
    /// Seconds since the epoch; 0 when the key never expires.
    long long keyExpiresAt = 0;
    /// The networks a key may be used from (its `allowed_ips`); null: anywhere. Shared with the
    /// verifier's cache, so a request copies a pointer, not the list.
    std::shared_ptr<const std::vector<util::AddressBlock>> keyNetworks;
    /// The request authenticated with a rotated key's previous secret, within its grace period.
    bool usedPreviousSecret = false;
    /// A session of a member whose tenant requires a second factor they have not set up: it
    /// may only use /api/auth/ (enrol, confirm, refresh, sign out).
    bool mfaEnrolmentOnly = false;

    /// For an operator: the operator account (a member of the platform tenant) acting; empty
    /// when the caller presented AIH_OPERATOR_TOKEN, the bootstrap and automation credential.
    std::string operatorId;
    /// A platform-support operator: may read, never change.
    bool operatorReadOnly = false;
    /// Support access ("view as"): an operator account (`userId`, with its own `sessionId`)
    /// reading `tenantId` under this grant of the tenant's admin; read-only, as an admin.
    std::string supportGrantId;

    static Principal user(std::string userId, std::string tenantId, std::string sessionId, Role role)
    {
        Principal principal;
        principal.kind = Kind::User;
        principal.userId = std::move(userId);
        principal.tenantId = std::move(tenantId);
        principal.sessionId = std::move(sessionId);
        principal.role = role;
        return principal;
    }

    /// The holder of AIH_OPERATOR_TOKEN: acts as a platform-admin.
    static Principal operatorToken()
    {
        Principal principal;
        principal.kind = Kind::Operator;
        principal.role = Role::Admin;
        return principal;
    }

    /// An operator account's session acting as the operator: platform-admins (admins of the
    /// platform tenant) change things, everyone else there only reads.
    static Principal operatorAccount(std::string userId, std::string sessionId, Role roleInPlatform)
    {
        Principal principal = operatorToken();
        principal.operatorId = std::move(userId);
        principal.sessionId = std::move(sessionId);
        principal.operatorReadOnly = roleInPlatform != Role::Admin;
        principal.role = principal.operatorReadOnly ? Role::User : Role::Admin;
        return principal;
    }

    bool isUser() const { return kind == Kind::User; }
    bool isApiKey() const { return kind == Kind::ApiKey; }
    bool isOperator() const { return kind == Kind::Operator; }
    /// A member of a tenant, by session or by key, or an operator viewing it under a grant.
    bool isMember() const { return isUser() || isApiKey(); }
    bool isSupportView() const { return isUser() && !supportGrantId.empty(); }
};

} // namespace aih::identity
