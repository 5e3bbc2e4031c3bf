// SPDX-License-Identifier: Apache-2.0
#include "http/Problem.h"

#include "http/ErrorStatus.h"
#include "util/JsonText.h"

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

namespace aih::http {

Response problemResponse(const errors::ApiError& error, const std::string& requestId)
{
    // Written by hand, not through a Poco JSON object: every refused request (a flood of forged
    // API keys, say) renders one, and stringifying an object cost more than serving a 200.
    const auto& description = describe(error.code());
    struct Member
    {
        std::string_view key;
        std::string value;
        bool number = false;
    };
    std::vector<Member> members{
        {"type", "https://docs.aih.example/problems/" + std::string(description.code)},
        {"title", std::string(description.title)},
        {"status", std::to_string(description.status), true},
        {"detail", error.detail()},
        {"code", std::string(description.code)},
        {"request_id", requestId}};
    for (const auto& [key, value] : error.extensions()) {
        // An extension of a standard member's name replaces its value in place.
        const auto same = std::ranges::find(members, std::string_view(key), &Member::key);
        if (same != members.end()) {
            *same = {same->key, value};
        } else {
            members.push_back({key, value});
        }
    }
    std::string body;
    body.reserve(512);
    body += '{';
    for (const auto& [key, value, number] : members) {
        if (body.size() > 1) {
            body += ',';
        }
        util::appendJsonString(body, key);
        body += ':';
        if (number) {
            body += value;
        } else {
            util::appendJsonString(body, value);
        }
    }
    if (!error.fieldErrors().empty()) {
        body += R"(,"errors":[)";
        for (const auto& field : error.fieldErrors()) {
            body += body.back() == '[' ? R"({"field":)" : R"(,{"field":)";
            util::appendJsonString(body, field.field);
            body += R"(,"message":)";
            util::appendJsonString(body, field.message);
            body += '}';
        }
        body += ']';
    }
    body += '}';
    auto response = Response::text(description.status, std::move(body), "application/problem+json");
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
