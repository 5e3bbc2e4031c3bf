// SPDX-License-Identifier: Apache-2.0
#include "features/domain/DomainApi.h"

#include "core/net/Json.h"

namespace aih::console {
namespace {

const QString domainPath = QStringLiteral("/api/customization/domain");

std::optional<CustomDomain> customDomainOf(const QJsonDocument& document)
{
    return json::object(document, &CustomDomain::fromJson);
}

} // namespace

Pending<CustomDomain> DomainApi::get() const
{
    auto request = ApiRequest::get(domainPath);
    request.cacheable = true;
    return client_.call<CustomDomain>(request, customDomainOf);
}

Pending<CustomDomain> DomainApi::claim(const QString& domain) const
{
    return client_.call<CustomDomain>(ApiRequest::withJson("PUT", domainPath, {{"domain", domain}}),
                                      customDomainOf);
}

Pending<CustomDomain> DomainApi::verify() const
{
    return client_.call<CustomDomain>(ApiRequest::post(domainPath + "/verify"), customDomainOf);
}

Pending<Done> DomainApi::remove() const
{
    return client_.call<Done>(ApiRequest::del(domainPath), ignoreBody);
}

} // namespace aih::console
