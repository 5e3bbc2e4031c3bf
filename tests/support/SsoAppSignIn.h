// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpClient.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QUrl>
#include <QUrlQuery>
#include <utility>

namespace aih::test {

inline QString base64Url(const QByteArray& bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

/// 32 random bytes, base64url: a PKCE verifier or an application's state.
inline QString randomText()
{
    QByteArray bytes(32, '\0');
    for (auto& byte : bytes) {
        byte = static_cast<char>(QRandomGenerator::system()->bounded(256));
    }
    return base64Url(bytes);
}

/// The decoded query of `url`, e.g. where aihd sent the browser back to.
inline QUrlQuery queryOf(const QString& url)
{
    return QUrlQuery(QUrl(url).query(QUrl::FullyDecoded));
}

/// An application/x-www-form-urlencoded body, fields in order (the HTTP-POST binding's form).
inline QByteArray formOf(const QList<std::pair<QString, QString>>& fields)
{
    QByteArray form;
    for (const auto& [name, value] : fields) {
        if (!form.isEmpty()) {
            form += '&';
        }
        form += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return form;
}

/// What an application (the console) holds while the browser is away at the identity provider:
/// its PKCE verifier, its own state, and aihd's answer to the start.
struct AppSignIn
{
    QString verifier = randomText();
    QString state = randomText();
    HttpResponse started;

    QString challenge() const
    {
        return base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256));
    }
    QString redirectUrl() const { return started.json()["redirect_url"].toString(); }
};

} // namespace aih::test
