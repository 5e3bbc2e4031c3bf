// SPDX-License-Identifier: Apache-2.0
// Branding settings, plan gating, theme preview and the branded portal over HTTP.
#include "ApiHelpers.h"
#include "LiveServer.h"
#include "Wait.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>
#include <pqxx/pqxx>

using namespace aih::test;

namespace {

const std::string brandingPath = "/api/customization/customization";

QString themeHref(const QByteArray& html)
{
    static const QRegularExpression link("<link rel=\"stylesheet\" href=\"([^\"]+)\">");
    return link.match(QString::fromUtf8(html)).captured(1);
}

} // namespace

class TestBrandingApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        live = std::make_unique<LiveServer>();
        freeTier = createTenant(client(), "brand-free", "free");
        pro = createTenant(client(), "brand-pro", "pro");
        ent = createTenant(client(), "brand-ent", "enterprise");
    }

    void defaultsAreReturnedBeforeAnythingIsSaved()
    {
        const auto response = client().get(brandingPath, bearer(freeTier.accessToken));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json()["primary_color"].toString(), QString("#4F46E5"));
        QVERIFY(response.json()["company_name"].isNull());
        QVERIFY(response.json()["updated_at"].isNull());
        QCOMPARE(response.json()["features"].toObject()["hide_platform_branding"].toBool(), false);
    }

    void brandingNeedsTheProPlan()
    {
        const auto refused = put(freeTier, {{"primary_color", "#112233"}});
        QCOMPARE(refused.status, 402);
        QCOMPARE(refused.code(), QString("feature_not_in_plan"));
        QCOMPARE(refused.json()["required_plan"].toString(), QString("pro"));
    }

    void proPlanSavesColoursAndTexts()
    {
        const auto saved = put(pro, {{"company_name", "Pro & Co"},
                                     {"primary_color", "#FF5733"},
                                     {"welcome_message", "Hello\nteam"},
                                     {"features", QJsonObject{{"show_gurus", false}}}});
        QCOMPARE(saved.status, 200);
        QCOMPARE(saved.json()["primary_color"].toString(), QString("#FF5733"));
        QVERIFY(!saved.json()["updated_at"].toString().isEmpty());
        const auto read = client().get(brandingPath, bearer(pro.accessToken));
        QCOMPARE(read.json()["company_name"].toString(), QString("Pro & Co"));
        QCOMPARE(read.json()["welcome_message"].toString(), QString("Hello\nteam"));
        QCOMPARE(read.json()["features"].toObject()["show_gurus"].toBool(), false);
        // Fields a later PUT leaves out keep their values.
        QCOMPARE(put(pro, {{"accent_color", "#00AA00"}}).json()["primary_color"].toString(),
                 QString("#FF5733"));
    }

    void savedChangesAreAuditedByFieldNameOnly()
    {
        const auto before = auditEntries(client(), pro.accessToken, "action=branding.update").size();
        QCOMPARE(put(pro, {{"footer_text", "Secret footer words"}, {"secondary_color", "#123456"}}).status,
                 200);
        QCOMPARE(put(pro, {{"custom_css", "p{color:red}"}}).status, 402); // refused: nothing recorded
        QCOMPARE(put(pro, {{"primary_color", "red"}}).status, 422);
        const auto entries = auditEntries(client(), pro.accessToken, "action=branding.update");
        QCOMPARE(entries.size(), before + 1);
        const auto entry = entries[0].toObject();
        QCOMPARE(entry["actor"].toObject()["type"].toString(), QString("user"));
        QCOMPARE(entry["resource"].toObject()["id"].toString(), pro.id);
        QCOMPARE(entry["metadata"].toObject()["fields"].toArray(),
                 (QJsonArray{"secondary_color", "footer_text"}));
        QVERIFY(!QJsonDocument(entry).toJson().contains("Secret footer"));
        QCOMPARE(auditEntries(client(), freeTier.accessToken, "action=branding.update").size(), 0);
    }

    void cssAndHidingPlatformMarksNeedWhiteLabel()
    {
        for (const auto& body : {QJsonObject{{"custom_css", "p{color:red}"}},
                                 QJsonObject{{"features", QJsonObject{{"hide_platform_branding", true}}}}}) {
            const auto refused = put(pro, body);
            QCOMPARE(refused.status, 402);
            QCOMPARE(refused.json()["required_plan"].toString(), QString("enterprise"));
        }
        QCOMPARE(put(pro, {{"custom_css", ""}}).status, 200); // clearing is always allowed
    }

    void cssIsStoredSanitisedWithWhatWasDropped()
    {
        const auto saved = put(ent, {{"custom_css", "@import url(https://evil.example/x.css);\n"
                                                    ".portal-main { color: #010203; behavior: url(x.htc) }\n"
                                                    "</style><script>alert(1)</script>"}});
        QCOMPARE(saved.status, 200);
        const auto css = saved.json()["custom_css"].toString();
        QVERIFY(css.contains("color: #010203;"));
        QVERIFY(!css.contains("evil") && !css.contains("behavior") && !css.contains('<'));
        const auto dropped = saved.json()["css_dropped"].toArray();
        QVERIFY(dropped.size() >= 3);
        QCOMPARE(dropped.at(0).toObject()["line"].toInt(), 1);
        QCOMPARE(client().get(brandingPath, bearer(ent.accessToken)).json()["custom_css"].toString(), css);
    }

    void invalidFieldsAreRefusedWithTheirNames_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("colour word") << QJsonObject{{"primary_color", "red"}} << "primary_color";
        QTest::newRow("short colour") << QJsonObject{{"secondary_color", "#12345"}} << "secondary_color";
        QTest::newRow("not hex") << QJsonObject{{"accent_color", "#GGGGGG"}} << "accent_color";
        QTest::newRow("css injection colour")
            << QJsonObject{{"primary_color", "#fff;}body{x"}} << "primary_color";
        QTest::newRow("empty name") << QJsonObject{{"company_name", ""}} << "company_name";
        QTest::newRow("long name") << QJsonObject{{"company_name", QString(101, 'n')}} << "company_name";
        QTest::newRow("control char") << QJsonObject{{"footer_text", "a\x07"
                                                                     "b"}}
                                      << "footer_text";
        QTest::newRow("long welcome")
            << QJsonObject{{"welcome_message", QString(501, 'w')}} << "welcome_message";
        QTest::newRow("deep css") << QJsonObject{{"custom_css", "p{width:" + QString(100, '(') + "}"}}
                                  << "custom_css";
        QTest::newRow("toggle not bool")
            << QJsonObject{{"features", QJsonObject{{"show_gurus", "no"}}}} << "features.show_gurus";
    }

    void invalidFieldsAreRefusedWithTheirNames()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const auto refused = put(ent, body);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.json()["errors"].toArray().at(0).toObject()["field"].toString(), field);
    }

    void unknownFieldsAreRefusedEvenNested()
    {
        QCOMPARE(put(ent, {{"tenant_id", pro.id}}).code(), QString("unknown_field"));
        QCOMPARE(put(ent, {{"features", QJsonObject{{"sso", true}}}}).code(), QString("unknown_field"));
        QCOMPARE(put(ent, {{"features", "all"}}).status, 422);
    }

    void onlyAdminsChangeBrandingButMembersReadIt()
    {
        const auto member = createUserAndLogin(client(), pro, "member@brand-pro.example", "user");
        QCOMPARE(client().get(brandingPath, bearer(member.accessToken)).status, 200);
        QCOMPARE(
            client()
                .request("PUT", brandingPath, R"({"primary_color":"#000000"})", bearer(member.accessToken))
                .status,
            403);
        QCOMPARE(client().post("/api/customization/themes/preview", {}, bearer(member.accessToken)).status,
                 403);
        QCOMPARE(client().get(brandingPath).status, 401);
    }

    void previewRendersEscapedHtmlAndSavesNothing()
    {
        const auto before = client().get(brandingPath, bearer(ent.accessToken)).body;
        const auto preview = client().post("/api/customization/themes/preview",
                                           {{"company_name", "<script>alert(1)</script>"},
                                            {"primary_color", "#ABCDEF"},
                                            {"custom_css", ".portal-name{font-size:40px}"}},
                                           bearer(ent.accessToken));
        QCOMPARE(preview.status, 200);
        const auto html = preview.json()["html"].toString();
        QVERIFY(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        QVERIFY(!html.contains("<script"));
        QVERIFY(html.contains("<style>"));
        const auto css = preview.json()["css"].toString();
        QVERIFY(css.contains("--aih-primary: #ABCDEF;"));
        QVERIFY(css.contains("font-size: 40px;"));
        QCOMPARE(client().get(brandingPath, bearer(ent.accessToken)).body, before);
    }

    void portalIsServedOnTheSubdomainWithAStrictPolicy()
    {
        put(pro, {{"company_name", "<b>Pro</b> & Co"}, {"footer_text", "\"quoted\" <i>footer</i>"}});
        const auto page = client().get("/portal", tenantHost(pro.slug));
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        const auto csp = page.header("Content-Security-Policy");
        QVERIFY(csp.contains("default-src 'none'"));
        QVERIFY(csp.contains("style-src 'self'"));
        QVERIFY(!csp.contains("unsafe-inline") && !csp.contains("script-src"));
        QCOMPARE(page.header("X-Content-Type-Options"), QString("nosniff"));
        const auto html = QString::fromUtf8(page.body);
        QVERIFY(html.contains("&lt;b&gt;Pro&lt;/b&gt; &amp; Co"));
        QVERIFY(html.contains("&quot;quoted&quot; &lt;i&gt;footer&lt;/i&gt;"));
        QVERIFY(!html.contains("<script") && !html.contains("<style"));
        QVERIFY(html.contains("Powered by AI Heart"));
        QVERIFY(!html.contains("Guides")); // show_gurus was switched off
        QVERIFY(html.contains("Guided meditations"));

        const auto theme = client().get(themeHref(page.body).toStdString(), tenantHost(pro.slug));
        QCOMPARE(theme.status, 200);
        QVERIFY(theme.header("Content-Type").startsWith("text/css"));
        QVERIFY(theme.header("Cache-Control").contains("immutable"));
        QVERIFY(theme.body.contains("--aih-primary: #FF5733;"));
        const auto etag = theme.header("ETag").toStdString();
        QCOMPARE(client()
                     .get(themeHref(page.body).toStdString(),
                          {{"Host", "brand-pro.aih.test"}, {"If-None-Match", etag}})
                     .status,
                 304);
    }

    void portalAnswersToItsHostOnly()
    {
        QCOMPARE(client().get("/portal").status, 404);
        QCOMPARE(client().get("/portal", {{"X-Tenant-ID", pro.slug.toStdString()}}).status, 404);
        QCOMPARE(client().get("/portal", tenantHost("no-such-tenant")).status, 404);
        QCOMPARE(client().get("/portal", {{"Host", "aih.test"}}).status, 404);
        // Another tenant's theme hash on this host is simply not found.
        const auto proTheme = themeHref(client().get("/portal", tenantHost(pro.slug)).body);
        QCOMPARE(client().get(proTheme.toStdString(), tenantHost(freeTier.slug)).status, 404);
        QCOMPARE(client().get("/portal/themes/not-a-hash", tenantHost(pro.slug)).status, 404);
    }

    void whiteLabelRemovesThePlatformMarks()
    {
        QCOMPARE(put(ent, {{"features", QJsonObject{{"hide_platform_branding", true}}}}).status, 200);
        const auto html = client().get("/portal", tenantHost(ent.slug)).body;
        QVERIFY(!html.contains("AI Heart"));
        QVERIFY(client().get("/portal", tenantHost(pro.slug)).body.contains("Powered by AI Heart"));
    }

    void aDowngradeSwitchesOffWhatThePlanNoLongerIncludes()
    {
        const auto downgraded = createTenant(client(), "brand-down", "enterprise");
        put(downgraded, {{"custom_css", ".portal-name{letter-spacing:3px}"},
                         {"features", QJsonObject{{"hide_platform_branding", true}}}});
        QVERIFY(!client().get("/portal", tenantHost(downgraded.slug)).body.contains("Powered by AI Heart"));
        {
            pqxx::connection connection(live->database.url());
            pqxx::work tx(connection);
            tx.exec_params("UPDATE tenants SET subscription_tier = 'pro' WHERE id = $1",
                           downgraded.id.toStdString());
            tx.commit();
        }
        QVERIFY(waitUntil([&] {
            return client().get("/portal", tenantHost(downgraded.slug)).body.contains("Powered by AI Heart");
        }));
        const auto page = client().get("/portal", tenantHost(downgraded.slug));
        const auto theme = client().get(themeHref(page.body).toStdString(), tenantHost(downgraded.slug));
        QVERIFY(!theme.body.contains("letter-spacing"));
    }

private:
    HttpResponse put(const TenantFixture& tenant, const QJsonObject& body)
    {
        return client().request("PUT", brandingPath, QJsonDocument(body).toJson(QJsonDocument::Compact),
                                bearer(tenant.accessToken));
    }

    HttpClient& client() { return *live->client; }
    std::unique_ptr<LiveServer> live;
    TenantFixture freeTier;
    TenantFixture pro;
    TenantFixture ent;
};

QTEST_GUILESS_MAIN(TestBrandingApi)
#include "TestBrandingApi.moc"
