// SPDX-License-Identifier: Apache-2.0
#include "accounts/LinkRequestBody.h"

#include "errors/ApiError.h"
#include "http/RequestBody.h"
#include "mail/MailLanguage.h"

namespace aih::accounts {

LinkRequest linkRequestOf(http::RequestContext& ctx)
{
    auto body = http::jsonBodyOf(ctx);
    LinkRequest request;
    request.tenantKey = body.optionalString("tenant", 100).value_or(ctx.tenantId);
    request.email = body.requiredString("email", 254);
    body.finish();
    if (request.tenantKey.empty()) {
        throw errors::ApiError::validation("tenant", "is required (tenant id or slug)");
    }
    request.language = mail::mailLanguage(ctx.header("Accept-Language"));
    request.origin = ctx.caller.origin;
    return request;
}

http::Response linkRequestAccepted()
{
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    out->set("status", "accepted");
    return http::Response::json(202, out);
}

} // namespace aih::accounts
