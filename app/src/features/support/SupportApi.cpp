// SPDX-License-Identifier: Apache-2.0
#include "features/support/SupportApi.h"

#include "core/net/Json.h"

namespace aih::console {
namespace {

const QString grantsPath = QStringLiteral("/api/enterprise/support-access");

std::optional<SupportGrant> grantOf(const QJsonDocument& document)
{
    return json::object(document, &SupportGrant::fromJson);
}

} // namespace

Pending<QList<SupportGrant>> SupportApi::grants() const
{
    return client_.call<QList<SupportGrant>>(ApiRequest::get(grantsPath), [](const QJsonDocument& document) {
        return json::list<SupportGrant>(document, &SupportGrant::fromJson);
    });
}

Pending<SupportGrant> SupportApi::grant(int minutes, const QString& reason) const
{
    QJsonObject body{{"minutes", minutes}};
    if (!reason.trimmed().isEmpty()) {
        body["reason"] = reason.trimmed();
    }
    return client_.call<SupportGrant>(ApiRequest::post(grantsPath, body), grantOf);
}

Pending<SupportGrant> SupportApi::revoke(const QString& id) const
{
    return client_.call<SupportGrant>(ApiRequest::del(grantsPath + "/" + id), grantOf);
}

} // namespace aih::console
