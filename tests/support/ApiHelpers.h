// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpClient.h"

#include <QJsonArray>
#include <QString>

namespace aih::test {

/// A tenant made through the API by the operator, with its admin signed in.
struct TenantFixture
{
    QString id;
    QString slug;
    QString adminId;
    QString adminEmail;
    QString adminPassword;
    QString accessToken;
    QString refreshToken;
};

struct SignIn
{
    HttpResponse response;
    QString accessToken;
    QString refreshToken;
    QString userId;
};

TenantFixture createTenant(const HttpClient& client, const QString& slug, const QString& tier = "free");
SignIn login(const HttpClient& client, const QString& tenant, const QString& email, const QString& password);
/// Creates a user with a password through the admin API and signs them in.
SignIn createUserAndLogin(const HttpClient& client, const TenantFixture& tenant, const QString& email,
                          const QString& role);
Headers operatorAuth();
/// The Host header of a tenant's own subdomain, `<slug>.aih.test`.
Headers tenantHost(const QString& slug);

struct CreatedKey
{
    HttpResponse response;
    QString id;
    QString key;
};

/// Creates an API key for the signed-in user behind `accessToken`.
CreatedKey createApiKey(const HttpClient& client, const QString& accessToken, const QJsonObject& body);
Headers apiKey(const QString& key);

/// Audit entries as GET /api/enterprise/audit-logs lists them (newest first, one page of up to
/// 200) for a query such as "action=user.create"; throws unless the listing answers 200.
QJsonArray auditEntries(const HttpClient& client, const QString& accessToken, const std::string& query = {});

} // namespace aih::test
