// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Database.h"
#include "http/Principal.h"
#include "http/Route.h"
#include "http/Router.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <functional>
#include <optional>
#include <string>

namespace aih::http {

/// Everything a handler may know about the request, filled in by the pipeline's steps.
class RequestContext
{
public:
    using ActorCheck = std::function<void(db::Transaction&, RequestContext&)>;

    RequestContext(Poco::Net::HTTPServerRequest& request, db::Database& database);

    Poco::Net::HTTPServerRequest& request;
    std::string requestId;
    std::string clientIp;
    std::string path;
    std::map<std::string, std::string> query;
    std::string body;
    /// Set once the whole body is read: until then the connection cannot carry another request,
    /// since the unread rest would be taken for one.
    bool bodyComplete = false;
    const Route* route = nullptr;
    PathParams params;
    Principal principal;
    /// The tenant this request acts in: the credential's, else the one the request named.
    std::string tenantId;

    const std::string& param(const std::string& name) const;
    std::optional<std::string> queryValue(const std::string& name) const;
    std::string header(const std::string& name) const;

    /// Runs `work` in a transaction scoped to the request's tenant. For a signed-in user it first
    /// confirms, in the same transaction, that the user and session are still active and that
    /// the user's current role still satisfies the route (roles can change mid-token).
    template <typename Work> auto inTenant(Work&& work)
    {
        requireTenant();
        return database_.inTenant(tenantId, [&](db::Transaction& tx) {
            if (actorCheck_) {
                actorCheck_(tx, *this);
            }
            return work(tx);
        });
    }

    /// The same for another tenant than the request's (operator reads, sign-up).
    template <typename Work> auto inTenantOf(const std::string& otherTenantId, Work&& work)
    {
        return database_.inTenant(otherTenantId, std::forward<Work>(work));
    }

    db::Database& database() { return database_; }
    void setActorCheck(ActorCheck check) { actorCheck_ = std::move(check); }

private:
    void requireTenant() const;

    db::Database& database_;
    ActorCheck actorCheck_;
};

} // namespace aih::http
