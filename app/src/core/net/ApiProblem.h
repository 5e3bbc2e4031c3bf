// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

namespace aih::console {

struct FieldProblem
{
    QString field;
    QString message;
};

/// Why a call failed, in a form the user can read: an RFC 9457 problem document from the
/// server, or a transport failure (unreachable, TLS, timeout) described by the client.
class ApiProblem
{
    Q_DECLARE_TR_FUNCTIONS(ApiProblem)

public:
    enum class Kind
    {
        Http,
        Unreachable,
        Tls,
        Timeout,
        Redirect,
        Cancelled,
        BadResponse,
        LocalFile,
        /// A sign-in in the system browser that did not come back with a code: refused by the
        /// identity provider or the server, not finished in time, or no browser to open.
        Browser
    };

    /// Reads a problem+json body; anything else becomes a problem named after the status.
    static ApiProblem fromHttp(int status, const QByteArray& body, int retryAfterSeconds = -1);
    static ApiProblem transport(Kind kind, const QString& detail);

    Kind kind = Kind::Http;
    int status = 0;
    QString code;
    QString title;
    QString detail;
    QString requestId;
    QList<FieldProblem> fields;
    /// Seconds from `Retry-After`, -1 when the server gave none.
    int retryAfterSeconds = -1;
    /// Extension members of interest to the console (e.g. `required_plan`).
    QString requiredPlan;

    /// A heading that says what went wrong in the user's language.
    QString summary() const;
    /// The summary, the server's detail, field errors one per line, and the request id to quote.
    QString message() const;

    bool isHttp(int httpStatus) const { return kind == Kind::Http && status == httpStatus; }
    /// The server could not be reached at all, so cached data is the best there is.
    bool isUnreachable() const { return kind == Kind::Unreachable; }
};

} // namespace aih::console

Q_DECLARE_METATYPE(aih::console::ApiProblem)
