// SPDX-License-Identifier: Apache-2.0
#include "PrismProcess.h"

#include "RedisProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <csignal>
#include <sys/prctl.h>

namespace aih::test {

PrismProcess::PrismProcess(const OpenApiTools& tools, const QStringList& arguments)
    : port_(freeLoopbackPort())
{
    process_.setProcessEnvironment(tools.environment());
    // If the test program dies, Prism must not live on holding the port.
    process_.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    process_.setProcessChannelMode(QProcess::MergedChannels);
    process_.setStandardOutputFile(dir_.filePath("prism.log"));
    process_.start(tools.command("prism"),
                   arguments + QStringList{"--host", "127.0.0.1", "--port", QString::number(port_)});
}

PrismProcess::~PrismProcess()
{
    stopGently(&process_);
}

bool PrismProcess::waitUntilListening()
{
    return waitForLoopbackPort(port_, process_, 120'000);
}

QString PrismProcess::log() const
{
    QFile file(dir_.filePath("prism.log"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool PrismProcess::waitForLog(const QString& text, int timeoutMs) const
{
    QElapsedTimer timer;
    timer.start();
    while (!log().contains(text)) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QThread::msleep(50);
    }
    return true;
}

} // namespace aih::test
