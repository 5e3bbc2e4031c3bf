// SPDX-License-Identifier: Apache-2.0
// Custom domains: claiming, proving control with a DNS TXT record that aihd really looks up
// (against a dnsmasq on loopback), serving the portal on the domain, and who may not claim what.
#include "ApiHelpers.h"
#include "DnsServerProcess.h"
#include "LiveServer.h"
#include "Wait.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>
#include <pqxx/pqxx>

using namespace aih::test;

namespace {

const std::string domainPath = "/api/customization/domain";
const std::string verifyPath = "/api/customization/domain/verify";

} // namespace

class TestCustomDomains : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(dns.start(), "dnsmasq did not start (scripts/install-deps installs it)");
        live = std::make_unique<LiveServer>(std::map<QString, QString>{{"AIH_DNS_SERVER", dns.address()}});
        acme = createTenant(client(), "acme-dom", "enterprise");
        rival = createTenant(client(), "rival-dom", "enterprise");
        pro = createTenant(client(), "pro-dom", "pro");
    }

    void customDomainsNeedTheEnterprisePlan()
    {
        const auto refused = claim(pro, "portal.pro.test");
        QCOMPARE(refused.status, 402);
        QCOMPARE(refused.json()["required_plan"].toString(), QString("enterprise"));
        QCOMPARE(client().post(verifyPath, {}, bearer(pro.accessToken)).status, 402);
    }

    void platformAndMalformedDomainsAreRefused_data()
    {
        QTest::addColumn<QString>("domain");
        for (const auto* domain :
             {"aih.test", "acme-dom.aih.test", "x.acme-dom.aih.test", "test", "localhost", "127.0.0.1",
              "bad_name.test", "<script>.test", "exa mple.test"}) {
            QTest::newRow(domain) << domain;
        }
    }

    void platformAndMalformedDomainsAreRefused()
    {
        QFETCH(QString, domain);
        const auto refused = claim(acme, domain);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.json()["errors"].toArray().at(0).toObject()["field"].toString(), QString("domain"));
    }

    void claimingGivesAPendingClaimWithATxtToken()
    {
        const auto claimed = claim(acme, "Portal.Acme.TEST.");
        QCOMPARE(claimed.status, 200);
        QCOMPARE(claimed.json()["domain"].toString(), QString("portal.acme.test"));
        QCOMPARE(claimed.json()["status"].toString(), QString("pending"));
        const auto verification = claimed.json()["verification"].toObject();
        QCOMPARE(verification["type"].toString(), QString("TXT"));
        QCOMPARE(verification["name"].toString(), QString("_aih-verification.portal.acme.test"));
        QVERIFY(verification["value"].toString().startsWith("aih-verification="));
        token = verification["value"].toString();
        // The same name again keeps the token; the claim is not reset.
        QCOMPARE(claim(acme, "portal.acme.test").json()["verification"].toObject()["value"].toString(),
                 token);
        QCOMPARE(client().get(domainPath, bearer(acme.accessToken)).json()["status"].toString(),
                 QString("pending"));
    }

    void aPendingDomainServesNothing()
    {
        QCOMPARE(client().get("/portal", {{"Host", "portal.acme.test"}}).status, 404);
    }

    void verificationFailsWithoutTheRecord()
    {
        const auto missing = client().post(verifyPath, {}, bearer(acme.accessToken));
        QCOMPARE(missing.status, 422);
        QVERIFY(missing.json()["detail"].toString().contains("does not exist"));
        QCOMPARE(missing.json()["record_value"].toString(), token);
        QVERIFY(
            !client().get(domainPath, bearer(acme.accessToken)).json()["last_error"].toString().isEmpty());

        QVERIFY(dns.start({{"_aih-verification.portal.acme.test", "aih-verification=someone-elses-token"}}));
        const auto wrong = client().post(verifyPath, {}, bearer(acme.accessToken));
        QCOMPARE(wrong.status, 422);
        QVERIFY(wrong.json()["detail"].toString().contains("has no TXT record"));
    }

    void anUnreachableDnsServerIsAServiceError()
    {
        dns.stop();
        const auto failed = client().post(verifyPath, {}, bearer(acme.accessToken));
        QCOMPARE(failed.status, 503);
        QVERIFY(!failed.header("Retry-After").isEmpty());
    }

    void pendingClaimsDoNotBlockOthers()
    {
        // Claiming first proves nothing: the rival may claim the same name; DNS decides.
        const auto pending = claim(rival, "portal.acme.test");
        QCOMPARE(pending.status, 200);
        rivalToken = pending.json()["verification"].toObject()["value"].toString();
        QVERIFY(rivalToken != token);
    }

    void theRightRecordVerifiesAndTheDomainServesThePortal()
    {
        QVERIFY(dns.start({{"_aih-verification.portal.acme.test", "v=spf1 -all"},
                           {"_aih-verification.portal.acme.test", token.toStdString()}}));
        const auto verified = client().post(verifyPath, {}, bearer(acme.accessToken));
        QCOMPARE(verified.status, 200);
        QCOMPARE(verified.json()["status"].toString(), QString("verified"));
        QVERIFY(!verified.json()["verified_at"].isNull());
        QCOMPARE(client()
                     .get(path("/api/enterprise/tenants/", acme.id), bearer(acme.accessToken))
                     .json()["domain"]
                     .toString(),
                 QString("portal.acme.test"));

        QCOMPARE(client()
                     .request("PUT", "/api/customization/customization", R"({"company_name":"Acme Custom"})",
                              bearer(acme.accessToken))
                     .status,
                 200);
        const auto portal = client().get("/portal", {{"Host", "PORTAL.acme.test:443"}});
        QCOMPARE(portal.status, 200);
        QVERIFY(portal.body.contains("Acme Custom"));
    }

    void theDomainNamesItsTenantForTheApiToo()
    {
        const Headers asRival{{"Host", "portal.acme.test"},
                              {"Authorization", "Bearer " + rival.accessToken.toStdString()}};
        const auto refused = client().get("/api/customization/customization", asRival);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.code(), QString("tenant_mismatch"));
        const Headers asAcme{{"Host", "portal.acme.test"},
                             {"Authorization", "Bearer " + acme.accessToken.toStdString()}};
        QCOMPARE(client().get("/api/customization/customization", asAcme).status, 200);
    }

    void aVerifiedDomainCannotBeTakenByAnotherTenant()
    {
        const auto taken = claim(rival, "portal.acme.test");
        QCOMPARE(taken.status, 409);
        // Even holding a pending claim from before and its own record, the rival loses the race.
        QVERIFY(dns.start({{"_aih-verification.portal.acme.test", token.toStdString()},
                           {"_aih-verification.portal.acme.test", rivalToken.toStdString()}}));
        const auto lost = client().post(verifyPath, {}, bearer(rival.accessToken));
        QCOMPARE(lost.status, 409);
        QCOMPARE(client().get("/portal", {{"Host", "portal.acme.test"}}).status, 200);
    }

    void aDowngradedTenantIsNoLongerServedOnItsDomain()
    {
        setTier(acme, "pro");
        QVERIFY(waitUntil([&] {
            return client().get("/portal", {{"Host", "portal.acme.test"}}).status == 404;
        }));
        setTier(acme, "enterprise");
        QVERIFY(waitUntil([&] {
            return client().get("/portal", {{"Host", "portal.acme.test"}}).status == 200;
        }));
    }

    void removingTheDomainStopsServingIt()
    {
        QCOMPARE(client().del(domainPath, bearer(acme.accessToken)).status, 204);
        QCOMPARE(client().get("/portal", {{"Host", "portal.acme.test"}}).status, 404);
        QCOMPARE(client().get(domainPath, bearer(acme.accessToken)).status, 404);
        QVERIFY(client()
                    .get(path("/api/enterprise/tenants/", acme.id), bearer(acme.accessToken))
                    .json()["domain"]
                    .isNull());
    }

    void everyDomainChangeIsInTheAuditTrail()
    {
        const auto entries = [&](const std::string& action) {
            return auditEntries(client(), acme.accessToken, "action=" + action);
        };
        const auto set = entries("domain.set");
        QCOMPARE(set.size(), 1); // claiming the same name again changed nothing
        QCOMPARE(set[0].toObject()["resource"].toObject()["id"].toString(), QString("portal.acme.test"));
        QCOMPARE(set[0].toObject()["actor"].toObject()["type"].toString(), QString("user"));
        int failures = 0;
        int successes = 0;
        for (const auto& entry : entries("domain.verify")) {
            const auto object = entry.toObject();
            (object["success"].toBool() ? successes : failures)++;
            QVERIFY(object["success"].toBool() || !object["error_detail"].toString().isEmpty());
        }
        QCOMPARE(successes, 1);
        QCOMPARE(failures, 3); // no record, the wrong record, DNS unreachable
        const auto removed = entries("domain.remove");
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed[0].toObject()["metadata"].toObject()["was_verified"].toBool(), true);
        // The rival's lost race changed nothing of its own and wrote nothing into acme's trail.
        QCOMPARE(auditEntries(client(), rival.accessToken, "action=domain.verify").size(), 0);
        const auto verified = client().get("/api/enterprise/audit-logs/verify", bearer(acme.accessToken));
        QVERIFY2(verified.json()["valid"].toBool(), verified.body.constData());
    }

    void onlyAdminsManageTheDomain()
    {
        const auto member = createUserAndLogin(client(), acme, "member@acme-dom.example", "manager");
        QCOMPARE(client()
                     .request("PUT", domainPath, R"({"domain":"m.acme.test"})", bearer(member.accessToken))
                     .status,
                 403);
        QCOMPARE(client().post(verifyPath, {}, bearer(member.accessToken)).status, 403);
        QCOMPARE(client()
                     .request("PUT", domainPath, R"({"domain":"m.acme.test","tenant_id":"x"})",
                              bearer(acme.accessToken))
                     .code(),
                 QString("unknown_field"));
    }

    void claimsAreConfinedByRowLevelSecurity()
    {
        pqxx::connection connection(live->database.url());
        pqxx::work tx(connection);
        QVERIFY(tx.exec("SELECT count(*) FROM custom_domains")[0][0].as<int>() >= 1);
        tx.exec("SET LOCAL ROLE aih_app");
        QCOMPARE(tx.exec("SELECT count(*) FROM custom_domains")[0][0].as<int>(), 0);
        tx.exec_params("SELECT set_config('aih.tenant_id', $1, true)", acme.id.toStdString());
        // The rival's pending claim is invisible to acme, so acme cannot touch it.
        const auto updated = tx.exec_params(
            "UPDATE custom_domains SET status = 'verified' WHERE tenant_id = $1", rival.id.toStdString());
        QCOMPARE(updated.affected_rows(), pqxx::result::size_type(0));
        tx.exec_params("SELECT set_config('aih.tenant_id', $1, true)", rival.id.toStdString());
        QCOMPARE(tx.exec("SELECT count(*) FROM custom_domains")[0][0].as<int>(), 1);
    }

private:
    HttpResponse claim(const TenantFixture& tenant, const QString& domain)
    {
        return client().request("PUT", domainPath, QJsonDocument(QJsonObject{{"domain", domain}}).toJson(),
                                bearer(tenant.accessToken));
    }

    void setTier(const TenantFixture& tenant, const char* tier)
    {
        pqxx::connection connection(live->database.url());
        pqxx::work tx(connection);
        tx.exec_params("UPDATE tenants SET subscription_tier = $1 WHERE id = $2", std::string(tier),
                       tenant.id.toStdString());
        tx.commit();
    }

    HttpClient& client() { return *live->client; }
    DnsServerProcess dns;
    std::unique_ptr<LiveServer> live;
    TenantFixture acme;
    TenantFixture rival;
    TenantFixture pro;
    QString token;
    QString rivalToken;
};

QTEST_GUILESS_MAIN(TestCustomDomains)
#include "TestCustomDomains.moc"
