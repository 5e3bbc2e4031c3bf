// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/JsonBody.h"
#include "sso/SsoConnection.h"

#include <Poco/JSON/Object.h>
#include <string>

namespace aih::sso {

/// A connection as its admin sees it: never the client secret, only whether one is set;
/// `redirect_uri` is the callback to register at the provider.
Poco::JSON::Object::Ptr toJson(const SsoConnection& connection, const std::string& callbackUrl);

/// The fields of a create or update body; finishes the body (unknown fields are refused).
ConnectionFields connectionFieldsOf(http::JsonBody& body);

} // namespace aih::sso
