// SPDX-License-Identifier: Apache-2.0
#include "http/Response.h"

#include <Poco/JSON/Stringifier.h>
#include <sstream>

namespace aih::http {

std::string toJsonText(const Poco::Dynamic::Var& value)
{
    std::ostringstream out;
    Poco::JSON::Stringifier::stringify(value, out, 0, -1, Poco::JSON_WRAP_STRINGS);
    return out.str();
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
    return {status, "application/json", toJsonText(object), {}, {}};
}

Response Response::json(int status, const Poco::JSON::Array::Ptr& array)
{
    return {status, "application/json", toJsonText(array), {}, {}};
}

Response Response::text(int status, std::string body, std::string contentType)
{
    return {status, std::move(contentType), std::move(body), {}, {}};
}

Response Response::noContent()
{
    return {204, "", "", {}, {}};
}

Response Response::streamed(int status, std::string contentType, BodyWriter writer)
{
    Response response{status, std::move(contentType), "", {}, {}};
    response.stream = std::move(writer);
    return response;
}

} // namespace aih::http
