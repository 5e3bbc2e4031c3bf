// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditRoutes.h"

#include "audit/AuditParams.h"
#include "http/QueryParams.h"

#include <Poco/JSON/Array.h>

namespace aih::audit {
namespace {

using http::Access;
using http::RequestContext;
using http::Response;

Poco::JSON::Object::Ptr pageOf(const Poco::JSON::Array::Ptr& data, const std::optional<std::string>& next)
{
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("data", data);
    out->set("next_cursor", next ? Poco::Dynamic::Var(*next) : Poco::Dynamic::Var());
    return out;
}

Response list(const AuditService& service, RequestContext& ctx)
{
    const auto filter = filterOf(ctx);
    const auto page = service.list(ctx.caller, filter, positionOf(ctx), http::pageLimitOf(ctx));
    Poco::JSON::Array::Ptr data = new Poco::JSON::Array;
    for (const auto& stored : page.entries) {
        data->add(toJson(service.view(stored)));
    }
    return Response::json(200, pageOf(data, page.next ? std::optional(cursorOf(*page.next)) : std::nullopt));
}

Response exportRows(const AuditService& service, RequestContext& ctx)
{
    const auto filter = filterOf(ctx);
    const auto format = exportFormatOf(ctx);
    auto response = Response::streamed(200, std::string(contentTypeOf(format)),
                                       service.exportRows(ctx.caller, filter, format));
    response.headers.emplace_back("Content-Disposition", "attachment; filename=\"audit-log-" + ctx.tenantId +
                                                             "." + std::string(fileExtensionOf(format)) +
                                                             "\"");
    return response;
}

Response checkpoints(const AuditService& service, RequestContext& ctx)
{
    const auto limit = http::pageLimitOf(ctx);
    const auto page = service.checkpoints(ctx.caller, checkpointCursorOf(ctx), limit);
    Poco::JSON::Array::Ptr data = new Poco::JSON::Array;
    for (const auto& checkpoint : page) {
        data->add(toJson(checkpoint));
    }
    const auto next = static_cast<int>(page.size()) == limit && page.back().seq > 1
                          ? std::optional(std::to_string(page.back().seq))
                          : std::nullopt;
    return Response::json(200, pageOf(data, next));
}

Response signingKey(const AuditService& service)
{
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("algorithm", "Ed25519");
    out->set("key_id", service.keys().keyId());
    out->set("public_key", toBase64(service.keys().publicKey()));
    out->set("message_format", "aih-audit-checkpoint-v1");
    return Response::json(200, out);
}

} // namespace

void addAuditRoutes(http::Router& router, AuditService& service)
{
    router.add({"GET", "/api/enterprise/audit-logs", Access::Member, Role::Manager,
                [&service](RequestContext& ctx) { return list(service, ctx); },
                "Audit entries, newest first; filters from, to, action, user_id, success, q"});

    router.add({"GET", "/api/enterprise/audit-logs/export", Access::Member, Role::Admin,
                [&service](RequestContext& ctx) { return exportRows(service, ctx); },
                "Stream the filtered entries as CSV (RFC 4180) or JSON lines", "", http::LimitBucket::Shared,
                true});

    router.add({"GET", "/api/enterprise/audit-logs/verify", Access::Member, Role::Admin,
                [&service](RequestContext& ctx) {
                    return Response::json(200, service.verify(ctx.caller, knownHeadOf(ctx)).toJson());
                },
                "Check the hash chain and signed checkpoints; report the first broken link"});

    router.add({"GET", "/api/enterprise/audit-logs/report", Access::Member, Role::Manager,
                [&service](RequestContext& ctx) {
                    return Response::json(200, service.report(ctx.caller, reportRangeOf(ctx)).toJson());
                },
                "Compliance summary for from..to (default: the last 30 days)"});

    router.add({"GET", "/api/enterprise/audit-logs/checkpoints", Access::Member, Role::Manager,
                [&service](RequestContext& ctx) { return checkpoints(service, ctx); },
                "Signed checkpoints of the chain head, newest first"});

    router.add({"POST", "/api/enterprise/audit-logs/checkpoints", Access::Member, Role::Admin,
                [&service](RequestContext& ctx) {
                    return Response::json(201, toJson(service.checkpoint(ctx.caller)));
                },
                "Sign the chain head now"});

    router.add({"GET", "/api/enterprise/audit-logs/signing-key", Access::Public, Role::User,
                [&service](RequestContext&) { return signingKey(service); },
                "The Ed25519 public key that signs checkpoints"});
}

} // namespace aih::audit
