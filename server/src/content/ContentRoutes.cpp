// SPDX-License-Identifier: Apache-2.0
#include "content/ContentRoutes.h"

#include "errors/ApiError.h"
#include "http/RequestContext.h"

#include <algorithm>

namespace aih::content {
namespace {

using http::Access;
using http::RequestContext;
using http::Response;

Response jsonText(const std::string& body)
{
    return Response::text(200, body, "application/json");
}

bool isKindName(const std::string& kind)
{
    if (kind.empty() || kind.size() > 32 || kind[0] < 'a' || kind[0] > 'z') {
        return false;
    }
    return std::all_of(kind.begin(), kind.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
}

} // namespace

void addContentRoutes(http::Router& router, ContentCatalog& catalog)
{
    router.add({"GET", "/api/gurus", Access::Member, Role::User,
                [&catalog](RequestContext& ctx) { return jsonText(catalog.forTenant(ctx.tenantId)->gurus); },
                "All gurus of the catalogue (plan feature basic_guidance)", "basic_guidance"});

    router.add({"GET", "/api/gurus/{kind}", Access::Member, Role::User,
                [&catalog](RequestContext& ctx) {
                    const auto& kind = ctx.param("kind");
                    const auto current = catalog.forTenant(ctx.tenantId);
                    const auto it = isKindName(kind) ? current->byKind.find(kind) : current->byKind.end();
                    if (it == current->byKind.end()) {
                        throw errors::ApiError(errors::ErrorCode::NotFound, "No gurus of that kind.");
                    }
                    return jsonText(it->second);
                },
                "Gurus of one kind, e.g. spiritual (plan feature basic_guidance)", "basic_guidance"});

    router.add(
        {"GET", "/api/meditations", Access::Member, Role::User,
         [&catalog](RequestContext& ctx) { return jsonText(catalog.forTenant(ctx.tenantId)->meditations); },
         "Guided meditations (plan feature meditation)", "meditation"});
}

} // namespace aih::content
