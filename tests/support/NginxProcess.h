// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QProcess>
#include <QTemporaryDir>
#include <memory>
#include <vector>

namespace aih::test {

/// A private nginx on a loopback port, load-balancing round robin over aihd instances the way
/// a production reverse proxy would: HTTP/1.1 keep-alive to the upstreams, a refused upstream
/// retried on the next one. Everything it writes stays in its temporary folder, so it runs
/// without root and beside any system nginx.
class NginxProcess
{
public:
    explicit NginxProcess(std::vector<unsigned short> upstreamPorts);
    ~NginxProcess();
    NginxProcess(const NginxProcess&) = delete;
    NginxProcess& operator=(const NginxProcess&) = delete;

    /// False (with the error log in `log()`) if nginx did not come up.
    bool start();
    void stop();
    unsigned short port() const { return port_; }
    QString log() const;

private:
    QString configuration() const;

    std::vector<unsigned short> upstreams_;
    QTemporaryDir dir_;
    std::unique_ptr<QProcess> process_;
    unsigned short port_ = 0;
};

} // namespace aih::test
