// SPDX-License-Identifier: Apache-2.0
#include "DevToolsPage.h"

#include "HttpClient.h"

#include <Poco/Buffer.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/WebSocket.h>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <QUrl>
#include <stdexcept>

namespace aih::test {
namespace {

constexpr int replyTimeoutMs = 30000;

/// Chromium writes the port it chose for DevTools into the profile once it listens.
unsigned short devToolsPort(const QString& profile, QProcess& browser)
{
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        QFile file(profile + "/DevToolsActivePort");
        if (file.open(QIODevice::ReadOnly)) {
            const auto port = QString::fromUtf8(file.readLine()).trimmed().toUShort();
            if (port != 0) {
                return port;
            }
        }
        if (browser.state() == QProcess::NotRunning) {
            break;
        }
        QThread::msleep(50);
    }
    throw std::runtime_error("chromium did not open DevTools:\n" + browser.readAll().toStdString());
}

} // namespace

DevToolsPage::DevToolsPage(const QString& chromium, const QString& url, const QStringList& extraArgs)
{
    browser_.setProcessChannelMode(QProcess::MergedChannels);
    browser_.start(chromium, QStringList{"--headless", "--no-sandbox", "--disable-gpu",
                                         "--disable-background-networking", "--disable-component-update",
                                         "--disable-sync", "--no-first-run", "--remote-debugging-port=0",
                                         "--remote-allow-origins=*", "--user-data-dir=" + profile_.path()} +
                                 extraArgs + QStringList{url});
    const auto port = devToolsPort(profile_.path(), browser_);
    std::string target;
    for (int attempt = 0; attempt < 100 && target.empty(); ++attempt) {
        for (const auto& entry : QJsonDocument::fromJson(HttpClient(port).get("/json/list").body).array()) {
            if (entry.toObject()["type"].toString() == "page") {
                target = QUrl(entry.toObject()["webSocketDebuggerUrl"].toString()).path().toStdString();
            }
        }
        QThread::msleep(50);
    }
    if (target.empty()) {
        throw std::runtime_error("chromium opened no page");
    }
    session_ = std::make_unique<Poco::Net::HTTPClientSession>("127.0.0.1", port);
    Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, target,
                                   Poco::Net::HTTPMessage::HTTP_1_1);
    Poco::Net::HTTPResponse response;
    socket_ = std::make_unique<Poco::Net::WebSocket>(*session_, request, response);
    socket_->setReceiveTimeout(Poco::Timespan(replyTimeoutMs / 1000, 0));
}

DevToolsPage::~DevToolsPage()
{
    socket_.reset();
    browser_.kill();
    browser_.waitForFinished(10000);
}

QJsonObject DevToolsPage::call(const QString& method, const QJsonObject& params)
{
    const int id = ++nextId_;
    const auto message = QJsonDocument(QJsonObject{{"id", id}, {"method", method}, {"params", params}})
                             .toJson(QJsonDocument::Compact);
    socket_->sendFrame(message.constData(), static_cast<int>(message.size()),
                       Poco::Net::WebSocket::FRAME_TEXT);
    // Events may come in between; only the answer with our id counts.
    for (;;) {
        Poco::Buffer<char> frame(0);
        int flags = 0;
        const int received = socket_->receiveFrame(frame, flags);
        if (received <= 0) {
            throw std::runtime_error("DevTools closed the connection");
        }
        const auto reply = QJsonDocument::fromJson(QByteArray(frame.begin(), received)).object();
        if (reply.contains("method")) {
            events_.append(reply);
            continue;
        }
        if (reply["id"].toInt() != id) {
            continue;
        }
        if (reply.contains("error")) {
            throw std::runtime_error(method.toStdString() + " failed: " +
                                     QJsonDocument(reply["error"].toObject()).toJson().toStdString());
        }
        return reply["result"].toObject();
    }
}

QJsonValue DevToolsPage::evaluate(const QString& expression)
{
    return call("Runtime.evaluate", {{"expression", expression}, {"returnByValue", true}})["result"]
        .toObject()["value"];
}

bool DevToolsPage::waitFor(const QString& expression, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (evaluate(expression).toBool()) {
            return true;
        }
        QThread::msleep(100);
    }
    return false;
}

void DevToolsPage::type(const QString& selector, const QString& text)
{
    const auto root = call("DOM.getDocument")["root"].toObject()["nodeId"].toInt();
    const auto node = call("DOM.querySelector", {{"nodeId", root}, {"selector", selector}})["nodeId"].toInt();
    if (node == 0) {
        throw std::runtime_error("no element " + selector.toStdString());
    }
    call("DOM.focus", {{"nodeId", node}});
    call("Input.insertText", {{"text", text}});
}

void DevToolsPage::pressEnter()
{
    for (const auto* type : {"keyDown", "keyUp"}) {
        call("Input.dispatchKeyEvent", {{"type", type},
                                        {"key", "Enter"},
                                        {"code", "Enter"},
                                        {"windowsVirtualKeyCode", 13},
                                        {"text", QString(type) == "keyDown" ? "\r" : ""}});
    }
}

} // namespace aih::test
