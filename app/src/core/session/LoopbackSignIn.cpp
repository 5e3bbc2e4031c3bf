// SPDX-License-Identifier: Apache-2.0
#include "core/session/LoopbackSignIn.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace aih::console {
namespace {

const QString callbackPath = QStringLiteral("/callback");
const char* const headProperty = "aihRequestHead";

QString base64Url(const QByteArray& bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

/// 256 bits from the system's generator: 43 characters, as long as PKCE's shortest verifier.
QString randomText()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return base64Url(QByteArray(reinterpret_cast<const char*>(words), sizeof(words)));
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Error";
    }
}

} // namespace

LoopbackSignIn::LoopbackSignIn(QObject* parent)
    : QObject(parent), server_(new QTcpServer(this)), timer_(new QTimer(this)), verifier_(randomText()),
      state_(randomText())
{
    timer_->setSingleShot(true);
    connect(timer_, &QTimer::timeout, this, [this] {
        const auto minutes = static_cast<int>(std::chrono::ceil<std::chrono::minutes>(timeout_).count());
        fail(ApiProblem::transport(ApiProblem::Kind::Browser,
                                   tr("It was not finished within %n minute(s).", nullptr, minutes)));
    });
    connect(server_, &QTcpServer::newConnection, this, &LoopbackSignIn::acceptConnections);
}

bool LoopbackSignIn::listen()
{
    // Loopback only: the code must never be reachable from another machine.
    if (!server_->listen(QHostAddress::LocalHost, 0)) {
        fail(ApiProblem::transport(
            ApiProblem::Kind::Browser,
            tr("The console could not listen on 127.0.0.1: %1").arg(server_->errorString())));
        return false;
    }
    timer_->start(timeout_);
    return true;
}

void LoopbackSignIn::cancel()
{
    fail(ApiProblem::transport(ApiProblem::Kind::Cancelled, {}));
}

bool LoopbackSignIn::isListening() const
{
    return server_->isListening();
}

QUrl LoopbackSignIn::redirectUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(server_->serverPort());
    url.setPath(callbackPath);
    return url;
}

QString LoopbackSignIn::codeChallenge() const
{
    return base64Url(QCryptographicHash::hash(verifier_.toLatin1(), QCryptographicHash::Sha256));
}

QJsonObject LoopbackSignIn::challenge() const
{
    return {{"redirect_uri", redirectUri().toString()},
            {"state", state_},
            {"code_challenge", codeChallenge()},
            {"code_challenge_method", "S256"}};
}

void LoopbackSignIn::acceptConnections()
{
    while (auto* socket = server_->nextPendingConnection()) {
        // Qt would otherwise take in whatever is sent; the head is all that is ever looked at.
        socket->setReadBufferSize(maxRequestHead + 1);
        // The browser sends its request at once; anything else may not hold a connection open.
        QTimer::singleShot(requestDeadline, socket, &QTcpSocket::abort);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readHead(socket); });
    }
}

void LoopbackSignIn::readHead(QTcpSocket* socket)
{
    auto head = socket->property(headProperty).toByteArray();
    head += socket->read(maxRequestHead + 1 - head.size());
    if (!head.contains("\r\n\r\n")) {
        if (head.size() > maxRequestHead) {
            reply(socket, 431, tr("Request too large"), {});
        } else {
            socket->setProperty(headProperty, head);
        }
        return;
    }
    handle(socket, head.left(head.indexOf("\r\n")));
}

void LoopbackSignIn::handle(QTcpSocket* socket, const QByteArray& requestLine)
{
    const auto parts = requestLine.split(' ');
    const auto target = parts.size() == 3 ? QUrl::fromEncoded(parts[1]) : QUrl();
    if (done_ || parts[0] != "GET" || !target.isValid() || target.path() != callbackPath) {
        reply(socket, 404, tr("Not found"), {});
        return;
    }
    // Form encoding writes spaces as '+'; a literal '+' arrives as %2B and stays one.
    const QUrlQuery query(target.query(QUrl::FullyEncoded).replace('+', QStringLiteral("%20")));
    const auto value = [&query](const char* name) {
        return query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    };
    // Anyone on this machine can reach the port; only the state proves the answer is ours.
    if (value("state") != state_) {
        reply(socket, 400, tr("Not this sign-in"),
              tr("This page does not belong to the sign-in AI Heart Console is waiting for."));
        return;
    }
    if (const auto code = value("code"); !code.isEmpty()) {
        reply(socket, 200, tr("Signed in"), tr("You can close this window and return to AI Heart Console."));
        finish();
        emit answered(code);
        return;
    }
    if (const auto error = value("error"); !error.isEmpty()) {
        reply(socket, 200, tr("The sign-in did not complete"),
              tr("AI Heart Console shows why. You can close this window."));
        const auto description = value("error_description");
        fail(ApiProblem::transport(ApiProblem::Kind::Browser, description.isEmpty() ? error : description));
        return;
    }
    reply(socket, 400, tr("No answer"), tr("This page carries neither a code nor an error."));
}

void LoopbackSignIn::reply(QTcpSocket* socket, int status, const QString& heading, const QString& text)
{
    socket->disconnect(this);
    // A fixed page: nothing from the request is echoed into it.
    const auto page =
        QStringLiteral(
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
            "<body style=\"font-family: sans-serif; margin: 3em\"><h1>%1</h1><p>%2</p></body></html>")
            .arg(heading.toHtmlEscaped(), text.toHtmlEscaped())
            .toUtf8();
    const QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                                "\r\n"
                                "Content-Type: text/html; charset=utf-8\r\n"
                                "Content-Length: " +
                                QByteArray::number(page.size()) +
                                "\r\n"
                                "Cache-Control: no-store\r\n"
                                "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n"
                                "Referrer-Policy: no-referrer\r\n"
                                "X-Content-Type-Options: nosniff\r\n"
                                "Connection: close\r\n\r\n" +
                                page;
    socket->write(response);
    socket->flush();
    socket->disconnectFromHost();
}

void LoopbackSignIn::finish()
{
    done_ = true;
    timer_->stop();
    server_->close();
}

void LoopbackSignIn::fail(const ApiProblem& problem)
{
    if (done_) {
        return;
    }
    finish();
    emit failed(problem);
}

} // namespace aih::console
