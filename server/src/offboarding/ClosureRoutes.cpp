// SPDX-License-Identifier: Apache-2.0
#include "offboarding/ClosureRoutes.h"

#include "errors/ApiError.h"
#include "http/QueryParams.h"
#include "http/RequestBody.h"
#include "tenancy/TenantJson.h"

#include <Poco/JSON/Parser.h>

namespace aih::offboarding {
namespace {

using http::Access;
using http::RequestContext;
using http::Response;

Poco::JSON::Object::Ptr toJson(const ArchiveRecord& archive, const std::string& tenantId)
{
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("id", archive.id);
    out->set("created_at", archive.createdAt);
    out->set("byte_size", archive.byteSize);
    out->set("sha256", archive.sha256);
    out->set("url", "/api/enterprise/platform/tenants/" + tenantId + "/archive");
    out->set("manifest", Poco::JSON::Parser().parse(archive.manifestJson));
    return out;
}

} // namespace

void addClosureRoutes(http::Router& router, ClosureService& service)
{
    router.add({"POST", "/api/enterprise/platform/tenants/{id}/close", Access::Operator, Role::Admin,
                [&service](RequestContext& ctx) {
                    const auto& id = http::uuidParam(ctx, "id");
                    auto body = http::optionalJsonBodyOf(ctx);
                    const auto grace = body.optionalInteger("grace_days");
                    body.finish();
                    if (grace && (*grace < 0 || *grace > ClosureService::maxGraceDays)) {
                        throw errors::ApiError::validation("grace_days", "must be 0 to 365");
                    }
                    const auto closed = service.close(
                        ctx.caller, id, grace ? static_cast<int>(*grace) : ClosureService::defaultGraceDays);
                    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
                    out->set("tenant", tenancy::toJson(closed.tenant));
                    out->set("archive", toJson(closed.archive, id));
                    return Response::json(200, out);
                },
                "Close a tenant: suspend it, write its whole archive, delete its data after a grace period"});

    router.add({"GET", "/api/enterprise/platform/tenants/{id}/archive", Access::Operator, Role::Admin,
                [&service](RequestContext& ctx) {
                    const auto& id = http::uuidParam(ctx, "id");
                    auto download = service.archive(ctx.caller, id);
                    auto response = Response::streamed(200, "application/zip", std::move(download.writer));
                    response.headers.emplace_back(
                        "Content-Disposition", "attachment; filename=\"" + download.slug + "-archive.zip\"");
                    response.headers.emplace_back("X-Archive-SHA256", download.record.sha256);
                    return response;
                },
                "Download a closed tenant's archive (zip)", "", http::LimitBucket::Shared, true});
}

} // namespace aih::offboarding
