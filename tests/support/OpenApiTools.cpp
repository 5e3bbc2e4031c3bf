// SPDX-License-Identifier: Apache-2.0
#include "OpenApiTools.h"

#include <QFile>
#include <QProcess>

namespace aih::test {

QString OpenApiTools::command(const QString& name) const
{
    return directory_ + "/node_modules/.bin/" + name;
}

QString OpenApiTools::missingMessage() const
{
    return "the OpenAPI test tools are missing; run scripts/install-test-tools (" + directory_ + ")";
}

bool OpenApiTools::installed() const
{
    for (const auto* name : {"redocly", "spectral", "prism"}) {
        if (!QFile::exists(command(name))) {
            return false;
        }
    }
    return true;
}

QProcessEnvironment OpenApiTools::environment() const
{
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert("AIH_OPENAPI_TOOLS", directory_);
    env.insert("NO_COLOR", "1");
    env.insert("REDOCLY_TELEMETRY", "off");
    return env;
}

OpenApiTools::Run OpenApiTools::run(const QString& program, const QStringList& arguments) const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(180'000)) {
        process.kill();
        process.waitForFinished();
        return {-1, "timed out: " + program};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

} // namespace aih::test
