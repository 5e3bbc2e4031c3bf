// SPDX-License-Identifier: Apache-2.0
// What the Users page disables before the server would refuse it.
#include "features/users/UserRules.h"

#include <QtTest>

using namespace aih;
using namespace aih::console;

namespace {

User user(const QString& id, Role role, bool active = true)
{
    User user;
    user.id = id;
    user.email = id + "@acme.example";
    user.role = role;
    user.active = active;
    return user;
}

Tenant tenant(int activeUsers, int userLimit)
{
    Tenant tenant;
    tenant.tier = Tier::Basic;
    tenant.activeUsers = activeUsers;
    tenant.userLimit = userLimit;
    return tenant;
}

} // namespace

class TestUserRules : public QObject
{
    Q_OBJECT

private slots:
    void rolesOnOfferFollowTheActor_data()
    {
        QTest::addColumn<int>("actor");
        QTest::addColumn<int>("offered");
        QTest::newRow("admin") << int(Role::Admin) << 3;
        QTest::newRow("manager") << int(Role::Manager) << 1;
        QTest::newRow("user") << int(Role::User) << 0;
    }

    void rolesOnOfferFollowTheActor()
    {
        QFETCH(int, actor);
        QFETCH(int, offered);
        const UserRules rules(user("me", Role(actor)), tenant(1, 25), {});
        QCOMPARE(rules.assignableRoles().size(), offered);
        QCOMPARE(rules.whyNotCreate().has_value(), offered == 0);
    }

    void fullPlanStopsCreationAndReactivation()
    {
        const auto gone = user("gone", Role::User, false);
        const UserRules rules(user("me", Role::Admin), tenant(5, 5), {user("me", Role::Admin), gone});
        QVERIFY(rules.whyNotCreate()->contains("5 active user"));
        QVERIFY(rules.whyNotSetActive(gone, true));
        const UserRules roomy(user("me", Role::Admin), tenant(4, 5), {user("me", Role::Admin), gone});
        QVERIFY(!roomy.whyNotSetActive(gone, true));
    }

    void lastActiveAdminIsKept()
    {
        const auto me = user("me", Role::Admin);
        const auto formerAdmin = user("former", Role::Admin, false);
        const UserRules alone(me, tenant(1, 5), {me, formerAdmin});
        QVERIFY(alone.whyNotChangeRole(me, Role::Manager));
        QVERIFY(alone.whyNotSetActive(me, false));
        const auto other = user("other", Role::Admin);
        const UserRules two(me, tenant(2, 5), {me, other});
        QVERIFY(!two.whyNotChangeRole(me, Role::Manager));
        QVERIFY(!two.whyNotSetActive(other, false));
    }

    void managersCannotChangeOrDeactivate()
    {
        const auto plain = user("plain", Role::User);
        const UserRules rules(user("boss", Role::Manager), tenant(2, 5), {plain});
        QVERIFY(rules.whyNotChangeRole(plain, Role::Manager));
        QVERIFY(rules.whyNotSetActive(plain, false));
    }

    void noOpChangesAreExplained()
    {
        const auto plain = user("plain", Role::User);
        const UserRules rules(user("me", Role::Admin), tenant(2, 5), {plain});
        QVERIFY(rules.whyNotChangeRole(plain, Role::User)->contains("already"));
        QVERIFY(rules.whyNotSetActive(plain, true)->contains("already"));
        QVERIFY(!rules.whyNotChangeRole(plain, Role::Admin));
    }
};

QTEST_GUILESS_MAIN(TestUserRules)
#include "TestUserRules.moc"
