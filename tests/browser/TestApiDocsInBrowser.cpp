// SPDX-License-Identifier: Apache-2.0
// Opens the API reference at /api/docs in headless Chromium, as a customer meets it: Redoc must
// render every operation of the served document with its examples, its search must find the
// API-key routes, and the page must not reach any other origin (DevTools' network log) nor break
// its own CSP. The screenshot is left in the build folder (api-docs.png) as a test artefact.
#include "DevToolsPage.h"
#include "LiveServer.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QUrl>
#include <QtTest>

using namespace aih::test;

class TestApiDocsInBrowser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        chromium = QStandardPaths::findExecutable("chromium");
        QVERIFY2(!chromium.isEmpty(), "chromium is not installed (scripts/install-deps installs it)");
        live = std::make_unique<LiveServer>();
        const auto served = live->client->get("/api/openapi.json");
        QCOMPARE(served.status, 200);
        document = QJsonDocument::fromJson(served.body).object();
        origin = QString("http://127.0.0.1:%1").arg(live->server->port());
        // Any name but this server's fails to resolve, so a leak would also fail to load; the
        // network log below is what proves nothing was even tried.
        page = std::make_unique<DevToolsPage>(
            chromium, "about:blank",
            QStringList{"--window-size=1400,1000", "--hide-scrollbars",
                        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"});
        page->call("Network.enable");
        page->call("Runtime.enable");
        page->call("Log.enable");
        page->call("Page.navigate", {{"url", origin + "/api/docs"}});
    }

    void everyOperationRendersWithItsExamples()
    {
        int operations = 0;
        for (const auto& item : document["paths"].toObject()) {
            for (const auto& method : {"get", "post", "put", "patch", "delete"}) {
                operations += item.toObject().contains(method) ? 1 : 0;
            }
        }
        QVERIFY(operations > 50);
        const auto rendered =
            QString("document.querySelectorAll('[data-section-id^=\"operation/\"]').length");
        QVERIFY2(page->waitFor(rendered + " >= " + QString::number(operations), 60000),
                 qPrintable(QString("Redoc rendered %1 of %2 operations")
                                .arg(page->evaluate(rendered).toInt())
                                .arg(operations)));
        // The sign-in's request example and a refusal's problem example, as the document has them.
        const auto login = document["paths"].toObject()["/api/auth/login"].toObject()["post"].toObject();
        const auto email = login["requestBody"]
                               .toObject()["content"]
                               .toObject()["application/json"]
                               .toObject()["example"]
                               .toObject()["email"]
                               .toString();
        QVERIFY2(!email.isEmpty(), "the sign-in operation has no request example");
        const auto section = QString("document.querySelector('[data-section-id=\"operation/%1\"]')")
                                 .arg(login["operationId"].toString());
        QVERIFY2(
            page->waitFor(section + " && " + section + ".innerText.includes('Request samples') && " +
                          section + ".innerText.includes('" + email + "')"),
            qPrintable(page->evaluate(section + " ? " + section + ".innerText : 'no section'").toString()));
        QVERIFY(page->evaluate(section + ".innerText.includes('Response samples')").toBool());
    }

    void searchFindsTheApiKeyRoutes()
    {
        QVERIFY(page->waitFor("document.querySelector(\"input[placeholder='Search...']\") !== null", 60000));
        page->type("input[placeholder='Search...']", "api-keys");
        // Results are menu entries named by operation id: the path's own operations must be
        // among them (listing and creating keys), found by the path the user typed.
        const auto item = document["paths"].toObject()["/api/enterprise/api-keys"].toObject();
        QStringList wanted;
        for (const auto& method : {"get", "post"}) {
            wanted << "operation/" + item[method].toObject()["operationId"].toString();
        }
        const auto results =
            QString("Array.from(document.querySelectorAll('[data-role=\"search:results\"] [data-item-id]'))"
                    ".map(e => e.getAttribute('data-item-id')).join('\\n')");
        const auto found = [&] {
            const auto ids = page->evaluate(results).toString();
            return std::all_of(wanted.begin(), wanted.end(),
                               [&](const QString& id) { return ids.contains(id); });
        };
        QDeadlineTimer deadline(20000);
        while (!found() && !deadline.hasExpired()) {
            QTest::qWait(100);
        }
        QVERIFY2(found(), qPrintable("wanted " + wanted.join(", ") + "; results:\n" +
                                     page->evaluate(results).toString()));
    }

    void thePageReachesNoOtherOriginAndBreaksNoPolicy()
    {
        // Everything the page asked for, from the protocol's own log.
        QStringList requested;
        QStringList elsewhere;
        for (const auto& event : page->events()) {
            if (event["method"].toString() == "Network.requestWillBeSent") {
                const auto url = event["params"].toObject()["request"].toObject()["url"].toString();
                requested << url;
                const QUrl parsed(url);
                if (parsed.scheme() != "blob" && parsed.scheme() != "data" && !url.startsWith(origin + "/")) {
                    elsewhere << url;
                }
            }
        }
        QVERIFY2(requested.contains(origin + "/api/openapi.json"), qPrintable(requested.join('\n')));
        QVERIFY2(
            std::any_of(requested.begin(), requested.end(),
                        [&](const QString& url) { return url.startsWith(origin + "/api/docs/scripts/"); }),
            qPrintable(requested.join('\n')));
        QVERIFY2(elsewhere.isEmpty(), qPrintable("requests to other origins:\n" + elsewhere.join('\n')));
        // A violation of the page's CSP shows as a console message; there must be none.
        QStringList violations;
        for (const auto& event : page->events()) {
            const auto method = event["method"].toString();
            const auto text = method == "Runtime.consoleAPICalled"
                                  ? QJsonDocument(event["params"].toObject()["args"].toArray()).toJson()
                                  : QJsonDocument(event["params"].toObject()).toJson();
            if ((method == "Runtime.consoleAPICalled" || method == "Log.entryAdded" ||
                 method == "Runtime.exceptionThrown") &&
                (text.contains("Content Security Policy") || method == "Runtime.exceptionThrown")) {
                violations << QString::fromUtf8(text);
            }
        }
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join('\n')));
    }

    void screenshotIsKeptAsAnArtefact()
    {
        page->evaluate("window.scrollTo(0, 0)");
        const auto shot = page->call("Page.captureScreenshot", {{"format", "png"}});
        const auto png = QByteArray::fromBase64(shot["data"].toString().toLatin1());
        const auto image = QImage::fromData(png, "PNG");
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), 1400);
        const auto file = QDir(QCoreApplication::applicationDirPath()).filePath("api-docs.png");
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(png) == png.size());
        qInfo("screenshot: %s", qPrintable(file));
    }

    void theScriptFreeReferenceRemainsForClientsWithoutJavaScript()
    {
        const auto docs = live->client->get("/api/docs");
        QVERIFY(docs.body.contains("<noscript>"));
        QVERIFY(docs.body.contains("href=\"/api/docs/plain\""));
        const auto plain = live->client->get("/api/docs/plain");
        QCOMPARE(plain.status, 200);
        QVERIFY(!plain.body.contains("<script"));
        QVERIFY(plain.header("Content-Security-Policy").contains("default-src 'none'"));
        QVERIFY(!plain.header("Content-Security-Policy").contains("script-src"));
    }

    void cleanupTestCase() { page.reset(); }

private:
    QString chromium;
    QString origin;
    QJsonObject document;
    std::unique_ptr<LiveServer> live;
    std::unique_ptr<DevToolsPage> page;
};

QTEST_GUILESS_MAIN(TestApiDocsInBrowser)
#include "TestApiDocsInBrowser.moc"
