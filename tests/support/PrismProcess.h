// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "OpenApiTools.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace aih::test {

/// Prism (pinned in tests/openapi) on its own loopback port: `prism mock <document>` answering
/// from the document's examples, or `prism proxy <document> <upstream> ...` validating a real
/// server. Its log goes to a file. It dies with the test program (PR_SET_PDEATHSIG) and is
/// stopped when this goes out of scope, so a failed check that returns early leaves nothing.
class PrismProcess
{
public:
    /// `arguments`: the mode and its arguments; the host and port are added.
    PrismProcess(const OpenApiTools& tools, const QStringList& arguments);
    ~PrismProcess();
    PrismProcess(const PrismProcess&) = delete;
    PrismProcess& operator=(const PrismProcess&) = delete;

    bool waitUntilListening();
    unsigned short port() const { return static_cast<unsigned short>(port_); }
    QString log() const;
    /// Prism writes its log asynchronously: waits until `text` has been written.
    bool waitForLog(const QString& text, int timeoutMs = 10'000) const;

private:
    QTemporaryDir dir_;
    QProcess process_;
    int port_;
};

} // namespace aih::test
