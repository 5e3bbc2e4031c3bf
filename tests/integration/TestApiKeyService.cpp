// SPDX-License-Identifier: Apache-2.0
// ApiKeyService on a real database with no server in front: callers are plain values.
#include "ServiceFixture.h"
#include "apikeys/ApiKeyHasher.h"
#include "apikeys/ApiKeyService.h"
#include "errors/ApiError.h"
#include "tenancy/TenantPlans.h"
#include "users/UserService.h"

#include <QtTest/QtTest>

using namespace aih;
using errors::ApiError;
using errors::ErrorCode;

class TestApiKeyService : public QObject
{
    Q_OBJECT

    test::ServiceFixture fixture;
    apikeys::ApiKeyHasher keyHasher{"service-fixture-secret-key-0123456789abcdef"};
    tenancy::TenantPlans plans{fixture.database};
    std::vector<db::Change> announced;
    apikeys::ApiKeyService service{fixture.database, keyHasher, plans, fixture.auditLog,
                                   [this](const db::Change& change) { announced.push_back(change); }};
    users::UserService users{fixture.database, fixture.hasher, fixture.passwordPolicy, fixture.auditLog,
                             [](const db::Change&) {}};

    /// A plain member of `tenantId`, as a caller.
    identity::Caller member(const std::string& tenantId, const std::string& email)
    {
        auto admin = fixture.adminOf(tenantId);
        const auto user = users.create(admin, {email, "", Role::User, "a-long-password"});
        return test::ServiceFixture::userCaller(tenantId, user.id, Role::User);
    }

private slots:
    void createdKeyShowsItsSecretOnceAndIsAudited()
    {
        const auto tenant = fixture.createTenant("keys-create");
        auto admin = fixture.adminOf(tenant);
        const auto issued = service.create(
            admin, {"ci", {"read", "write"}, std::nullopt, std::nullopt, "live", std::nullopt, std::nullopt});
        QVERIFY(issued.secret.starts_with("aih_live_"));
        QVERIFY(issued.secret.find(issued.key.publicId) != std::string::npos);
        const auto page = service.list(admin, false, 10, std::nullopt);
        QCOMPARE(page.keys.size(), std::size_t(1));
        QCOMPARE(page.keys[0].publicId, issued.key.publicId);
        QVERIFY(fixture.auditedActions(tenant).back() == "api_key.create");
    }

    void plainMemberCannotHoldAnAdminScope()
    {
        const auto tenant = fixture.createTenant("keys-scope");
        auto user = member(tenant, "m@keys-scope.example");
        QCOMPARE(
            test::errorCodeOf([&] {
                service.create(
                    user,
                    {"too much", {"admin"}, std::nullopt, std::nullopt, "live", std::nullopt, std::nullopt});
            }),
            ErrorCode::Forbidden);
    }

    void keyLimitAboveThePlanIsRefusedByName()
    {
        const auto tenant = fixture.createTenant("keys-limit", "basic");
        auto admin = fixture.adminOf(tenant);
        try {
            service.create(admin,
                           {"greedy", {"read"}, 1'000'000, std::nullopt, "live", std::nullopt, std::nullopt});
            QFAIL("a limit above the plan was accepted");
        } catch (const ApiError& error) {
            QCOMPARE(error.code(), ErrorCode::ValidationFailed);
            QCOMPARE(error.fieldErrors().front().field, std::string("rate_limit"));
        }
    }

    void othersKeysAreInvisibleToAMember()
    {
        const auto tenant = fixture.createTenant("keys-others");
        auto admin = fixture.adminOf(tenant);
        const auto adminsKey = service.create(
            admin, {"admin's", {"read"}, std::nullopt, std::nullopt, "live", std::nullopt, std::nullopt});
        auto user = member(tenant, "m@keys-others.example");
        QCOMPARE(test::errorCodeOf([&] { service.revoke(user, adminsKey.key.id); }), ErrorCode::NotFound);
        QCOMPARE(test::errorCodeOf([&] { service.list(user, true, 10, std::nullopt); }),
                 ErrorCode::Forbidden);
    }

    void anotherTenantsKeyIsNotFound()
    {
        const auto mine = fixture.createTenant("keys-mine");
        const auto theirs = fixture.createTenant("keys-theirs");
        auto theirAdmin = fixture.adminOf(theirs);
        const auto theirKey = service.create(
            theirAdmin, {"theirs", {"read"}, std::nullopt, std::nullopt, "live", std::nullopt, std::nullopt});
        auto myAdmin = fixture.adminOf(mine);
        QCOMPARE(test::errorCodeOf([&] { service.revoke(myAdmin, theirKey.key.id); }), ErrorCode::NotFound);
        QCOMPARE(test::errorCodeOf([&] { service.rotate(myAdmin, theirKey.key.id, 0); }),
                 ErrorCode::NotFound);
    }

    void revokeAndRotateAnnounceTheKey()
    {
        const auto tenant = fixture.createTenant("keys-announce");
        auto admin = fixture.adminOf(tenant);
        const auto issued = service.create(
            admin, {"rotating", {"read"}, std::nullopt, std::nullopt, "test", std::nullopt, std::nullopt});
        announced.clear();
        const auto rotated = service.rotate(admin, issued.key.id, 60);
        QVERIFY(rotated.secret != issued.secret);
        QCOMPARE(rotated.key.publicId, issued.key.publicId);
        service.revoke(admin, issued.key.id);
        QCOMPARE(announced.size(), std::size_t(2));
        QVERIFY(announced[0] == db::Change::key(issued.key.publicId));
        QVERIFY(announced[1] == db::Change::key(issued.key.publicId));
        QCOMPARE(test::errorCodeOf([&] { service.rotate(admin, issued.key.id, 0); }), ErrorCode::Conflict);
    }
};

QTEST_GUILESS_MAIN(TestApiKeyService)
#include "TestApiKeyService.moc"
