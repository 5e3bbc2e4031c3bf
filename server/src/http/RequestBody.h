// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/JsonBody.h"
#include "http/RequestContext.h"

namespace aih::http {

/// The request's body as a JSON object: 415 unless the media type is application/json, then
/// the bounded parse of JsonBody.
JsonBody jsonBodyOf(const RequestContext& ctx);
/// The same for a body whose fields are all optional: an empty body is as good as `{}`.
JsonBody optionalJsonBodyOf(const RequestContext& ctx);

/// A path parameter that must be a UUID; anything else cannot name an object, so 404.
/// The path parameter as a UUID in lower case, the one spelling ids are compared in (a guard such
/// as "not the platform tenant" must not be passed by writing its id in capitals); 404 otherwise.
std::string uuidParam(const RequestContext& ctx, const std::string& name);

} // namespace aih::http
