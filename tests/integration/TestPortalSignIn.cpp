// SPDX-License-Identifier: Apache-2.0
// Signing in through the branded portal's HTML form, as a browser does it: the page's form token
// and its cookie, Origin, the redirect, the HttpOnly session cookie, and everything refused.
#include "ApiHelpers.h"
#include "LiveServer.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QtTest>
#include <map>

using namespace aih::test;

namespace {

/// Just enough of a browser for one host: keeps its cookies and sends what a browser sends.
class FormBrowser
{
public:
    FormBrowser(const HttpClient& client, QString host) : client_(client), host_(std::move(host)) {}

    HttpResponse get(const std::string& path) { return remember(client_.get(path, headers())); }

    HttpResponse post(const std::string& path, const std::map<QString, QString>& fields, Headers extra = {})
    {
        QByteArray form;
        for (const auto& [name, value] : fields) {
            form += (form.isEmpty() ? "" : "&") + name.toUtf8() + "=" + QUrl::toPercentEncoding(value);
        }
        auto all = headers();
        all.emplace_back("Origin", "http://" + host_.toStdString());
        for (auto& header : extra) {
            std::erase_if(all, [&](const auto& h) { return h.first == header.first; });
            all.push_back(std::move(header));
        }
        return remember(client_.request("POST", path, form, all, "application/x-www-form-urlencoded"));
    }

    /// Signs in through the form the portal page serves.
    HttpResponse signIn(const QString& email, const QString& password)
    {
        const auto page = get("/portal");
        return post("/portal/login",
                    {{"csrf_token", tokenIn(page)}, {"email", email}, {"password", password}});
    }

    static QString tokenIn(const HttpResponse& page)
    {
        static const QRegularExpression token("name=\"csrf_token\" value=\"([^\"]*)\"");
        return token.match(QString::fromUtf8(page.body)).captured(1);
    }

    std::map<std::string, std::string> cookies;
    std::vector<std::string> lastSetCookies;

private:
    Headers headers() const
    {
        Headers out{{"Host", host_.toStdString()}};
        std::string cookie;
        for (const auto& [name, value] : cookies) {
            cookie += (cookie.empty() ? "" : "; ") + name + "=" + value;
        }
        if (!cookie.empty()) {
            out.emplace_back("Cookie", cookie);
        }
        return out;
    }

    HttpResponse remember(HttpResponse response)
    {
        lastSetCookies.clear();
        for (const auto& [name, value] : response.headers) {
            if (QString::fromStdString(name).compare("Set-Cookie", Qt::CaseInsensitive) != 0) {
                continue;
            }
            lastSetCookies.push_back(value);
            const auto pair = value.substr(0, value.find(';'));
            const auto eq = pair.find('=');
            if (value.find("Max-Age=0") != std::string::npos) {
                cookies.erase(pair.substr(0, eq));
            } else {
                cookies[pair.substr(0, eq)] = pair.substr(eq + 1);
            }
        }
        return response;
    }

    const HttpClient& client_;
    QString host_;
};

QString setCookieFor(const FormBrowser& browser, const std::string& name)
{
    for (const auto& cookie : browser.lastSetCookies) {
        if (cookie.starts_with(name + "=")) {
            return QString::fromStdString(cookie);
        }
    }
    return {};
}

} // namespace

class TestPortalSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        live = std::make_unique<LiveServer>();
        acme = createTenant(client(), "signin-acme", "pro");
        other = createTenant(client(), "signin-other", "pro");
        QCOMPARE(client()
                     .request("PUT", "/api/customization/customization",
                              R"({"company_name":"Acme <Wellness>","primary_color":"#123456"})",
                              bearer(acme.accessToken))
                     .status,
                 200);
    }

    void thePortalServesAScriptFreeFormWithItsToken()
    {
        FormBrowser browser(client(), host(acme));
        const auto page = browser.get("/portal");
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains(R"(<form class="portal-form" method="post" action="/portal/login">)"));
        QVERIFY(!page.body.contains("<script"));
        const auto policy = page.header("Content-Security-Policy");
        QVERIFY(policy.contains("default-src 'none'") && policy.contains("form-action 'self'"));
        QVERIFY(!policy.contains("script-src"));
        QCOMPARE(page.header("Cache-Control"), QString("no-store"));
        QCOMPARE(page.header("Referrer-Policy"), QString("same-origin")); // so forms send their Origin
        const auto token = FormBrowser::tokenIn(page);
        QVERIFY(token.size() >= 40);
        const auto cookie = setCookieFor(browser, "aih_portal_csrf");
        QCOMPARE(cookie,
                 "aih_portal_csrf=" + token + "; Path=/portal; Max-Age=7200; HttpOnly; SameSite=Strict");
        QVERIFY(FormBrowser::tokenIn(browser.get("/portal")) != token); // fresh per page
    }

    void signingInSetsAnHttpOnlySessionAndShowsTheUser()
    {
        FormBrowser browser(client(), host(acme));
        const auto before = auditEntries(client(), acme.accessToken, "action=auth.login&success=true").size();
        const auto signedIn = browser.signIn(acme.adminEmail, acme.adminPassword);
        QCOMPARE(signedIn.status, 303);
        QCOMPARE(signedIn.header("Location"), QString("/portal/home"));
        const auto session = setCookieFor(browser, "aih_portal_session");
        QVERIFY(session.contains("; Path=/portal; Max-Age=900; HttpOnly; SameSite=Strict"));
        QVERIFY(!session.contains("Secure")); // plain HTTP here

        const auto home = browser.get("/portal/home");
        QCOMPARE(home.status, 200);
        QVERIFY(home.body.contains(acme.adminEmail.toUtf8()));
        QVERIFY(home.body.contains("Acme &lt;Wellness&gt;"));
        QVERIFY(home.body.contains(R"(action="/portal/logout")"));
        QCOMPARE(home.header("Cache-Control"), QString("no-store"));
        // The same sign-in as the API's: audited as such.
        QCOMPARE(auditEntries(client(), acme.accessToken, "action=auth.login&success=true").size(),
                 before + 1);
    }

    void cookiesAreSecureWhenTheProxySaysTls()
    {
        const auto page =
            client().get("/portal", {{"Host", host(acme).toStdString()}, {"X-Forwarded-Proto", "https"}});
        QVERIFY(page.header("Set-Cookie").endsWith("; HttpOnly; SameSite=Strict; Secure"));
    }

    void wrongPasswordAndUnknownUserGetTheSameEscapedAnswer()
    {
        FormBrowser browser(client(), host(acme));
        const auto wrong = browser.signIn(acme.adminEmail, "not-the-password");
        const auto unknown = browser.signIn("<b>nobody</b>@acme.example", "not-the-password");
        QCOMPARE(wrong.status, 401);
        QCOMPARE(unknown.status, 401);
        const auto errorOf = [](const HttpResponse& page) {
            static const QRegularExpression error(R"(<p class="portal-error" role="alert">([^<]*)</p>)");
            return error.match(QString::fromUtf8(page.body)).captured(1);
        };
        QVERIFY(!errorOf(wrong).isEmpty());
        QCOMPARE(errorOf(unknown), errorOf(wrong));
        QVERIFY(unknown.body.contains("value=\"&lt;b&gt;nobody&lt;/b&gt;@acme.example\""));
        QVERIFY(!unknown.body.contains("<b>nobody"));
        QVERIFY(!browser.cookies.contains("aih_portal_session"));
        QVERIFY(!FormBrowser::tokenIn(wrong).isEmpty()); // the form can be sent again
    }

    void formsFromElsewhereAreRefused()
    {
        FormBrowser browser(client(), host(acme));
        std::map<QString, QString> fields{{"email", acme.adminEmail}, {"password", acme.adminPassword}};
        // Each attempt with a fresh page and its token, so only the aspect under test is wrong.
        const auto fresh = [&] {
            fields["csrf_token"] = FormBrowser::tokenIn(browser.get("/portal"));
            return fields;
        };
        // Another site's page: the browser says where it came from.
        QCOMPARE(browser.post("/portal/login", fresh(), {{"Origin", "http://evil.example"}}).status, 403);
        QCOMPARE(browser.post("/portal/login", fresh(), {{"Origin", "null"}}).status, 403);
        QCOMPARE(browser.post("/portal/login", fresh(), {{"Origin", "http://signin-other.aih.test"}}).status,
                 403);
        // Without the page's cookie, or with another token, the form is refused too.
        FormBrowser stranger(client(), host(acme));
        QCOMPARE(stranger.post("/portal/login", fresh()).status, 403);
        stranger.cookies["aih_portal_csrf"] = "forged";
        QCOMPARE(stranger.post("/portal/login", fresh()).status, 403);
        auto mismatched = fresh();
        mismatched["csrf_token"] = "forged";
        QCOMPARE(browser.post("/portal/login", mismatched).status, 403);
        // The same form, sent right, signs in: the refusals above were for what they changed.
        QCOMPARE(browser.post("/portal/login", fresh()).status, 303);
        browser.cookies.erase("aih_portal_session");
        QVERIFY(!browser.cookies.contains("aih_portal_session"));
        QVERIFY(!stranger.cookies.contains("aih_portal_session"));
    }

    void malformedFormsAreRefusedWithThePage()
    {
        FormBrowser browser(client(), host(acme));
        const auto token = [&] { return FormBrowser::tokenIn(browser.get("/portal")); };
        QCOMPARE(browser.post("/portal/login", {{"csrf_token", token()}, {"email", acme.adminEmail}}).status,
                 422);
        QCOMPARE(browser
                     .post("/portal/login", {{"csrf_token", token()},
                                             {"email", acme.adminEmail},
                                             {"password", acme.adminPassword},
                                             {"tenant", other.id}})
                     .status,
                 400);
        QCOMPARE(browser
                     .post("/portal/login",
                           {{"csrf_token", token()}, {"email", QString(300, 'a')}, {"password", "x"}})
                     .status,
                 422);
        const auto json = client().request("POST", "/portal/login",
                                           QJsonDocument(QJsonObject{{"email", acme.adminEmail}}).toJson(),
                                           {{"Host", host(acme).toStdString()}});
        QCOMPARE(json.status, 400);
        QVERIFY(json.header("Content-Type").startsWith("text/html"));
        QCOMPARE(client().get("/portal", {{"Host", "nowhere.aih.test"}}).status, 404);
        QCOMPARE(client()
                     .request("POST", "/portal/login", "email=a", {{"Host", "nowhere.aih.test"}},
                              "application/x-www-form-urlencoded")
                     .status,
                 404);
    }

    void theFormSharesTheSignInThrottle()
    {
        const auto user = QString("throttled@signin-acme.example");
        createUserAndLogin(client(), acme, user, "user");
        FormBrowser browser(client(), host(acme));
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(browser.signIn(user, "wrong-password").status, 401);
        }
        const auto throttled = browser.signIn(user, "password-for-" + user);
        QCOMPARE(throttled.status, 429);
        QVERIFY(throttled.header("Retry-After").toInt() > 0);
        QCOMPARE(login(client(), acme.slug, user, "password-for-" + user).response.status, 429);
    }

    void theSessionIsValidOnItsOwnHostOnly()
    {
        FormBrowser browser(client(), host(acme));
        QCOMPARE(browser.signIn(acme.adminEmail, acme.adminPassword).status, 303);
        FormBrowser elsewhere(client(), host(other));
        elsewhere.cookies = browser.cookies;
        const auto refused = elsewhere.get("/portal/home");
        QCOMPARE(refused.status, 303);
        QCOMPARE(refused.header("Location"), QString("/portal"));
        // Nor does a tenant's host sign anyone in to its portal with another tenant's user.
        FormBrowser crossing(client(), host(other));
        QCOMPARE(crossing.signIn(acme.adminEmail, acme.adminPassword).status, 401);
    }

    void signingOutEndsTheSessionEverywhere()
    {
        FormBrowser browser(client(), host(acme));
        QCOMPARE(browser.signIn(acme.adminEmail, acme.adminPassword).status, 303);
        const auto session = browser.cookies.at("aih_portal_session");
        const auto home = browser.get("/portal/home");
        // A sign-out form from elsewhere does nothing.
        QCOMPARE(browser.post("/portal/logout", {{"csrf_token", "forged"}}).status, 303);
        QCOMPARE(browser.get("/portal/home").status, 200);

        const auto out = browser.post("/portal/logout",
                                      {{"csrf_token", FormBrowser::tokenIn(browser.get("/portal/home"))}});
        QCOMPARE(out.status, 303);
        QCOMPARE(out.header("Location"), QString("/portal"));
        QVERIFY(!browser.cookies.contains("aih_portal_session"));
        // The token itself is dead too, not just forgotten by this browser.
        browser.cookies["aih_portal_session"] = session;
        QCOMPARE(browser.get("/portal/home").status, 303);
        QVERIFY(home.status == 200);
    }

    void anExpiredSessionIsRenewedFromTheRefreshCookie()
    {
        FormBrowser browser(client(), host(acme));
        QCOMPARE(browser.signIn(acme.adminEmail, acme.adminPassword).status, 303);
        const auto refresh = setCookieFor(browser, "aih_portal_refresh");
        QVERIFY(refresh.contains("; Path=/portal; Max-Age="));
        QVERIFY(refresh.endsWith("; HttpOnly; SameSite=Strict"));
        QVERIFY(refresh.section("Max-Age=", 1).section(';', 0, 0).toLongLong() > 900);
        const auto firstRefresh = browser.cookies.at("aih_portal_refresh");

        // The 15-minute session cookie is gone (expired, as the browser sees it).
        browser.cookies.erase("aih_portal_session");
        const auto home = browser.get("/portal/home");
        QCOMPARE(home.status, 200);
        QVERIFY(home.body.contains(acme.adminEmail.toUtf8()));
        QVERIFY(browser.cookies.contains("aih_portal_session"));
        QVERIFY(browser.cookies.at("aih_portal_refresh") != firstRefresh); // rotated
        QCOMPARE(browser.get("/portal/home").status, 200);
    }

    void aReplayedRefreshCookieEndsTheSession()
    {
        FormBrowser browser(client(), host(acme));
        QCOMPARE(browser.signIn(acme.adminEmail, acme.adminPassword).status, 303);
        // Someone copies the refresh cookie; the browser then renews with it first.
        FormBrowser thief(client(), host(acme));
        thief.cookies["aih_portal_refresh"] = browser.cookies.at("aih_portal_refresh");
        browser.cookies.erase("aih_portal_session");
        QCOMPARE(browser.get("/portal/home").status, 200);
        // The copy is spent: presenting it again ends the whole session, the browser's too.
        const auto stolen = thief.get("/portal/home");
        QCOMPARE(stolen.status, 303);
        QCOMPARE(stolen.header("Location"), QString("/portal"));
        QVERIFY(!thief.cookies.contains("aih_portal_session"));
        QCOMPARE(browser.get("/portal/home").status, 303);
    }

    void signingOutEndsTheRefreshTokenToo()
    {
        FormBrowser browser(client(), host(acme));
        QCOMPARE(browser.signIn(acme.adminEmail, acme.adminPassword).status, 303);
        const auto refresh = browser.cookies.at("aih_portal_refresh");
        const auto out = browser.post("/portal/logout",
                                      {{"csrf_token", FormBrowser::tokenIn(browser.get("/portal/home"))}});
        QCOMPARE(out.status, 303);
        QVERIFY(!browser.cookies.contains("aih_portal_refresh"));
        browser.cookies["aih_portal_refresh"] = refresh;
        QCOMPARE(browser.get("/portal/home").status, 303);
    }

    void aDeactivatedUserIsSignedOutAtOnce()
    {
        const auto email = QString("leaver@signin-acme.example");
        const auto user = createUserAndLogin(client(), acme, email, "user");
        FormBrowser browser(client(), host(acme));
        QCOMPARE(browser.signIn(email, "password-for-" + email).status, 303);
        QCOMPARE(browser.get("/portal/home").status, 200);
        QCOMPARE(client()
                     .patch(path("/api/enterprise/admin/users/", user.userId), {{"active", false}},
                            bearer(acme.accessToken))
                     .status,
                 200);
        QCOMPARE(browser.get("/portal/home").status, 303);
    }

private:
    static QString host(const TenantFixture& tenant) { return tenant.slug + ".aih.test"; }
    HttpClient& client() { return *live->client; }
    std::unique_ptr<LiveServer> live;
    TenantFixture acme;
    TenantFixture other;
};

QTEST_GUILESS_MAIN(TestPortalSignIn)
#include "TestPortalSignIn.moc"
