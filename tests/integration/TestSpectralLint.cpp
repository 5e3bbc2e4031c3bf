// SPDX-License-Identifier: Apache-2.0
// Spectral's `spectral:oas` rules (tests/openapi/.spectral.yaml) find no error and no warning
// in the OpenAPI document: every operation described, tagged and named.
#include "OpenApiTools.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace aih::test;

namespace {

const OpenApiTools tools(QStringLiteral(AIH_OPENAPI_TOOLS));
const QString ruleset = QStringLiteral(AIH_OPENAPI_SCRIPTS) + "/.spectral.yaml";
const QString document = QStringLiteral(AIH_OPENAPI_DOCUMENT);

OpenApiTools::Run spectral(const QString& file)
{
    return tools.run(tools.command("spectral"),
                     {"lint", file, "--ruleset", ruleset, "--fail-severity=warn", "--format=stylish"});
}

} // namespace

class TestSpectralLint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(tools.installed(), qPrintable(tools.missingMessage())); }

    void documentHasNoWarningsOrErrors()
    {
        const auto result = spectral(document);
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
        QVERIFY2(result.output.contains("No results with a severity of 'warn' or higher"),
                 qPrintable(result.output));
    }

    void anUndescribedOperationFailsTheLint()
    {
        QFile file(document);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto root = QJsonDocument::fromJson(file.readAll()).object();
        auto paths = root["paths"].toObject();
        auto item = paths["/api/gurus"].toObject();
        auto operation = item["get"].toObject();
        QVERIFY(operation.contains("description"));
        operation.remove("description");
        item["get"] = operation;
        paths["/api/gurus"] = item;
        root["paths"] = paths;
        QTemporaryDir dir;
        QFile broken(dir.filePath("broken.json"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(QJsonDocument(root).toJson());
        broken.close();
        const auto result = spectral(broken.fileName());
        QVERIFY2(result.exitCode != 0, qPrintable(result.output));
        QVERIFY2(result.output.contains("operation-description"), qPrintable(result.output));
    }
};

QTEST_GUILESS_MAIN(TestSpectralLint)
#include "TestSpectralLint.moc"
