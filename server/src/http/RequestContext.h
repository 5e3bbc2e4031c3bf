// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Database.h"
#include "http/Route.h"
#include "http/Router.h"
#include "identity/Caller.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <functional>
#include <optional>
#include <string>

namespace aih::http {

/// Everything a handler may know about the request, filled in by the pipeline's steps.
class RequestContext
{
public:
    RequestContext(Poco::Net::HTTPServerRequest& request, db::Database& database);
    RequestContext(const RequestContext&) = delete;
    RequestContext& operator=(const RequestContext&) = delete;

    Poco::Net::HTTPServerRequest& request;
    /// What services are told about the caller; the names below are parts of it.
    identity::Caller caller;
    std::string& requestId = caller.origin.requestId;
    std::string& clientIp = caller.origin.ip;
    std::string& path = caller.origin.path;
    std::map<std::string, std::string> query;
    std::string body;
    /// Set once the whole body is read: until then the connection cannot carry another request,
    /// since the unread rest would be taken for one.
    bool bodyComplete = false;
    const Route* route = nullptr;
    PathParams params;
    identity::Principal& principal = caller.principal;
    /// The tenant this request acts in: the credential's, else the one the request named.
    std::string& tenantId = caller.tenantId;

    const std::string& param(const std::string& name) const;
    std::optional<std::string> queryValue(const std::string& name) const;
    /// Valid as long as the request; empty when absent.
    const std::string& header(const std::string& name) const;

    /// Runs `work` in a transaction scoped to the request's tenant, after the caller's confirm
    /// step (see identity::Caller::inTenant).
    template <typename Work> auto inTenant(Work&& work)
    {
        return caller.inTenant(database_, std::forward<Work>(work));
    }

    /// The same for another tenant than the request's (operator reads, sign-up).
    template <typename Work> auto inTenantOf(const std::string& otherTenantId, Work&& work)
    {
        return database_.inTenant(otherTenantId, std::forward<Work>(work));
    }

    db::Database& database() { return database_; }

private:
    db::Database& database_;
};

} // namespace aih::http
