// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <string>
#include <utility>
#include <vector>

namespace aih::test {

using Headers = std::vector<std::pair<std::string, std::string>>;

struct HttpResponse
{
    int status = 0;
    std::vector<std::pair<std::string, std::string>> headers;
    QByteArray body;

    /// Case-insensitive; empty when absent.
    QString header(const std::string& name) const;
    QJsonObject json() const;
    /// The problem document's `code`, for error assertions.
    QString code() const { return json().value("code").toString(); }
};

/// A plain HTTP/1.1 client over loopback (Poco), one connection per request unless told
/// otherwise, so tests see exactly what a customer's client would.
class HttpClient
{
public:
    explicit HttpClient(unsigned short port) : port_(port) {}

    HttpResponse request(const std::string& method, const std::string& path, const QByteArray& body = {},
                         const Headers& headers = {},
                         const std::string& contentType = "application/json") const;
    HttpResponse get(const std::string& path, const Headers& headers = {}) const;
    HttpResponse post(const std::string& path, const QJsonObject& body, const Headers& headers = {}) const;
    HttpResponse patch(const std::string& path, const QJsonObject& body, const Headers& headers = {}) const;
    HttpResponse del(const std::string& path, const Headers& headers = {}) const;

    /// Sends bytes as they are and reads one response: for requests a normal client refuses to make.
    HttpResponse raw(const std::string& bytes) const;

    unsigned short port() const { return port_; }

private:
    unsigned short port_;
};

Headers bearer(const QString& token);
std::string path(const QString& prefix, const QString& id);

} // namespace aih::test
