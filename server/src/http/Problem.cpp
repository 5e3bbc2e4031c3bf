// SPDX-License-Identifier: Apache-2.0
#include "http/Problem.h"

#include "http/ErrorStatus.h"

#include <Poco/JSON/Array.h>
#include <algorithm>

namespace aih::http {

Response problemResponse(const errors::ApiError& error, const std::string& requestId)
{
    const auto& description = describe(error.code());
    Poco::JSON::Object::Ptr problem = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    problem->set("type", "https://docs.aih.example/problems/" + std::string(description.code));
    problem->set("title", std::string(description.title));
    problem->set("status", description.status);
    problem->set("detail", error.detail());
    problem->set("code", std::string(description.code));
    problem->set("request_id", requestId);
    for (const auto& [key, value] : error.extensions()) {
        problem->set(key, value);
    }
    if (!error.fieldErrors().empty()) {
        Poco::JSON::Array::Ptr errors = new Poco::JSON::Array;
        for (const auto& field : error.fieldErrors()) {
            Poco::JSON::Object::Ptr entry = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
            entry->set("field", field.field);
            entry->set("message", field.message);
            errors->add(entry);
        }
        problem->set("errors", errors);
    }
    auto response = Response::json(description.status, problem);
    response.contentType = "application/problem+json";
    response.headers = error.headers();
    // RFC 9110 11.6.1: a 401 names the scheme that would get through; the one place every 401
    // is made, so none goes without it.
    if (description.status == 401 && std::ranges::none_of(response.headers, [](const auto& header) {
            return header.first == "WWW-Authenticate";
        })) {
        response.headers.emplace_back("WWW-Authenticate", "Bearer realm=\"aih\"");
    }
    if (error.retryAfterSeconds()) {
        std::erase_if(response.headers, [](const auto& header) { return header.first == "Retry-After"; });
        response.headers.emplace_back("Retry-After", std::to_string(*error.retryAfterSeconds()));
    }
    return response;
}

} // namespace aih::http
