// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <utility>

namespace aih::test {

/// The npm tools pinned in tests/openapi (Redocly, Spectral, Prism, ajv), in the directory
/// scripts/install-test-tools installed them to.
class OpenApiTools
{
public:
    struct Run
    {
        int exitCode = -1;
        QString output; ///< stdout and stderr together
    };

    explicit OpenApiTools(QString directory) : directory_(std::move(directory)) {}

    /// The installed command, e.g. `spectral`.
    QString command(const QString& name) const;
    /// What to tell a developer whose tools are missing.
    QString missingMessage() const;
    bool installed() const;
    /// Where the tools find their modules, with colours and telemetry off.
    QProcessEnvironment environment() const;
    /// Runs a program to its end, three minutes at most.
    Run run(const QString& program, const QStringList& arguments) const;

private:
    QString directory_;
};

} // namespace aih::test
