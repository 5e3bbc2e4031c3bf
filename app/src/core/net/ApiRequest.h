// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>
#include <optional>

namespace aih::console {

/// One part of a multipart/form-data upload; kept as bytes so the request can be sent again
/// after a token refresh.
struct FormPart
{
    QString name;
    QByteArray data;
    QString fileName;
    QString contentType;
};

/// What to send, independent of the server it goes to: the API client resolves `path` against
/// the signed-in server.
struct ApiRequest
{
    QByteArray method = "GET";
    QString path;
    QUrlQuery query;
    std::optional<QJsonObject> json;
    QList<FormPart> form;
    /// Sign-in and refresh go without the session's bearer token.
    bool authenticated = true;
    /// Successful responses are kept for reading while the server is unreachable.
    bool cacheable = false;
    /// Follows `next_cursor` until the list ends and answers `{"data": [every item]}`.
    bool allPages = false;

    static ApiRequest get(const QString& path, const QUrlQuery& query = {})
    {
        return {"GET", path, query, std::nullopt, {}, true, false, false};
    }
    static ApiRequest withJson(const QByteArray& method, const QString& path, const QJsonObject& body)
    {
        return {method, path, {}, body, {}, true, false, false};
    }
    static ApiRequest post(const QString& path, const QJsonObject& body = {})
    {
        return withJson("POST", path, body);
    }
    static ApiRequest del(const QString& path)
    {
        return {"DELETE", path, {}, std::nullopt, {}, true, false, false};
    }

    /// The key the offline cache files this request's response under.
    QString cacheKey() const
    {
        return query.isEmpty() ? path : path + '?' + query.toString(QUrl::FullyEncoded);
    }
};

} // namespace aih::console
