// SPDX-License-Identifier: Apache-2.0
#include "aih/Roles.h"

#include <QtTest/QtTest>
#include <string>

Q_DECLARE_METATYPE(aih::Role)

class TestRoles : public QObject
{
    Q_OBJECT

private slots:
    void roleNamesRoundTrip_data();
    void roleNamesRoundTrip();
    void unknownRoleNamesAreRefused_data();
    void unknownRoleNamesAreRefused();
    void canAssignRoleFollowsTheMatrix_data();
    void canAssignRoleFollowsTheMatrix();
    void onlyManagersAndAdminsListUsers_data();
    void onlyManagersAndAdminsListUsers();
    void onlyAdminsModifyUsers_data();
    void onlyAdminsModifyUsers();
};

void TestRoles::roleNamesRoundTrip_data()
{
    QTest::addColumn<aih::Role>("role");
    QTest::addColumn<QByteArray>("name");
    QTest::newRow("user") << aih::Role::User << QByteArray("user");
    QTest::newRow("manager") << aih::Role::Manager << QByteArray("manager");
    QTest::newRow("admin") << aih::Role::Admin << QByteArray("admin");
}

void TestRoles::roleNamesRoundTrip()
{
    QFETCH(aih::Role, role);
    QFETCH(QByteArray, name);

    const auto written = aih::roleName(role);
    QCOMPARE(QByteArray(written.data(), static_cast<qsizetype>(written.size())), name);
    const auto parsed = aih::roleFromName(name.toStdString());
    QVERIFY(parsed.has_value());
    QVERIFY(*parsed == role);
}

void TestRoles::unknownRoleNamesAreRefused_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("capitalised") << QByteArray("Admin");
    QTest::newRow("upper case") << QByteArray("MANAGER");
    QTest::newRow("trailing space") << QByteArray("user ");
    QTest::newRow("owner") << QByteArray("owner");
    QTest::newRow("operator") << QByteArray("operator");
    QTest::newRow("superadmin") << QByteArray("superadmin");
}

void TestRoles::unknownRoleNamesAreRefused()
{
    QFETCH(QByteArray, name);
    QVERIFY(!aih::roleFromName(name.toStdString()).has_value());
}

void TestRoles::canAssignRoleFollowsTheMatrix_data()
{
    QTest::addColumn<aih::Role>("actor");
    QTest::addColumn<aih::Role>("target");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("user -> user") << aih::Role::User << aih::Role::User << false;
    QTest::newRow("user -> manager") << aih::Role::User << aih::Role::Manager << false;
    QTest::newRow("user -> admin") << aih::Role::User << aih::Role::Admin << false;
    QTest::newRow("manager -> user") << aih::Role::Manager << aih::Role::User << true;
    QTest::newRow("manager -> manager") << aih::Role::Manager << aih::Role::Manager << false;
    QTest::newRow("manager -> admin") << aih::Role::Manager << aih::Role::Admin << false;
    QTest::newRow("admin -> user") << aih::Role::Admin << aih::Role::User << true;
    QTest::newRow("admin -> manager") << aih::Role::Admin << aih::Role::Manager << true;
    QTest::newRow("admin -> admin") << aih::Role::Admin << aih::Role::Admin << true;
}

void TestRoles::canAssignRoleFollowsTheMatrix()
{
    QFETCH(aih::Role, actor);
    QFETCH(aih::Role, target);
    QFETCH(bool, allowed);
    QCOMPARE(aih::canAssignRole(actor, target), allowed);
}

void TestRoles::onlyManagersAndAdminsListUsers_data()
{
    QTest::addColumn<aih::Role>("actor");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("user") << aih::Role::User << false;
    QTest::newRow("manager") << aih::Role::Manager << true;
    QTest::newRow("admin") << aih::Role::Admin << true;
}

void TestRoles::onlyManagersAndAdminsListUsers()
{
    QFETCH(aih::Role, actor);
    QFETCH(bool, allowed);
    QCOMPARE(aih::canListUsers(actor), allowed);
}

void TestRoles::onlyAdminsModifyUsers_data()
{
    QTest::addColumn<aih::Role>("actor");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("user") << aih::Role::User << false;
    QTest::newRow("manager") << aih::Role::Manager << false;
    QTest::newRow("admin") << aih::Role::Admin << true;
}

void TestRoles::onlyAdminsModifyUsers()
{
    QFETCH(aih::Role, actor);
    QFETCH(bool, allowed);
    QCOMPARE(aih::canModifyUsers(actor), allowed);
}

QTEST_APPLESS_MAIN(TestRoles)
#include "TestRoles.moc"
