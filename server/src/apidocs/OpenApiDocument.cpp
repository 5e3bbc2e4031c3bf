// SPDX-License-Identifier: Apache-2.0
#include "apidocs/OpenApiDocument.h"

#include <Poco/JSON/ParseHandler.h>
#include <Poco/JSON/Parser.h>

namespace aih::apidocs {

Poco::JSON::Object::Ptr openApiDocument()
{
    // Key order kept, so the rendered reference lists things as the file does.
    Poco::JSON::Parser parser(new Poco::JSON::ParseHandler(true));
    return parser.parse(embeddedOpenApiText()).extract<Poco::JSON::Object::Ptr>();
}

} // namespace aih::apidocs
