// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "accounts/LinkRequest.h"
#include "http/RequestContext.h"
#include "http/Response.h"

namespace aih::accounts {

/// `{tenant?, email}`; the tenant is else the request's context (its Host, X-Tenant-ID). The
/// mail's language is the best of Accept-Language.
LinkRequest linkRequestOf(http::RequestContext& ctx);

/// 202 `{"status": "accepted"}`: the same whether or not a mail goes out.
http::Response linkRequestAccepted();

} // namespace aih::accounts
