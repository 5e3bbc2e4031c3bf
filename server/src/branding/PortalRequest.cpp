// SPDX-License-Identifier: Apache-2.0
#include "branding/PortalRequest.h"

#include "crypto/Secrets.h"
#include "errors/ApiError.h"

#include <Poco/Net/NameValueCollection.h>
#include <Poco/String.h>
#include <Poco/URI.h>
#include <algorithm>
#include <sstream>

namespace aih::branding {
namespace {

// aihd speaks plain HTTP behind a TLS-terminating proxy, which says so in X-Forwarded-Proto.
// Trusting the header is safe here: it only decides the flags of the cookie answered to the
// very request that carries it, which a browser never lets another site set.
bool overTls(const http::RequestContext& ctx)
{
    return Poco::icompare(ctx.header("X-Forwarded-Proto"), "https") == 0;
}

std::string hostPart(const std::string& hostHeader)
{
    return Poco::toLower(hostHeader);
}

} // namespace

std::string portalTenant(http::RequestContext& ctx, tenancy::TenantDirectory& directory)
{
    auto id = directory.tenantForHost(ctx.header("Host"));
    if (!id) {
        throw errors::ApiError(errors::ErrorCode::NotFound,
                               "No portal here: open it on your workspace's own address.");
    }
    return *id;
}

std::string cookieOf(const http::RequestContext& ctx, std::string_view name)
{
    Poco::Net::NameValueCollection cookies;
    ctx.request.getCookies(cookies);
    return cookies.get(std::string(name), "");
}

std::string portalCookie(const http::RequestContext& ctx, std::string_view name, const std::string& value,
                         long long maxAgeSeconds)
{
    return std::string(name) + "=" + value + "; Path=/portal; Max-Age=" + std::to_string(maxAgeSeconds) +
           "; HttpOnly; SameSite=Strict" + (overTls(ctx) ? "; Secure" : "");
}

http::Response withCookie(http::Response response, const http::RequestContext& ctx, std::string_view name,
                          const std::string& value, long long maxAgeSeconds)
{
    response.headers.emplace_back("Set-Cookie", portalCookie(ctx, name, value, maxAgeSeconds));
    return response;
}

std::string portalOrigin(const http::RequestContext& ctx)
{
    return std::string(overTls(ctx) ? "https://" : "http://") + hostPart(ctx.header("Host"));
}

http::Response withLaxCookie(http::Response response, const http::RequestContext& ctx, std::string_view name,
                             const std::string& value, long long maxAgeSeconds)
{
    auto cookie = portalCookie(ctx, name, value, maxAgeSeconds);
    cookie.replace(cookie.find("SameSite=Strict"), std::string_view("SameSite=Strict").size(),
                   "SameSite=Lax");
    response.headers.emplace_back("Set-Cookie", cookie);
    return response;
}

http::Response redirect(const std::string& location)
{
    return http::Response::seeOther(location);
}

http::Response privatePage(int status, std::string html)
{
    auto response = http::Response::page(std::move(html));
    response.status = status;
    response.headers.emplace_back("Cache-Control", "no-store");
    response.headers.emplace_back("Referrer-Policy", "same-origin");
    return response;
}

bool fromOwnPage(const http::RequestContext& ctx, const std::string& formToken)
{
    const auto origin = ctx.header("Origin");
    if (!origin.empty()) {
        try {
            const Poco::URI uri(origin);
            const auto port = uri.getPort();
            const bool defaultPort =
                (uri.getScheme() == "http" && port == 80) || (uri.getScheme() == "https" && port == 443);
            const auto authority =
                Poco::toLower(uri.getHost()) + (defaultPort ? "" : ":" + std::to_string(port));
            if (authority != hostPart(ctx.header("Host"))) {
                return false;
            }
        } catch (const Poco::Exception&) {
            return false; // "null" and other opaque origins
        }
    }
    const auto cookie = cookieOf(ctx, csrfCookie);
    return !cookie.empty() && crypto::constantTimeEquals(cookie, formToken);
}

http::Response withPortalSession(http::Response response, const http::RequestContext& ctx,
                                 const auth::SignedIn& signedIn, std::chrono::seconds refreshTtl)
{
    response =
        withCookie(std::move(response), ctx, sessionCookie, signedIn.accessToken, signedIn.expiresIn.count());
    return withCookie(std::move(response), ctx, refreshCookie, signedIn.refreshToken, refreshTtl.count());
}

} // namespace aih::branding
