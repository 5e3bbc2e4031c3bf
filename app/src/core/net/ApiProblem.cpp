// SPDX-License-Identifier: Apache-2.0
#include "core/net/ApiProblem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace aih::console {

ApiProblem ApiProblem::fromHttp(int status, const QByteArray& body, int retryAfterSeconds)
{
    ApiProblem problem;
    problem.status = status;
    problem.retryAfterSeconds = retryAfterSeconds;
    const auto document = QJsonDocument::fromJson(body);
    if (!document.isObject()) {
        return problem;
    }
    const auto object = document.object();
    problem.code = object.value("code").toString();
    problem.title = object.value("title").toString();
    problem.detail = object.value("detail").toString();
    problem.requestId = object.value("request_id").toString();
    problem.requiredPlan = object.value("required_plan").toString();
    for (const auto& entry : object.value("errors").toArray()) {
        const auto field = entry.toObject();
        problem.fields.append({field.value("field").toString(), field.value("message").toString()});
    }
    return problem;
}

ApiProblem ApiProblem::transport(Kind kind, const QString& detail)
{
    ApiProblem problem;
    problem.kind = kind;
    problem.detail = detail;
    return problem;
}

QString ApiProblem::summary() const
{
    switch (kind) {
    case Kind::Unreachable:
        return tr("The server cannot be reached.");
    case Kind::Tls:
        return tr("The server's identity could not be verified; the connection was refused.");
    case Kind::Timeout:
        return tr("The server did not answer in time.");
    case Kind::Redirect:
        return tr("The server redirected the request; check the server address.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::BadResponse:
        return tr("The server sent a response the console does not understand.");
    case Kind::LocalFile:
        return tr("The file could not be written.");
    case Kind::Browser:
        return tr("The sign-in in the web browser did not complete.");
    case Kind::Http:
        break;
    }
    if (code == "plan_limit") {
        return tr("Your plan's limit is reached.");
    }
    if (code == "feature_not_in_plan") {
        return requiredPlan.isEmpty() ? tr("Your plan does not include this feature.")
                                      : tr("This needs the %1 plan or higher.").arg(requiredPlan);
    }
    if (code == "last_admin") {
        return tr("The tenant must keep at least one active admin.");
    }
    if (code == "invalid_credentials") {
        return tr("The tenant, email or password is not right.");
    }
    if (code == "sso_required") {
        return tr("This account signs in through single sign-on: use “Sign in with SSO”.");
    }
    if (code == "identity_provider_error") {
        return tr("The identity provider could not be used.");
    }
    switch (status) {
    case 400:
    case 422:
        return tr("The server refused the input.");
    case 401:
        return tr("You are not signed in, or your session has ended.");
    case 403:
        return tr("You are not allowed to do this.");
    case 404:
        return tr("Not found: it does not exist or is not visible to you.");
    case 409:
        return tr("This conflicts with something that already exists.");
    case 413:
        return tr("What you sent is too large.");
    case 429:
        return retryAfterSeconds >= 0
                   ? tr("Too many requests; try again in %n second(s).", nullptr, retryAfterSeconds)
                   : tr("Too many requests; try again later.");
    default:
        break;
    }
    if (status >= 500) {
        return tr("The server had a problem (HTTP %1).").arg(status);
    }
    return tr("The request failed (HTTP %1).").arg(status);
}

QString ApiProblem::message() const
{
    QStringList lines{summary()};
    if (!detail.isEmpty() && detail != summary()) {
        lines << detail;
    }
    for (const auto& field : fields) {
        lines << QStringLiteral("• %1: %2").arg(field.field, field.message);
    }
    if (!requestId.isEmpty()) {
        lines << tr("Request ID: %1").arg(requestId);
    }
    return lines.join('\n');
}

} // namespace aih::console
