// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <Poco/JSON/Object.h>
#include <string>

namespace aih::apidocs {

/// Renders an OpenAPI document as one plain HTML page: operations grouped by tag with their
/// parameters, bodies and responses, then the schemas. Built on the server from the document,
/// so it needs no script or CDN and fits the pages' strict CSP; every text is escaped.
std::string renderApiDocsPage(const Poco::JSON::Object::Ptr& document);

} // namespace aih::apidocs
