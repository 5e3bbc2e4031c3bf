// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QProcess>
#include <QTemporaryDir>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace aih::test {

/// A private dnsmasq on a loopback port, authoritative for `*.test`: names it was given TXT
/// records for answer with them, every other `.test` name is NXDOMAIN. Restart it with other
/// records to change what DNS says.
class DnsServerProcess
{
public:
    using TxtRecords = std::vector<std::pair<std::string, std::string>>;

    DnsServerProcess();
    ~DnsServerProcess();

    bool start(const TxtRecords& records = {});
    void stop();
    int port() const { return port_; }
    /// For aihd's AIH_DNS_SERVER.
    QString address() const { return QString("127.0.0.1:%1").arg(port_); }

private:
    QTemporaryDir dir_;
    std::unique_ptr<QProcess> process_;
    int port_ = 0;
};

} // namespace aih::test
