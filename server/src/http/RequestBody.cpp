// SPDX-License-Identifier: Apache-2.0
#include "http/RequestBody.h"

#include "aih/Validation.h"
#include "errors/ApiError.h"

#include <Poco/Net/MediaType.h>
#include <Poco/String.h>
#include <algorithm>
#include <cctype>

namespace aih::http {

JsonBody jsonBodyOf(const RequestContext& ctx)
{
    const auto contentType = ctx.request.getContentType();
    bool isJson = false;
    try {
        const Poco::Net::MediaType type(contentType);
        isJson = Poco::icompare(type.getType(), "application") == 0 &&
                 Poco::icompare(type.getSubType(), "json") == 0;
        const auto charset =
            type.hasParameter("charset") ? type.getParameter("charset") : std::string("utf-8");
        isJson = isJson && Poco::icompare(charset, "utf-8") == 0;
    } catch (const Poco::Exception&) {
        isJson = false;
    }
    if (!isJson) {
        throw errors::ApiError(errors::ErrorCode::UnsupportedMediaType,
                               "Send the body as application/json (UTF-8).");
    }
    return JsonBody::parse(ctx.body);
}

JsonBody optionalJsonBodyOf(const RequestContext& ctx)
{
    return ctx.body.empty() ? JsonBody::parse("{}") : jsonBodyOf(ctx);
}

std::string uuidParam(const RequestContext& ctx, const std::string& name)
{
    auto value = ctx.param(name);
    if (!isUuid(value)) {
        throw errors::ApiError(errors::ErrorCode::NotFound, "No such resource.");
    }
    std::transform(value.begin(), value.end(), value.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return value;
}

} // namespace aih::http
