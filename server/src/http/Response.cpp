// SPDX-License-Identifier: Apache-2.0
#include "http/Response.h"

#include "util/JsonText.h"
#include "util/StreamWriter.h"

#include <Poco/JSON/Stringifier.h>
#include <sstream>

namespace aih::http {

Poco::Dynamic::Var textOrNull(const std::string& text)
{
    return text.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(text);
}

Poco::JSON::Object::Ptr listPage(const Poco::JSON::Array::Ptr& data,
                                 const std::optional<std::string>& nextCursor)
{
    Poco::JSON::Object::Ptr page = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    page->set("data", data);
    page->set("next_cursor", nextCursor ? Poco::Dynamic::Var(*nextCursor) : Poco::Dynamic::Var());
    return page;
}

Response Response::json(int status, const Poco::JSON::Object::Ptr& object)
{
    return text(status, util::toJsonText(object), "application/json");
}

Response Response::json(int status, const Poco::JSON::Array::Ptr& array)
{
    return text(status, util::toJsonText(array), "application/json");
}

Response Response::text(int status, std::string body, std::string contentType)
{
    Response response;
    response.status = status;
    response.contentType = std::move(contentType);
    response.body = std::move(body);
    return response;
}

Response Response::noContent()
{
    return text(204, "", "");
}

Response Response::seeOther(const std::string& location)
{
    auto response = text(303, "");
    response.headers.emplace_back("Location", location);
    return response;
}

Response Response::streamed(int status, std::string contentType, util::StreamWriter writer)
{
    auto response = text(status, "", std::move(contentType));
    response.stream = std::move(writer);
    return response;
}

Response Response::page(std::string html)
{
    auto response = text(200, std::move(html), "text/html; charset=utf-8");
    response.delivery = Delivery::Page;
    return response;
}

Response Response::immutable(std::string body, std::string contentType, std::string etag)
{
    auto response = text(200, std::move(body), std::move(contentType));
    response.delivery = Delivery::Immutable;
    response.etag = std::move(etag);
    return response;
}

} // namespace aih::http
