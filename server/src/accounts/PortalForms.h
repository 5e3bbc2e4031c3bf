// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "branding/BrandingService.h"
#include "http/RequestContext.h"
#include "http/Response.h"

#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <utility>

namespace aih::accounts {

/// The portal's account pages (reset, invitation, verification): plain forms, no script.

/// A page with a form in the tenant's branding and a fresh form token in its cookie. The panel
/// source names `{{message}}` and `{{csrf}}`, and may name the `values` given here.
http::Response formPage(http::RequestContext& ctx, branding::BrandingService& branding,
                        const std::string& tenantId, int status, std::string_view panelSource,
                        const std::string& message, bool error,
                        std::initializer_list<std::pair<std::string_view, std::string>> values = {});

/// A page that ends a flow: a heading, a message and a link onwards.
http::Response donePage(branding::BrandingService& branding, const std::string& tenantId, int status,
                        const std::string& heading, const std::string& message, const std::string& link,
                        const std::string& linkText);

/// The `token` query parameter of a page a mail links to. One longer than any this server sends
/// is refused with 422, as the API refuses a bad query parameter.
std::string linkTokenOf(const http::RequestContext& ctx);

/// A posted field, or empty when it was not sent.
std::string fieldOf(const std::map<std::string, std::string>& fields, const char* name);

} // namespace aih::accounts
