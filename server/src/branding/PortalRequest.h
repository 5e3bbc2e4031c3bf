// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/AuthService.h"
#include "http/RequestContext.h"
#include "http/Response.h"
#include "tenancy/TenantDirectory.h"

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace aih::branding {

/// The portal's cookies. Host-only (no Domain), limited to /portal, HttpOnly, SameSite=Strict.
inline constexpr std::string_view sessionCookie = "aih_portal_session";
inline constexpr std::string_view csrfCookie = "aih_portal_csrf";
/// The session's refresh token: renews the 15-minute session cookie, rotating on each use.
inline constexpr std::string_view refreshCookie = "aih_portal_refresh";
/// A sign-in waiting for its second factor: the challenge token, for /portal/login/mfa.
inline constexpr std::string_view mfaCookie = "aih_portal_mfa";

/// The tenant whose portal the request's Host names; 404 otherwise. The portal answers to its
/// Host alone: no header or credential can make one tenant's domain show another.
std::string portalTenant(http::RequestContext& ctx, tenancy::TenantDirectory& directory);

/// The value of the request's cookie `name`; empty when it sent none.
std::string cookieOf(const http::RequestContext& ctx, std::string_view name);
/// The origin the browser reached the portal at (the Host was resolved to the tenant first):
/// `https://` when it came over TLS.
std::string portalOrigin(const http::RequestContext& ctx);
/// A single sign-on in flight: sent back when the identity provider returns the browser, a
/// cross-site navigation that SameSite=Strict cookies do not survive, so this one is Lax.
inline constexpr std::string_view ssoCookie = "aih_portal_sso";
http::Response withLaxCookie(http::Response response, const http::RequestContext& ctx, std::string_view name,
                             const std::string& value, long long maxAgeSeconds);

/// A Set-Cookie value for the portal; `maxAgeSeconds` 0 deletes the cookie. Secure when the
/// request came over TLS.
std::string portalCookie(const http::RequestContext& ctx, std::string_view name, const std::string& value,
                         long long maxAgeSeconds);

/// `response` with a portal cookie added.
http::Response withCookie(http::Response response, const http::RequestContext& ctx, std::string_view name,
                          const std::string& value, long long maxAgeSeconds);
/// 303 See Other to `location` (after a form post).
http::Response redirect(const std::string& location);

/// Both session cookies of a portal session that `signedIn` started or renewed.
http::Response withPortalSession(http::Response response, const http::RequestContext& ctx,
                                 const auth::SignedIn& signedIn, std::chrono::seconds refreshTtl);
/// A page holding a form token or a user's details: never stored by a cache, and sending its
/// real Origin with its forms (browsers send "null" under the default no-referrer policy).
http::Response privatePage(int status, std::string html);
/// How long a portal form's token stays valid.
inline constexpr long long csrfCookieSeconds = 2LL * 3600;

/// Whether a form post comes from a page this host served: its Origin, when the browser sends
/// one, is this host, and its token is the one in the SameSite=Strict cookie set with the
/// page (double submit: another site can neither read the cookie nor make the browser send it).
bool fromOwnPage(const http::RequestContext& ctx, const std::string& formToken);

} // namespace aih::branding
