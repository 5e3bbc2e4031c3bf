// SPDX-License-Identifier: Apache-2.0
#include "SlowReader.h"

#include <Poco/Net/NetException.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Timespan.h>
#include <vector>

namespace aih::test {
namespace {

// Small enough that a response of a few hundred kilobytes fills what the kernels on both ends
// will hold, so the server's sends wait on this reader.
constexpr int receiveBufferBytes = 4096;

Poco::Timespan span(std::chrono::milliseconds timeout)
{
    return Poco::Timespan(std::chrono::duration_cast<std::chrono::microseconds>(timeout).count());
}

} // namespace

SlowReader::SlowReader(unsigned short port, const std::string& target, const Headers& headers)
    : socket_(Poco::Net::SocketAddress::IPv4)
{
    socket_.setReceiveBufferSize(receiveBufferBytes);
    socket_.connect(Poco::Net::SocketAddress("127.0.0.1", port));
    std::string request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    for (const auto& [name, value] : headers) {
        request += name + ": " + value + "\r\n";
    }
    request += "\r\n";
    socket_.sendBytes(request.data(), static_cast<int>(request.size()));
}

int SlowReader::readHead(std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!head_.contains("\r\n\r\n") && !ended_ && std::chrono::steady_clock::now() < deadline) {
        char c = 0;
        socket_.setReceiveTimeout(span(timeout));
        try {
            if (socket_.receiveBytes(&c, 1) <= 0) {
                ended_ = true;
                break;
            }
        } catch (const Poco::Exception&) {
            ended_ = true;
            break;
        }
        head_.append(c);
    }
    if (head_.startsWith("HTTP/1.")) {
        status_ = head_.mid(9, 3).toInt();
    }
    return status_;
}

std::size_t SlowReader::readSome(std::size_t bytes, std::chrono::milliseconds timeout)
{
    if (ended_ || bytes == 0) {
        return 0;
    }
    std::vector<char> buffer(bytes);
    socket_.setReceiveTimeout(span(timeout));
    try {
        const int received = socket_.receiveBytes(buffer.data(), static_cast<int>(buffer.size()));
        if (received <= 0) {
            ended_ = true;
            return 0;
        }
        rawBody_.append(buffer.data(), received);
        return static_cast<std::size_t>(received);
    } catch (const Poco::TimeoutException&) {
        return 0;
    } catch (const Poco::Exception&) {
        ended_ = true; // reset
        return 0;
    }
}

void SlowReader::readToEnd(std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!ended_ && std::chrono::steady_clock::now() < deadline) {
        readSome(std::size_t{64} * 1024, std::chrono::milliseconds(500));
    }
}

void SlowReader::close()
{
    socket_.close();
    ended_ = true;
}

bool SlowReader::complete() const
{
    return rawBody_ == "0\r\n\r\n" || rawBody_.endsWith("\r\n0\r\n\r\n");
}

QByteArray SlowReader::body() const
{
    QByteArray out;
    qsizetype at = 0;
    for (;;) {
        const auto lineEnd = rawBody_.indexOf("\r\n", at);
        if (lineEnd < 0) {
            break;
        }
        bool ok = false;
        const auto size = rawBody_.mid(at, lineEnd - at).toLongLong(&ok, 16);
        if (!ok || size == 0) {
            break;
        }
        out += rawBody_.mid(lineEnd + 2, size);
        at = lineEnd + 2 + size + 2;
    }
    return out;
}

} // namespace aih::test
