// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "aih/Roles.h"
#include "http/Response.h"

#include <functional>
#include <string>

namespace aih::http {

class RequestContext;

/// Who may reach a route at all; finer rules (own objects, role pairs) live in the services.
enum class Access
{
    Open,              ///< anyone, and nothing depends on who asks: no credential but the operator's is
                       ///< read and no tenant is resolved, so made-up ones cost no lookup
    Public,            ///< anyone; a credential, if sent, is still checked
    PublicOrOperator,  ///< as Public, and an operator account's session acts as the operator
    Session,           ///< a signed-in user of the resolved tenant
    Member,            ///< a signed-in user or an API key of the resolved tenant
    MemberOrOperator,  ///< as Member, or the platform operator
    SessionOrOperator, ///< a signed-in user or the platform operator
    Operator,
};

/// Whether a route acts within a tenant. Open and operator routes do not, so a `Host` or
/// `X-Tenant-ID` sent to them is never looked up.
/// Whether anyone may call the route, signed in or not.
constexpr bool admitsAnyone(Access access)
{
    return access == Access::Open || access == Access::Public || access == Access::PublicOrOperator;
}

constexpr bool actsInTenant(Access access)
{
    return access != Access::Open && access != Access::Operator;
}

using Handler = std::function<Response(RequestContext&)>;

/// Which rate-limit buckets a route's requests count against.
enum class LimitBucket
{
    Shared, ///< the caller's own (key or user) and its tenant's
    /// For a tenant admin's session: a modest bucket of the admin's own instead, so traffic that
    /// used up the tenant's bucket cannot lock admins out of stopping it. Others: as Shared.
    AdminRecovery,
};

/// One row of the routing table: the router, the authorisation step and the OpenAPI test
/// all read the same rows.
struct Route
{
    std::string method;
    std::string pattern; ///< e.g. `/api/enterprise/tenants/{id}`
    Access access;
    Role minimumRole;
    Handler handler;
    std::string summary;
    /// The plan feature the tenant must have (`meditation`, `analytics`...), checked once by the
    /// pipeline before the handler runs: 402 naming the cheapest plan with it. Empty: none.
    std::string planFeature = {};
    LimitBucket limitBucket = LimitBucket::Shared;
    /// A streamed export: the pipeline takes it a place in the export budget before the handler
    /// runs (503 when none is free) and holds it, deadline and stall limit, until the last byte.
    bool streamed = false;
    /// A POST that changes nothing of the platform's or the tenant's data, only records that it
    /// happened (opening a tenant under a support grant): platform-support may call it.
    bool platformSupportMayCall = false;
};

} // namespace aih::http
