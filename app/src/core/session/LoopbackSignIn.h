// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/net/ApiProblem.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <chrono>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace aih::console {

/// The console's end of a sign-in in the system browser (RFC 8252, loopback redirect): listens
/// on 127.0.0.1 on a port the system picks, holds this attempt's PKCE verifier and state, and
/// waits for the one request the browser makes when the provider is done with it. The browser
/// gets a small page saying it can be closed. Emits exactly one of answered() or failed(),
/// after which nothing listens any more.
class LoopbackSignIn : public QObject
{
    Q_OBJECT

public:
    /// How long the person has to finish in the browser.
    static constexpr std::chrono::minutes defaultTimeout{5};
    /// A request head larger than this (8 KiB) is not the browser coming back.
    static constexpr qsizetype maxRequestHead = 8192;
    /// How long one connection may take to send its request head.
    static constexpr std::chrono::seconds requestDeadline{10};

    explicit LoopbackSignIn(QObject* parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout) { timeout_ = timeout; }
    /// Starts listening and the timeout; false, with failed() emitted, if no port was had.
    bool listen();
    /// Stops waiting and listening; emits failed() with a Cancelled problem if still waiting.
    void cancel();

    bool isListening() const;
    /// `http://127.0.0.1:<port>/callback`, once listening.
    QUrl redirectUri() const;
    const QString& state() const { return state_; }
    const QString& codeVerifier() const { return verifier_; }
    /// BASE64URL(SHA-256(verifier)), without padding (PKCE S256).
    QString codeChallenge() const;
    /// `redirect_uri`, `state`, `code_challenge` and `code_challenge_method`, as the server's
    /// start requests take them.
    QJsonObject challenge() const;

signals:
    /// The browser came back with a code, for the server to exchange with codeVerifier().
    void answered(const QString& code);
    void failed(const aih::console::ApiProblem& problem);

private:
    void acceptConnections();
    void readHead(QTcpSocket* socket);
    void handle(QTcpSocket* socket, const QByteArray& requestLine);
    void reply(QTcpSocket* socket, int status, const QString& heading, const QString& text);
    void finish();
    void fail(const ApiProblem& problem);

    QTcpServer* server_;
    QTimer* timer_;
    std::chrono::milliseconds timeout_ = defaultTimeout;
    QString verifier_;
    QString state_;
    bool done_ = false;
};

} // namespace aih::console
