// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/JsonBody.h"
#include "sso/SsoConnection.h"
#include "sso/SsoEndpoints.h"

#include <Poco/JSON/Object.h>
#include <string>

namespace aih::sso {

/// A connection as its admin sees it: never the client secret, only whether one is set;
/// `redirect_uri` is where the provider sends its answer (the OpenID callback or the SAML ACS),
/// and a SAML connection's `sp_entity_id` and `metadata_url` are what its provider is told.
Poco::JSON::Object::Ptr toJson(const SsoConnection& connection, const SsoEndpoints& endpoints);

/// The fields of a create or update body; finishes the body (unknown fields are refused).
ConnectionFields connectionFieldsOf(http::JsonBody& body);

} // namespace aih::sso
