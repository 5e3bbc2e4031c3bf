// SPDX-License-Identifier: Apache-2.0
#include "HttpClient.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/SocketStream.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/StreamCopier.h>
#include <Poco/String.h>
#include <QJsonDocument>
#include <sstream>

namespace aih::test {
namespace {

HttpResponse readResponse(Poco::Net::HTTPResponse& response, std::istream& stream)
{
    HttpResponse result;
    result.status = static_cast<int>(response.getStatus());
    for (const auto& [name, value] : response) {
        result.headers.emplace_back(name, value);
    }
    std::string body;
    Poco::StreamCopier::copyToString(stream, body);
    result.body = QByteArray::fromStdString(body);
    return result;
}

} // namespace

QString HttpResponse::header(const std::string& name) const
{
    for (const auto& [key, value] : headers) {
        if (Poco::icompare(key, name) == 0) {
            return QString::fromStdString(value);
        }
    }
    return {};
}

QJsonObject HttpResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpResponse HttpClient::request(const std::string& method, const std::string& target, const QByteArray& body,
                                 const Headers& headers, const std::string& contentType) const
{
    Poco::Net::HTTPClientSession session("127.0.0.1", port_);
    session.setTimeout(Poco::Timespan(30, 0));
    Poco::Net::HTTPRequest request(method, target, Poco::Net::HTTPMessage::HTTP_1_1);
    for (const auto& [name, value] : headers) {
        request.set(name, value);
    }
    if (!body.isEmpty() || method == "POST" || method == "PATCH" || method == "PUT") {
        request.setContentType(contentType);
        request.setContentLength64(body.size());
    }
    auto& out = session.sendRequest(request);
    out.write(body.constData(), body.size());
    Poco::Net::HTTPResponse response;
    auto& in = session.receiveResponse(response);
    return readResponse(response, in);
}

HttpResponse HttpClient::get(const std::string& target, const Headers& headers) const
{
    return request("GET", target, {}, headers);
}

HttpResponse HttpClient::post(const std::string& target, const QJsonObject& body,
                              const Headers& headers) const
{
    return request("POST", target, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpResponse HttpClient::patch(const std::string& target, const QJsonObject& body,
                               const Headers& headers) const
{
    return request("PATCH", target, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpResponse HttpClient::del(const std::string& target, const Headers& headers) const
{
    return request("DELETE", target, {}, headers);
}

HttpResponse HttpClient::raw(const std::string& bytes) const
{
    Poco::Net::StreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", port_));
    socket.setReceiveTimeout(Poco::Timespan(30, 0));
    Poco::Net::SocketStream stream(socket);
    stream << bytes << std::flush;
    Poco::Net::HTTPResponse response;
    response.read(stream);
    if (response.getContentLength64() >= 0) {
        std::string body(static_cast<std::size_t>(response.getContentLength64()), '\0');
        stream.read(body.data(), static_cast<std::streamsize>(body.size()));
        std::istringstream rest(body);
        return readResponse(response, rest);
    }
    return readResponse(response, stream);
}

Headers bearer(const QString& token)
{
    return {{"Authorization", "Bearer " + token.toStdString()}};
}

std::string path(const QString& prefix, const QString& id)
{
    return (prefix + "/" + id).toStdString();
}

} // namespace aih::test
