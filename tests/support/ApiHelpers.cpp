// SPDX-License-Identifier: Apache-2.0
#include "ApiHelpers.h"

#include "ServerProcess.h"

#include <stdexcept>

namespace aih::test {

Headers operatorAuth()
{
    return bearer(ServerProcess::operatorToken);
}

Headers tenantHost(const QString& slug)
{
    return {{"Host", slug.toStdString() + "." + ServerProcess::baseDomain}};
}

TenantFixture createTenant(const HttpClient& client, const QString& slug, const QString& tier)
{
    TenantFixture fixture;
    fixture.slug = slug;
    fixture.adminEmail = "admin@" + slug + ".example";
    fixture.adminPassword = "password-of-" + slug;
    const auto created = client.post("/api/enterprise/tenants",
                                     {{"name", "Tenant " + slug},
                                      {"slug", slug},
                                      {"subscription_tier", tier},
                                      {"admin_email", fixture.adminEmail},
                                      {"admin_password", fixture.adminPassword}},
                                     operatorAuth());
    if (created.status != 201) {
        throw std::runtime_error("creating tenant failed: " + created.body.toStdString());
    }
    fixture.id = created.json()["tenant"].toObject()["id"].toString();
    fixture.adminId = created.json()["owner"].toObject()["id"].toString();
    const auto signIn = login(client, slug, fixture.adminEmail, fixture.adminPassword);
    fixture.accessToken = signIn.accessToken;
    fixture.refreshToken = signIn.refreshToken;
    return fixture;
}

SignIn login(const HttpClient& client, const QString& tenant, const QString& email, const QString& password)
{
    SignIn result;
    result.response =
        client.post("/api/auth/login", {{"tenant", tenant}, {"email", email}, {"password", password}});
    const auto body = result.response.json();
    result.accessToken = body["access_token"].toString();
    result.refreshToken = body["refresh_token"].toString();
    result.userId = body["user"].toObject()["id"].toString();
    return result;
}

SignIn createUserAndLogin(const HttpClient& client, const TenantFixture& tenant, const QString& email,
                          const QString& role)
{
    const QString password = "password-for-" + email;
    const auto created =
        client.post("/api/enterprise/admin/users", {{"email", email}, {"role", role}, {"password", password}},
                    bearer(tenant.accessToken));
    if (created.status != 201) {
        throw std::runtime_error("creating user failed: " + created.body.toStdString());
    }
    return login(client, tenant.slug, email, password);
}

CreatedKey createApiKey(const HttpClient& client, const QString& accessToken, const QJsonObject& body)
{
    CreatedKey created;
    created.response = client.post("/api/enterprise/api-keys", body, bearer(accessToken));
    created.id = created.response.json()["id"].toString();
    created.key = created.response.json()["key"].toString();
    return created;
}

Headers apiKey(const QString& key)
{
    return {{"X-API-Key", key.toStdString()}};
}

QJsonArray auditEntries(const HttpClient& client, const QString& accessToken, const std::string& query)
{
    const auto response = client.get(
        "/api/enterprise/audit-logs?limit=200" + (query.empty() ? "" : "&" + query), bearer(accessToken));
    if (response.status != 200) {
        throw std::runtime_error("listing audit entries failed: " + response.body.toStdString());
    }
    return response.json()["data"].toArray();
}

} // namespace aih::test
