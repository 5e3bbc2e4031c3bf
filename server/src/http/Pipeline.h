// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Database.h"
#include "errors/ApiError.h"
#include "http/AccessLog.h"
#include "http/ExportBudget.h"
#include "http/IdempotencyKeys.h"
#include "http/RequestContext.h"
#include "http/Router.h"
#include "util/AddressBlock.h"

#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <chrono>
#include <functional>
#include <optional>

namespace aih::http {

/// The steps that need other parts of the server, wired in at start-up.
struct PipelineSteps
{
    /// Proves who is calling from the request's credential; throws 401 for a bad one.
    std::function<identity::Principal(const RequestContext&)> authenticate;
    /// The tenant the request names by X-Tenant-ID or Host, if any; throws 404 for an unknown one.
    std::function<std::optional<std::string>(const RequestContext&)> namedTenant;
    /// Confirms a signed-in user inside each tenant transaction.
    identity::Caller::Confirm actorCheck;
    /// Refuses a suspended tenant's members (403); runs for every request a member makes in a
    /// tenant. Operators still reach a suspended tenant.
    std::function<void(const RequestContext&)> requireActiveTenant;
    /// Refuses a tenant whose plan lacks the route's feature (402); runs only for routes that
    /// name one.
    std::function<void(const RequestContext&, const std::string& feature)> requirePlanFeature;
    /// Counts the request against its rate limits: returns the headers to add, throws 429.
    std::function<std::vector<std::pair<std::string, std::string>>(RequestContext&)> admit;
    /// Meters the finished request (any status).
    std::function<void(const RequestContext&, int status)> recordUsage;
    /// Told about every refused request (the audit trail keeps denials); runs on the request
    /// thread, so it must only take note, never wait on I/O.
    std::function<void(const RequestContext&, const errors::ApiError&)> recordRefusal;
    /// Told about every answered request with its status and duration (metrics); runs on the
    /// request thread, so it must be cheap and never throw.
    std::function<void(const RequestContext&, int status, std::chrono::microseconds elapsed)> recordFinished;
};

struct PipelineLimits
{
    std::size_t maxBodyBytes = std::size_t{1024} * 1024;
    /// Peers whose X-Forwarded-For names the client (ClientAddress.h).
    std::vector<util::AddressBlock> trustedProxies;
    ExportLimits exports;
    /// SECRET_KEY: Idempotency-Key answers are sealed with a key derived from it.
    std::string serverSecret;
};

/// The server's one request handler factory. Every request runs the same steps in a fixed
/// order: request id, body limit, routing, authentication, tenant, authorisation, handler,
/// error mapping, security headers, access log.
class Pipeline : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    Pipeline(const Router& router, db::Database& database, PipelineSteps steps, PipelineLimits limits,
             AccessLog& accessLog);

    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest& request) override;

    /// Runs one request through every step; public so tests can drive it without sockets.
    void handle(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response);

    /// Places for streamed exports; a metrics source.
    const ExportBudget& exportBudget() const { return exports_; }

private:
    Response dispatch(RequestContext& ctx, ExportBudget::Slot& exportSlot);
    void writeStreamed(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response,
                       Response& result, const std::string& requestId);
    void readBody(RequestContext& ctx) const;
    void resolveTenant(RequestContext& ctx) const;
    static void authorise(const RequestContext& ctx);

    const Router& router_;
    db::Database& database_;
    PipelineSteps steps_;
    PipelineLimits limits_;
    AccessLog& accessLog_;
    ExportBudget exports_;
    IdempotencyKeys idempotency_;
};

} // namespace aih::http
