// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace Poco::Net {
class HTTPClientSession;
class WebSocket;
} // namespace Poco::Net

namespace aih::test {

/// One tab of a headless Chromium, driven over the DevTools protocol the way a person would use
/// it: clicking into fields, typing and pressing Enter (no script is injected into the page).
/// Reads of the page's state go through the protocol's evaluation, which is not page script and
/// so works under the page's script-free CSP.
class DevToolsPage
{
public:
    /// Starts Chromium on `url`; `extraArgs` go on its command line (e.g. host resolver rules).
    DevToolsPage(const QString& chromium, const QString& url, const QStringList& extraArgs);
    ~DevToolsPage();
    DevToolsPage(const DevToolsPage&) = delete;
    DevToolsPage& operator=(const DevToolsPage&) = delete;

    /// Sends one command and returns its `result`; throws on an error or after 30 s.
    QJsonObject call(const QString& method, const QJsonObject& params = {});
    /// The value of a JavaScript expression evaluated by DevTools.
    QJsonValue evaluate(const QString& expression);
    /// Waits until the expression is true; false after `timeoutMs`.
    bool waitFor(const QString& expression, int timeoutMs = 20000);
    /// Focuses the element matching `selector` and types `text` into it.
    void type(const QString& selector, const QString& text);
    void pressEnter();
    /// The protocol's events (e.g. `Network.requestWillBeSent` once `Network.enable` was called)
    /// that arrived while commands were answered, in order, with `method` and `params`.
    const QList<QJsonObject>& events() const { return events_; }

private:
    QTemporaryDir profile_;
    QProcess browser_;
    std::unique_ptr<Poco::Net::HTTPClientSession> session_;
    std::unique_ptr<Poco::Net::WebSocket> socket_;
    int nextId_ = 0;
    QList<QJsonObject> events_;
};

} // namespace aih::test
