// SPDX-License-Identifier: Apache-2.0
#include "http/Pipeline.h"

#include "http/ClientAddress.h"
#include "http/ExportStream.h"
#include "http/Problem.h"
#include "http/RequestId.h"
#include "http/SecurityHeaders.h"
#include "identity/PlatformTenant.h"
#include "logging/Logger.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/URI.h>
#include <chrono>
#include <iterator>

namespace aih::http {
namespace {

const logging::Logger pipelineLogger("http");

constexpr std::uint64_t drainLimitBytes = std::uint64_t{8} * 1024 * 1024;

class PipelineHandler : public Poco::Net::HTTPRequestHandler
{
public:
    explicit PipelineHandler(Pipeline& pipeline) : pipeline_(pipeline) {}
    void handleRequest(Poco::Net::HTTPServerRequest& request,
                       Poco::Net::HTTPServerResponse& response) override
    {
        pipeline_.handle(request, response);
    }

private:
    Pipeline& pipeline_;
};

std::string actorOf(const identity::Principal& principal)
{
    switch (principal.kind) {
    case identity::Principal::Kind::User:
        return (principal.isSupportView() ? "support:" : "user:") + principal.userId;
    case identity::Principal::Kind::ApiKey:
        return "key:" + principal.apiKeyId;
    case identity::Principal::Kind::Operator:
        return principal.operatorId.empty() ? "operator" : "operator:" + principal.operatorId;
    case identity::Principal::Kind::Anonymous:
        break;
    }
    return "";
}

/// A streamed body that fails half-way must not end like a complete one: shutting the socket
/// down before the final chunk makes the client see a broken transfer, not a short export.
void abortConnection(Poco::Net::HTTPServerRequest& request)
{
    if (auto* served = dynamic_cast<Poco::Net::HTTPServerRequestImpl*>(&request)) {
        try {
            served->socket().shutdown();
        } catch (const Poco::Exception&) {
            // Already gone: the client sees the broken transfer either way.
        }
    }
}

std::string allowHeader(const std::vector<std::string>& methods)
{
    std::string allow;
    for (const auto& method : methods) {
        allow += allow.empty() ? "" : ", ";
        allow += method;
    }
    return allow;
}

void parseTarget(RequestContext& ctx)
{
    // Most API calls are a plain path: take it as it is (what Poco::URI would return for it)
    // rather than parsing and copying a URI object per request.
    const auto& target = ctx.request.getURI();
    if (target.starts_with('/') && target.find_first_of("%?#") == std::string::npos) {
        ctx.path = target;
        return;
    }
    try {
        const Poco::URI uri(ctx.request.getURI());
        ctx.path = uri.getPath();
        for (const auto& [key, value] : uri.getQueryParameters()) {
            ctx.query.emplace(key, value);
        }
    } catch (const Poco::Exception&) {
        throw errors::ApiError(errors::ErrorCode::MalformedRequest, "The request target is not a valid URI.");
    }
}

} // namespace

Pipeline::Pipeline(const Router& router, db::Database& database, PipelineSteps steps, PipelineLimits limits,
                   AccessLog& accessLog)
    : router_(router), database_(database), steps_(std::move(steps)), limits_(std::move(limits)),
      accessLog_(accessLog), exports_(limits_.exports), idempotency_(database, limits_.serverSecret)
{
}

Poco::Net::HTTPRequestHandler* Pipeline::createRequestHandler(const Poco::Net::HTTPServerRequest& /*request*/)
{
    return new PipelineHandler(*this);
}

void Pipeline::handle(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const auto started = std::chrono::steady_clock::now();
    RequestContext ctx(request, database_);
    ctx.requestId = requestIdFor(request.get("X-Request-ID", ""));
    ctx.clientIp = clientAddressOf(request, limits_.trustedProxies);
    ctx.caller.confirm = steps_.actorCheck;
    ctx.caller.origin.method = request.getMethod();
    ctx.caller.origin.userAgent = request.get("User-Agent", "");

    Response result;
    ExportBudget::Slot exportSlot; // held until the streamed body has been sent
    try {
        result = dispatch(ctx, exportSlot);
    } catch (const errors::ApiError& error) {
        if (steps_.recordRefusal) {
            steps_.recordRefusal(ctx, error);
        }
        result = problemResponse(error, ctx.requestId);
    } catch (const std::exception& error) {
        pipelineLogger.error(error.what(), {{"request_id", ctx.requestId}});
        result = problemResponse(errors::ApiError(errors::ErrorCode::Internal,
                                                  "An unexpected error occurred; quote the request id "
                                                  "when reporting it."),
                                 ctx.requestId);
    }
    if (!result.stream) {
        // Refused or answered without a stream: the place is free before the client sees the
        // answer, so its next export cannot find its own last request still holding one.
        exportSlot = {};
    }
    if (!ctx.bodyComplete) {
        // Refused before or while its body was read (a bad target, 413, a broken body): the
        // unread rest would be parsed as the next request, so this connection ends here.
        response.setKeepAlive(false);
    }
    if (steps_.recordUsage) {
        steps_.recordUsage(ctx, result.status);
    }
    answerConditionally(request, result);
    if (result.stream) {
        writeStreamed(request, response, result, ctx.requestId);
    } else {
        writeResponse(request, response, result, ctx.requestId);
    }
    if (steps_.recordFinished) {
        steps_.recordFinished(ctx, result.status,
                              std::chrono::duration_cast<std::chrono::microseconds>(
                                  std::chrono::steady_clock::now() - started));
    }
    accessLog_.write(
        {ctx.requestId, request.getMethod(), ctx.route ? ctx.route->pattern : "", ctx.path, result.status,
         std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started),
         ctx.tenantId, actorOf(ctx.principal), ctx.clientIp});
}

void Pipeline::writeStreamed(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response,
                             Response& result, const std::string& requestId)
{
    if (auto* served = dynamic_cast<Poco::Net::HTTPServerRequestImpl*>(&request)) {
        result.stream = withinExportLimits(std::move(result.stream), served->socket(), limits_.exports);
    }
    try {
        writeResponse(request, response, result, requestId);
    } catch (const ExportCutOff& cut) {
        exports_.countCutOff(cut.reason);
        pipelineLogger.warning(std::string("export cut off: ") + cut.what(), {{"request_id", requestId}});
        response.setKeepAlive(false);
        abortConnection(request);
    } catch (const std::exception& error) {
        pipelineLogger.error(std::string("streaming the response failed: ") + error.what(),
                             {{"request_id", requestId}});
        response.setKeepAlive(false);
        abortConnection(request);
    }
}

Response Pipeline::dispatch(RequestContext& ctx, ExportBudget::Slot& exportSlot)
{
    parseTarget(ctx);
    readBody(ctx);
    const auto& method = ctx.request.getMethod();
    if (method == Poco::Net::HTTPRequest::HTTP_OPTIONS) {
        // RFC 9110 9.3.7: what the resource offers, to anyone; no handler runs.
        const auto methods = router_.methodsFor(ctx.path);
        if (methods.empty()) {
            throw errors::ApiError(errors::ErrorCode::NotFound, "No such resource.");
        }
        auto response = Response::noContent();
        response.headers.emplace_back("Allow", allowHeader(methods));
        return response;
    }
    { // scoped: a refused credential's exception then has nothing here to clean up on its way
        const auto match = router_.match(method, ctx.path);
        if (!match.route) {
            if (match.pathMatchedOtherMethod) {
                // RFC 9110 15.5.6: a 405 names the methods the resource does support.
                throw errors::ApiError(errors::ErrorCode::MethodNotAllowed,
                                       "This resource does not support " + method + ".")
                    .withHeaders({{"Allow", allowHeader(router_.methodsFor(ctx.path))}});
            }
            throw errors::ApiError(errors::ErrorCode::NotFound, "No such resource.");
        }
        ctx.route = match.route;
        ctx.caller.requiredRole = match.route->minimumRole;
        ctx.params = match.params;
    }
    ctx.principal = steps_.authenticate(ctx);
    resolveTenant(ctx);
    authorise(ctx);
    if (steps_.requireActiveTenant && ctx.principal.isMember() && !ctx.tenantId.empty()) {
        steps_.requireActiveTenant(ctx);
    }
    std::vector<std::pair<std::string, std::string>> limitHeaders;
    if (steps_.admit) {
        limitHeaders = steps_.admit(ctx);
    }
    if (!ctx.route->planFeature.empty() && steps_.requirePlanFeature) {
        steps_.requirePlanFeature(ctx, ctx.route->planFeature);
    }
    if (ctx.route->streamed) {
        exportSlot = exports_.admit(ctx.tenantId);
    }
    const auto idempotent = idempotency_.begin(ctx);
    if (idempotent.replay) {
        auto replay = *idempotent.replay;
        replay.headers.insert(replay.headers.end(), limitHeaders.begin(), limitHeaders.end());
        return replay;
    }
    Response response;
    try {
        response = ctx.route->handler(ctx);
    } catch (...) {
        if (idempotent.claim) {
            idempotency_.release(*idempotent.claim);
        }
        throw;
    }
    if (idempotent.claim) {
        idempotency_.complete(*idempotent.claim, response);
    }
    response.headers.insert(response.headers.end(), std::make_move_iterator(limitHeaders.begin()),
                            std::make_move_iterator(limitHeaders.end()));
    return response;
}

void Pipeline::readBody(RequestContext& ctx) const
{
    const auto tooLarge = [this] {
        return errors::ApiError(errors::ErrorCode::PayloadTooLarge, "The body exceeds the limit of " +
                                                                        std::to_string(limits_.maxBodyBytes) +
                                                                        " bytes.");
    };
    // RFC 9112 6.3: a request without Content-Length or chunked encoding has no body. Poco reads
    // one up to the end of the connection instead (for methods other than GET, HEAD, DELETE),
    // which would hold the request until the client gave up.
    if (!ctx.request.hasContentLength() && !ctx.request.getChunkedTransferEncoding()) {
        ctx.bodyComplete = true;
        return;
    }
    auto& stream = ctx.request.stream();
    const auto declared = ctx.request.getContentLength64();
    if (declared > 0 && static_cast<std::uint64_t>(declared) > limits_.maxBodyBytes) {
        // Read and drop a moderately oversized body so the client, still sending, gets to read
        // our 413 instead of a connection reset; past the drain limit, just close.
        if (static_cast<std::uint64_t>(declared) <= drainLimitBytes) {
            stream.ignore(declared);
        }
        throw tooLarge();
    }
    std::string body;
    char buffer[16 * 1024];
    while (stream.read(buffer, sizeof buffer) || stream.gcount() > 0) {
        body.append(buffer, static_cast<std::size_t>(stream.gcount()));
        if (body.size() > limits_.maxBodyBytes) {
            throw tooLarge();
        }
    }
    // The stream reports a broken chunk or a read timeout by its bad bit, and a client that
    // closed early by ending short of the Content-Length.
    if (stream.bad() || (declared >= 0 && body.size() != static_cast<std::uint64_t>(declared))) {
        throw errors::ApiError(errors::ErrorCode::MalformedRequest,
                               "The request body ended before it was complete.");
    }
    ctx.body = std::move(body);
    ctx.bodyComplete = true;
}

void Pipeline::resolveTenant(RequestContext& ctx) const
{
    if (!actsInTenant(ctx.route->access)) {
        return;
    }
    const auto& principal = ctx.principal;
    std::optional<std::string> named;
    try {
        named = steps_.namedTenant(ctx);
    } catch (const errors::ApiError& error) {
        // To a member, naming a tenant that does not exist is the same mistake as naming one that
        // does: a 404 here would tell which names are taken.
        if (!principal.isMember() || error.code() != errors::ErrorCode::NotFound) {
            throw;
        }
        throw errors::ApiError(errors::ErrorCode::TenantMismatch,
                               "This credential is not valid for the tenant the request names.");
    }
    if (principal.isMember()) {
        // A header or host only selects the tenant the credential is bound to; it never grants one.
        if (named && *named != principal.tenantId) {
            throw errors::ApiError(errors::ErrorCode::TenantMismatch,
                                   "This credential is not valid for the tenant the request names.");
        }
        ctx.tenantId = principal.tenantId;
    } else if (named) {
        ctx.tenantId = *named;
    }
}

void Pipeline::authorise(const RequestContext& ctx)
{
    const auto& route = *ctx.route;
    const auto& principal = ctx.principal;
    const auto kind = principal.kind;
    // Reading (GET, HEAD) is what read-only credentials may do; anything else changes something.
    const auto& method = ctx.request.getMethod();
    const bool reads = method == "GET" || method == "HEAD";
    const auto allowed = [&] {
        switch (route.access) {
        case Access::Open:
        case Access::Public:
        case Access::PublicOrOperator:
            return true;
        case Access::Session:
            return kind == identity::Principal::Kind::User;
        case Access::Member:
            return principal.isMember();
        case Access::MemberOrOperator:
            return principal.isMember() || principal.isOperator();
        case Access::SessionOrOperator:
            return kind == identity::Principal::Kind::User || principal.isOperator();
        case Access::Operator:
            return principal.isOperator();
        }
        return false;
    }();
    if (!allowed) {
        if (kind == identity::Principal::Kind::Anonymous) {
            throw errors::ApiError(errors::ErrorCode::Unauthenticated,
                                   "Sign in first: send Authorization: Bearer <access_token>.");
        }
        throw errors::ApiError(errors::ErrorCode::Forbidden,
                               principal.isApiKey() ? "API keys cannot use this endpoint."
                                                    : "This credential cannot use this endpoint.");
    }
    if (principal.isOperator()) {
        if (principal.operatorReadOnly && !reads && !route.platformSupportMayCall) {
            throw errors::ApiError(errors::ErrorCode::Forbidden,
                                   "Platform support is read-only: a platform-admin makes this change.");
        }
        return;
    }
    if (principal.isSupportView() && (!reads || route.streamed || route.pattern.starts_with("/api/auth/"))) {
        // A view, not an account: no change, no export, nothing of the operator's own session; on
        // public routes too, where its actor would be recorded as the operator's.
        throw errors::ApiError(errors::ErrorCode::Forbidden,
                               "Support access is read-only: it shows the tenant's pages, and makes no "
                               "change and no export.");
    }
    if (admitsAnyone(route.access)) {
        return;
    }
    if (principal.mfaEnrolmentOnly && !route.pattern.starts_with("/api/auth/")) {
        throw errors::ApiError(errors::ErrorCode::MfaEnrollmentRequired,
                               "The tenant requires two-factor authentication: set it up with POST "
                               "/api/auth/mfa/totp and its confirm, then refresh the session.");
    }
    if (principal.isApiKey()) {
        const bool adminRoute = route.minimumRole > Role::User;
        const unsigned needed = adminRoute ? identity::ScopeAdmin
                                : reads    ? identity::ScopeRead
                                           : identity::ScopeWrite;
        const bool methodAllowed = (principal.scopes & (reads ? identity::ScopeRead : identity::ScopeWrite));
        if (!methodAllowed || (principal.scopes & needed) == 0) {
            throw errors::ApiError(errors::ErrorCode::Forbidden, "The API key's scopes do not allow this.")
                .withExtension("required_scope", needed == identity::ScopeAdmin  ? "admin"
                                                 : needed == identity::ScopeRead ? "read"
                                                                                 : "write");
        }
    }
    if (principal.isMember() && principal.role < route.minimumRole) {
        throw errors::ApiError(errors::ErrorCode::Forbidden, "Your role does not allow this.");
    }
    // The platform tenant's members are the operators: as members they read (their audit chain,
    // the operator list) and manage their own accounts, and every change to the platform goes
    // through the operator routes, where it is the operator's, audited as such. So no member path
    // can add an operator (users, invitations, API keys, SCIM, single sign-on) or bill the tenant.
    if (principal.isMember() && identity::isPlatformTenant(principal.tenantId) && !reads &&
        !route.pattern.starts_with("/api/auth/")) {
        throw errors::ApiError(errors::ErrorCode::Forbidden,
                               "The platform tenant is changed through the operator routes "
                               "(/api/enterprise/platform/...), not by its members.");
    }
}

} // namespace aih::http
