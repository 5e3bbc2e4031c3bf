// SPDX-License-Identifier: Apache-2.0
// UserService on a real database with no server in front: callers are plain values.
#include "ServiceFixture.h"
#include "audit/AuditEvent.h"
#include "errors/ApiError.h"
#include "users/UserService.h"

#include <QtTest/QtTest>
#include <atomic>
#include <thread>

using namespace aih;
using errors::ErrorCode;

class TestUserService : public QObject
{
    Q_OBJECT

    test::ServiceFixture fixture;
    std::vector<db::Change> announced;
    users::UserService service{fixture.database, fixture.hasher, fixture.passwordPolicy, fixture.auditLog,
                               [this](const db::Change& change) { announced.push_back(change); }};

private slots:
    void adminCreatesAUserAndTheCreationIsAudited()
    {
        const auto tenant = fixture.createTenant("users-create");
        auto admin = fixture.adminOf(tenant);
        const auto user =
            service.create(admin, {"ann@users-create.example", "Ann", Role::Manager, "a-long-password"});
        QCOMPARE(user.email, std::string("ann@users-create.example"));
        QCOMPARE(user.role, Role::Manager);
        QCOMPARE(user.tenantId, tenant);
        QVERIFY(fixture.auditedActions(tenant).back() == "user.create");
    }

    void managerMayOnlyCreatePlainUsers()
    {
        const auto tenant = fixture.createTenant("users-manager");
        auto manager = test::ServiceFixture::userCaller(tenant, "", Role::Manager);
        QCOMPARE(
            test::errorCodeOf([&] {
                service.create(manager, {"boss@users-manager.example", "", Role::Admin, "a-long-password"});
            }),
            ErrorCode::Forbidden);
    }

    void roleIsConfirmedInsideTheTransaction()
    {
        const auto tenant = fixture.createTenant("users-demoted");
        auto admin = fixture.adminOf(tenant);
        // The token still says admin, but the database says the role changed since.
        admin.confirm = [](db::Transaction&, identity::Caller& caller) {
            caller.principal.role = Role::User;
        };
        QCOMPARE(test::errorCodeOf([&] {
                     service.create(admin, {"x@users-demoted.example", "", Role::User, "a-long-password"});
                 }),
                 ErrorCode::Forbidden);
    }

    void planUserLimitHolds()
    {
        const auto tenant = fixture.createTenant("users-free", "free");
        auto admin = fixture.adminOf(tenant);
        const auto limit = planFor(Tier::Free).userLimit;
        for (int i = 1; i < limit; ++i) {
            service.create(
                admin, {"u" + std::to_string(i) + "@users-free.example", "", Role::User, "a-long-password"});
        }
        QCOMPARE(test::errorCodeOf([&] {
                     service.create(admin, {"over@users-free.example", "", Role::User, "a-long-password"});
                 }),
                 ErrorCode::PlanLimit);
    }

    // A creation holds the tenant row while it waits for the audit chain; any other audited write
    // holds the chain while its entry, which references the tenant, waits on that row's key. With
    // the row locked FOR UPDATE these two deadlocked, and one of them answered 500.
    void creationsBesideOtherAuditedWritesNeverDeadlock()
    {
        const auto tenant = fixture.createTenant("users-busy", "enterprise");
        std::atomic<int> failures{0};
        std::vector<std::thread> workers;
        for (int worker = 0; worker < 4; ++worker) {
            workers.emplace_back([&, worker] {
                auto caller = fixture.adminOf(tenant);
                for (int i = 0; i < 25; ++i) {
                    try {
                        if (worker % 2 == 0) {
                            service.create(caller, {"w" + std::to_string(worker) + "-" + std::to_string(i) +
                                                        "@users-busy.example",
                                                    "", Role::User, "a-long-password"});
                        } else {
                            // An audited write that takes no lock on the tenant row first.
                            fixture.database.inTenant(tenant, [&](db::Transaction& tx) {
                                fixture.auditLog.record(tx, audit::eventFrom(caller, "test.write"));
                            });
                        }
                    } catch (const std::exception&) {
                        ++failures;
                    }
                }
            });
        }
        for (auto& worker : workers) {
            worker.join();
        }
        QCOMPARE(failures.load(), 0);
    }

    void lastActiveAdminCannotBeDeactivated()
    {
        const auto tenant = fixture.createTenant("users-last-admin");
        auto admin = fixture.adminOf(tenant);
        const auto adminId = admin.principal.userId;
        QCOMPARE(test::errorCodeOf([&] {
                     service.change(admin, adminId, {std::nullopt, false});
                 }),
                 ErrorCode::LastAdmin);
    }

    void deactivationAnnouncesTheUserToTheCaches()
    {
        const auto tenant = fixture.createTenant("users-deactivate");
        auto admin = fixture.adminOf(tenant);
        const auto user =
            service.create(admin, {"gone@users-deactivate.example", "", Role::User, "a-long-password"});
        announced.clear();
        const auto changed = service.change(admin, user.id, {std::nullopt, false});
        QVERIFY(!changed.active);
        QCOMPARE(announced.size(), std::size_t(1));
        QVERIFY(announced[0] == db::Change::user(user.id));
        QVERIFY(fixture.auditedActions(tenant).back() == "user.deactivate");
    }

    void anotherTenantsUserIsNotFound()
    {
        const auto mine = fixture.createTenant("users-mine");
        const auto theirs = fixture.createTenant("users-theirs");
        auto theirAdmin = fixture.adminOf(theirs);
        const auto victim =
            service.create(theirAdmin, {"v@users-theirs.example", "", Role::User, "a-long-password"});
        auto myAdmin = fixture.adminOf(mine);
        QCOMPARE(test::errorCodeOf([&] {
                     service.change(myAdmin, victim.id, {Role::Admin, "a-long-password"});
                 }),
                 ErrorCode::NotFound);
        const auto page = service.list(myAdmin, 100, std::nullopt);
        for (const auto& user : page.users) {
            QCOMPARE(user.tenantId, mine);
        }
    }
};

QTEST_GUILESS_MAIN(TestUserService)
#include "TestUserService.moc"
