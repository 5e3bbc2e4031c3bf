// SPDX-License-Identifier: Apache-2.0
#include "DnsServerProcess.h"

#include "RedisProcess.h"

#include <csignal>
#include <sys/prctl.h>

namespace aih::test {

DnsServerProcess::DnsServerProcess() : port_(freeLoopbackPort()) {}

DnsServerProcess::~DnsServerProcess()
{
    stop();
}

bool DnsServerProcess::start(const TxtRecords& records)
{
    stop();
    QStringList args{"--keep-in-foreground",
                     "--port=" + QString::number(port_),
                     "--listen-address=127.0.0.1",
                     "--bind-interfaces",
                     "--no-resolv",
                     "--no-hosts",
                     "--conf-file=/dev/null",
                     "--pid-file=",
                     "--local=/test/",
                     "--log-facility=-",
                     "--log-queries"};
    for (const auto& [name, value] : records) {
        // No shell in between: dnsmasq gets the value as is (a comma would split it in two strings).
        args << QString::fromStdString("--txt-record=" + name + "," + value);
    }
    process_ = std::make_unique<QProcess>();
    process_->setStandardOutputFile(dir_.filePath("dnsmasq.log"), QIODevice::Append);
    process_->setStandardErrorFile(dir_.filePath("dnsmasq.log"), QIODevice::Append);
    process_->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    process_->start("dnsmasq", args);
    // dnsmasq answers on TCP as well as UDP, on the same port, once it is ready.
    return waitForLoopbackPort(port_, *process_);
}

void DnsServerProcess::stop()
{
    stopGently(process_.get());
}

} // namespace aih::test
