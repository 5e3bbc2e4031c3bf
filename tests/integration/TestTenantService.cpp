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

identity::Caller anonymous(const std::string& address = "198.51.100.9")
{
    identity::Caller caller;
    caller.origin = {address, "service-test", "POST", "/api/enterprise/tenants", "req-signup"};
    return caller;
}

tenancy::NewTenant signUp(const std::string& slug)
{
    return {"Self " + slug, slug, std::nullopt, "a@" + slug + ".example", "a-long-password"};
}

tenancy::TenantChange renaming(const std::string& name)
{
    tenancy::TenantChange change;
    change.name = name;
    return change;
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

    // The fixture allows three self sign-ups per address and hour: the fourth waits, counted
    // before any password is hashed; another address is not held up.
    void selfSignUpIsThrottledPerAddress()
    {
        auto visitor = anonymous("203.0.113.50");
        for (int i = 0; i < 3; ++i) {
            fixture.tenants.create(visitor, signUp("tenants-throttled-" + std::to_string(i)));
        }
        const auto hashed = fixture.hasher.gate().started();
        try {
            fixture.tenants.create(visitor, signUp("tenants-throttled-3"));
            QFAIL("a fourth sign-up from one address went through");
        } catch (const ApiError& error) {
            QCOMPARE(error.code(), ErrorCode::RateLimited);
            QVERIFY(error.retryAfterSeconds().value_or(0) > 0);
        }
        QCOMPARE(fixture.hasher.gate().started(), hashed);
        auto other = anonymous("203.0.113.51");
        fixture.tenants.create(other, signUp("tenants-throttled-other"));
    }

    // A taken slug was refused only after the password had been hashed (26 ms of argon2id, against
    // 0.6 ms for a bad body): now it costs one lookup.
    void takenSlugCostsNoPasswordHash()
    {
        fixture.createTenant("tenants-occupied");
        auto visitor = anonymous("203.0.113.60");
        const auto hashed = fixture.hasher.gate().started();
        QCOMPARE(test::errorCodeOf([&] { fixture.tenants.create(visitor, signUp("tenants-occupied")); }),
                 ErrorCode::Conflict);
        QCOMPARE(fixture.hasher.gate().started(), hashed);
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
        QCOMPARE(test::errorCodeOf([&] { fixture.tenants.update(admin, theirs, renaming("Mine now")); }),
                 ErrorCode::NotFound);
    }

    void renameIsAudited()
    {
        const auto tenant = fixture.createTenant("tenants-rename");
        auto admin = fixture.adminOf(tenant);
        QCOMPARE(fixture.tenants.update(admin, tenant, renaming("Renamed")).name, std::string("Renamed"));
        QVERIFY(fixture.auditedActions(tenant).back() == "tenant.update");
    }
};

QTEST_GUILESS_MAIN(TestTenantService)
#include "TestTenantService.moc"
