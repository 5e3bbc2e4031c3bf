// SPDX-License-Identifier: Apache-2.0
#include "features/sso/SsoApi.h"

#include "core/net/Json.h"

namespace aih::console {
namespace {

const QString connectionsPath = QStringLiteral("/api/enterprise/sso/connections");
const QString domainsPath = QStringLiteral("/api/enterprise/sso/domains");
const QString scimTokenPath = QStringLiteral("/api/enterprise/sso/scim-token");

/// The items of `{"<key>": [...]}`, as these lists come unpaged.
template <typename T, typename Reader>
std::optional<QList<T>> listIn(const QJsonDocument& document, const QString& key, Reader item)
{
    const auto items = document.object().value(key);
    if (!items.isArray()) {
        return std::nullopt;
    }
    return json::list<T>(QJsonDocument(items.toArray()), item);
}

std::optional<SsoConnection> connectionOf(const QJsonDocument& document)
{
    return json::object(document, &SsoConnection::fromJson);
}

std::optional<SsoDomain> domainOf(const QJsonDocument& document)
{
    return json::object(document, &SsoDomain::fromJson);
}

} // namespace

Pending<QList<SsoConnection>> SsoApi::connections() const
{
    auto request = ApiRequest::get(connectionsPath);
    request.cacheable = true;
    return client_.call<QList<SsoConnection>>(request, [](const QJsonDocument& document) {
        return listIn<SsoConnection>(document, "connections", &SsoConnection::fromJson);
    });
}

Pending<SsoConnection> SsoApi::createConnection(const SsoConnectionDraft& draft) const
{
    return client_.call<SsoConnection>(ApiRequest::post(connectionsPath, draft.toJson()), connectionOf);
}

Pending<SsoConnection> SsoApi::updateConnection(const QString& id, const SsoConnectionDraft& draft) const
{
    return client_.call<SsoConnection>(
        ApiRequest::withJson("PATCH", connectionsPath + '/' + id, draft.toJson()), connectionOf);
}

Pending<Done> SsoApi::removeConnection(const QString& id) const
{
    return client_.call<Done>(ApiRequest::del(connectionsPath + '/' + id), ignoreBody);
}

ApiRequest SsoApi::testStart(const QString& connectionId)
{
    return ApiRequest::post(connectionsPath + '/' + connectionId + "/test");
}

Pending<SsoTestResult> SsoApi::testResult(const QString& connectionId, const QString& code,
                                          const QString& verifier) const
{
    return client_.call<SsoTestResult>(
        ApiRequest::post(connectionsPath + '/' + connectionId + "/test/result",
                         {{"code", code}, {"code_verifier", verifier}}),
        [](const QJsonDocument& document) { return json::object(document, &SsoTestResult::fromJson); });
}

Pending<QList<SsoDomain>> SsoApi::domains() const
{
    auto request = ApiRequest::get(domainsPath);
    request.cacheable = true;
    return client_.call<QList<SsoDomain>>(request, [](const QJsonDocument& document) {
        return listIn<SsoDomain>(document, "domains", &SsoDomain::fromJson);
    });
}

Pending<SsoDomain> SsoApi::claimDomain(const QString& domain) const
{
    return client_.call<SsoDomain>(ApiRequest::post(domainsPath, {{"domain", domain}}), domainOf);
}

Pending<SsoDomain> SsoApi::verifyDomain(const QString& id) const
{
    return client_.call<SsoDomain>(ApiRequest::post(domainsPath + '/' + id + "/verify"), domainOf);
}

Pending<Done> SsoApi::removeDomain(const QString& id) const
{
    return client_.call<Done>(ApiRequest::del(domainsPath + '/' + id), ignoreBody);
}

Pending<ScimTokenStatus> SsoApi::scimToken() const
{
    return client_.call<ScimTokenStatus>(ApiRequest::get(scimTokenPath), [](const QJsonDocument& document) {
        return json::object(document, &ScimTokenStatus::fromJson);
    });
}

Pending<IssuedScimToken> SsoApi::newScimToken() const
{
    return client_.call<IssuedScimToken>(ApiRequest::post(scimTokenPath), [](const QJsonDocument& document) {
        return json::object(document, &IssuedScimToken::fromJson);
    });
}

} // namespace aih::console
