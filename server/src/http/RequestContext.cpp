// SPDX-License-Identifier: Apache-2.0
#include "http/RequestContext.h"

#include "errors/ApiError.h"

namespace aih::http {

RequestContext::RequestContext(Poco::Net::HTTPServerRequest& req, db::Database& database)
    : request(req), database_(database)
{
}

const std::string& RequestContext::param(const std::string& name) const
{
    static const std::string empty;
    const auto it = params.find(name);
    return it == params.end() ? empty : it->second;
}

std::optional<std::string> RequestContext::queryValue(const std::string& name) const
{
    const auto it = query.find(name);
    if (it == query.end()) {
        return std::nullopt;
    }
    return it->second;
}

const std::string& RequestContext::header(const std::string& name) const
{
    static const std::string absent;
    return request.get(name, absent);
}

} // namespace aih::http
