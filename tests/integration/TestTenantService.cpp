// SPDX-License-Identifier: Apache-2.0
// TenantService on a real database with no server in front: callers are plain values.
#include "ServiceFixture.h"
#include "errors/ApiError.h"

#include <QtTest/QtTest>
#include <pqxx/pqxx>

using namespace aih;
using errors::ApiError;
using errors::ErrorCode;

namespace {

identity::Caller anonymous()
{
    identity::Caller caller;
    caller.origin = {"198.51.100.9", "service-test", "POST", "/api/enterprise/tenants", "req-signup"};
    return caller;
}

} // namespace

class TestTenantService : public QObject
{
    Q_OBJECT

    test::ServiceFixture fixture;

private slots:
    void operatorCreatesAnyTierWithItsLimits()
    {
        auto operatorCall = test::ServiceFixture::operatorCaller();
        const auto created = fixture.tenants.create(
            operatorCall, {"Big Co", "tenants-big", "enterprise", std::nullopt, std::nullopt});
        QCOMPARE(created.tenant.tier, Tier::Enterprise);
        QCOMPARE(created.tenant.userLimit, planFor(Tier::Enterprise).userLimit);
        QVERIFY(!created.owner);
        QCOMPARE(fixture.auditedActions(created.tenant.id), std::vector<std::string>{"tenant.create"});
    }

    void selfSignUpMakesFreeTenantsOnly()
    {
        auto visitor = anonymous();
        QCOMPARE(test::errorCodeOf([&] {
                     fixture.tenants.create(
                         visitor, {"Sneaky", "tenants-sneaky", "pro", "a@sneaky.example", "a-long-password"});
                 }),
                 ErrorCode::Forbidden);
        const auto created = fixture.tenants.create(
            visitor, {"Small", "tenants-small", std::nullopt, "a@small.example", "a-long-password"});
        QCOMPARE(created.tenant.tier, Tier::Free);
        QVERIFY(created.owner && created.owner->role == Role::Admin);
    }

    void takenSlugIsAConflict()
    {
        fixture.createTenant("tenants-taken");
        auto operatorCall = test::ServiceFixture::operatorCaller();
        QCOMPARE(test::errorCodeOf([&] {
                     fixture.tenants.create(operatorCall,
                                            {"Again", "tenants-taken", "free", std::nullopt, std::nullopt});
                 }),
                 ErrorCode::Conflict);
    }

    // A slug spelling another tenant's id could capture requests naming that tenant by id.
    void slugThatReadsAsATenantIdIsRefused()
    {
        const auto victimId = fixture.createTenant("tenants-victim");
        auto operatorCall = test::ServiceFixture::operatorCaller();
        for (const auto& slug :
             {victimId, victimId.substr(0, 8) + victimId.substr(9), std::string(32, 'a')}) {
            QCOMPARE(test::errorCodeOf([&] {
                         fixture.tenants.create(operatorCall,
                                                {"Squatter", slug, "free", std::nullopt, std::nullopt});
                     }),
                     ErrorCode::ValidationFailed);
        }
        // The database refuses it too, whatever the code above it does.
        pqxx::connection owner(fixture.testDatabase.url());
        pqxx::work tx(owner);
        QVERIFY_THROWS_EXCEPTION(
            pqxx::check_violation,
            tx.exec_params("INSERT INTO tenants (name, slug) VALUES ('Squatter', $1)", victimId));
    }

    void invalidFieldsAreNamed()
    {
        auto operatorCall = test::ServiceFixture::operatorCaller();
        try {
            fixture.tenants.create(operatorCall, {"", "No Slug!", "gold", std::nullopt, std::nullopt});
            QFAIL("an invalid tenant was created");
        } catch (const ApiError& error) {
            QCOMPARE(error.code(), ErrorCode::ValidationFailed);
            QStringList fields;
            for (const auto& field : error.fieldErrors()) {
                fields << QString::fromStdString(field.field);
            }
            QCOMPARE(fields, (QStringList{"name", "slug", "subscription_tier"}));
        }
    }

    void membersSeeOnlyTheirOwnTenant()
    {
        const auto mine = fixture.createTenant("tenants-mine");
        const auto theirs = fixture.createTenant("tenants-theirs");
        auto admin = fixture.adminOf(mine);
        QCOMPARE(fixture.tenants.get(admin, mine).slug, std::string("tenants-mine"));
        QCOMPARE(test::errorCodeOf([&] { fixture.tenants.get(admin, theirs); }), ErrorCode::NotFound);
        QCOMPARE(test::errorCodeOf(
                     [&] { fixture.tenants.update(admin, theirs, std::string("Mine now"), nullptr); }),
                 ErrorCode::NotFound);
    }

    void renameIsAudited()
    {
        const auto tenant = fixture.createTenant("tenants-rename");
        auto admin = fixture.adminOf(tenant);
        QCOMPARE(fixture.tenants.update(admin, tenant, std::string("Renamed"), nullptr).name,
                 std::string("Renamed"));
        QVERIFY(fixture.auditedActions(tenant).back() == "tenant.update");
    }
};

QTEST_GUILESS_MAIN(TestTenantService)
#include "TestTenantService.moc"
