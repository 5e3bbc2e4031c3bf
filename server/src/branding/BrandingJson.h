// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "branding/Branding.h"
#include "branding/DomainStore.h"
#include "branding/css/CssSanitizer.h"
#include "http/JsonBody.h"

#include <Poco/JSON/Object.h>
#include <vector>

namespace aih::branding {

/// The API shapes of branding, preview and custom domains, and the PUT/preview body.
Poco::JSON::Object::Ptr toJson(const Branding& branding);
Poco::JSON::Array::Ptr toJson(const std::vector<css::CssIssue>& dropped);
Poco::JSON::Object::Ptr toJson(const DomainClaim& claim);
Poco::JSON::Object::Ptr toJson(const Asset& asset, const std::string& kind);

/// Reads every field of a branding body (unknown ones, nested too, are a 400).
BrandingChange brandingChangeFrom(http::JsonBody& body);

} // namespace aih::branding
