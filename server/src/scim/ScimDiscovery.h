// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <Poco/JSON/Object.h>
#include <string>

namespace aih::scim {

/// What this SCIM service offers (RFC 7644 §4): the configuration, the User and Group schemas
/// with the attributes kept, and the two resource types. `baseUrl` is the SCIM root.
Poco::JSON::Object::Ptr serviceProviderConfig(const std::string& baseUrl,
                                              const std::string& documentationUrl);
Poco::JSON::Object::Ptr schemasList(const std::string& baseUrl);
Poco::JSON::Object::Ptr resourceTypesList(const std::string& baseUrl);

} // namespace aih::scim
