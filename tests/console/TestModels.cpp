// SPDX-License-Identifier: Apache-2.0
// Every table model of the console under QAbstractItemModelTester, filled from a real aihd
// where the server has the data today, and the filtering and sorting the pages rely on.
#include "ApiHelpers.h"
#include "ConsoleHarness.h"
#include "LiveServer.h"
#include "features/apikeys/ApiKeyTableModel.h"
#include "features/apikeys/ApiKeysApi.h"
#include "features/audit/AuditTableModel.h"
#include "features/dashboard/TopConsumersModel.h"
#include "features/signin/ProfileListModel.h"
#include "features/users/UserFilterProxy.h"
#include "features/users/UserTableModel.h"
#include "features/users/UsersApi.h"
#include "gui/TableCsv.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QStandardItemModel>

using namespace aih;
using namespace aih::test;
using Tester = QAbstractItemModelTester;

namespace {

QJsonObject sample(const QString& name)
{
    QFile file(QFINDTESTDATA("data/" + name));
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        live = std::make_unique<LiveServer>();
        tenant = createTenant(*live->client, "models-co", "basic");
        const auto manager = createUserAndLogin(*live->client, tenant, "mia@models-co.example", "manager");
        const auto leaver = createUserAndLogin(*live->client, tenant, "leo@models-co.example", "user");
        QCOMPARE(
            live->client->del(path("/api/enterprise/admin/users", leaver.userId), bearer(tenant.accessToken))
                .status,
            204);
        QCOMPARE(createApiKey(*live->client, tenant.accessToken, {{"name", "ci"}}).response.status, 201);
        const auto revoked = createApiKey(*live->client, tenant.accessToken, {{"name", "old"}});
        QCOMPARE(live->client->del(path("/api/enterprise/api-keys", revoked.id), bearer(tenant.accessToken))
                     .status,
                 204);
        console = std::make_unique<ConsoleHarness>();
        QVERIFY(console->signIn(ConsoleHarness::profile(live->server->port(), tenant.slug, tenant.adminEmail),
                                tenant.adminPassword));
        const auto users = await(console::UsersApi(console->core().api()).list());
        QVERIFY(users.value);
        serverUsers = *users.value;
        QCOMPARE(serverUsers.size(), 3);
    }

    void userModelHoldsUpUnderTheTester()
    {
        console::UserTableModel model;
        console::UserFilterProxy proxy;
        proxy.setSourceModel(&model);
        Tester modelTester(&model, Tester::FailureReportingMode::QtTest);
        Tester proxyTester(&proxy, Tester::FailureReportingMode::QtTest);
        model.setRecords(serverUsers);
        proxy.sort(console::UserTableModel::LastSignIn);
        proxy.setText("mia");
        proxy.setText({});
        auto changed = serverUsers.first();
        changed.role = Role::Manager;
        model.upsert(changed);
        auto added = changed;
        added.id = "new";
        added.email = "new@models-co.example";
        model.upsert(added);
        QCOMPARE(model.rowCount(), 4);
        model.setRecords({});
        QCOMPARE(proxy.rowCount(), 0);
    }

    void userFilterMatchesTextRoleAndStatus_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("showInactive");
        QTest::addColumn<int>("rows");
        QTest::newRow("everyone") << ""
                                  << "" << true << 3;
        QTest::newRow("active only") << ""
                                     << "" << false << 2;
        QTest::newRow("by email, any case") << "MIA@"
                                            << "" << true << 1;
        QTest::newRow("managers") << ""
                                  << "manager" << true << 1;
        QTest::newRow("deactivated user hidden") << "leo"
                                                 << "user" << false << 0;
        QTest::newRow("nobody") << "zed"
                                << "" << true << 0;
    }

    void userFilterMatchesTextRoleAndStatus()
    {
        QFETCH(QString, text);
        QFETCH(QString, role);
        QFETCH(bool, showInactive);
        QFETCH(int, rows);
        console::UserTableModel model;
        console::UserFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setRecords(serverUsers);
        proxy.setText(text);
        proxy.setRole(role);
        proxy.setShowInactive(showInactive);
        QCOMPARE(proxy.rowCount(), rows);
    }

    void usersSortByRolePowerNotByName()
    {
        console::UserTableModel model;
        console::UserFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setRecords(serverUsers);
        proxy.sort(console::UserTableModel::RoleColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, console::UserTableModel::Email).data().toString(), tenant.adminEmail);
        QCOMPARE(proxy.index(1, console::UserTableModel::Email).data().toString(),
                 QString("mia@models-co.example"));
    }

    void apiKeyModelHoldsUpUnderTheTester()
    {
        const auto keys = await(console::ApiKeysApi(console->core().api()).list(false));
        QVERIFY(keys.value);
        QCOMPARE(keys.value->size(), 2);
        console::ApiKeyTableModel model;
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        model.setRecords(*keys.value);
        const int revoked = rowWith(model, "old");
        QVERIFY(revoked >= 0);
        QCOMPARE(model.index(revoked, console::ApiKeyTableModel::Status).data().toString(),
                 QString("Revoked"));
        QCOMPARE(model.index(revoked, 0).data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::gray));
        auto renamed = keys.value->first();
        renamed.name = "renamed";
        model.upsert(renamed);
        QCOMPARE(model.rowCount(), 2);
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(model.index(row, console::ApiKeyTableModel::Prefix).data().toString().endsWith("…"));
        }
    }

    void auditModelHoldsUpUnderTheTester()
    {
        console::AuditTableModel model;
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        const auto entry = console::AuditEntry::fromJson(sample("audit_entry.json"));
        QVERIFY(entry);
        model.setRecords({*entry});
        model.append({*entry, *entry});
        model.append({});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, console::AuditTableModel::Outcome).data().toString(), QString("Failed"));
        QCOMPARE(model.index(0, console::AuditTableModel::Actor).data().toString(), QString("u1"));
        // Once the server names the actor, the table shows the name and address, not the id.
        auto named = sample("audit_entry.json");
        auto actor = named["actor"].toObject();
        actor["email"] = "ada@acme.example";
        actor["name"] = "Ada Lovelace";
        named["actor"] = actor;
        QCOMPARE(console::AuditEntry::fromJson(named)->actorLabel(),
                 QString("Ada Lovelace <ada@acme.example>"));
        actor["name"] = QJsonValue::Null;
        named["actor"] = actor;
        QCOMPARE(console::AuditEntry::fromJson(named)->actorLabel(), QString("ada@acme.example"));
        QCOMPARE(model.index(0, console::AuditTableModel::Request).data().toString(),
                 QString("POST /api/enterprise/admin/users"));
    }

    void topConsumersAreSortedByCalls()
    {
        console::TopConsumersModel model;
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        model.setConsumers({{"small", "k1", {}, 3, 0, {}, {}}, {"big", "k2", {}, 30, 2, {}, {}}});
        QCOMPARE(model.index(0, console::TopConsumersModel::Consumer).data().toString(), QString("big"));
        QCOMPARE(model.index(0, console::TopConsumersModel::Consumer).data(Qt::ToolTipRole).toString(),
                 QString("k2"));
    }

    void tablesExportAsRfc4180CsvWithFormulasDefused()
    {
        QStandardItemModel model(0, 2);
        model.setHorizontalHeaderLabels({"Name", "Note"});
        const QList<QStringList> rows = {
            {"plain", "a, b"}, {"say \"hi\"", "two\nlines"}, {"=1+2", "+sum"}, {"-3", "@cmd"}, {"Zoë", ""}};
        for (const auto& row : rows) {
            model.appendRow({new QStandardItem(row[0]), new QStandardItem(row[1])});
        }
        QCOMPARE(console::csvOfTable(model), QByteArray("Name,Note\r\n"
                                                        "plain,\"a, b\"\r\n"
                                                        "\"say \"\"hi\"\"\",\"two\nlines\"\r\n"
                                                        "'=1+2,'+sum\r\n"
                                                        "'-3,'@cmd\r\n"
                                                        "Zo\xc3\xab,\r\n"));
    }

    void profileListFollowsTheStore()
    {
        auto& profiles = console->core().profiles();
        console::ProfileListModel model(profiles);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        const console::ServerProfile extra{"Staging", QUrl("https://staging.example.com"), "acme",
                                           "a@acme.example"};
        const auto before = model.rowCount();
        profiles.remember(extra);
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(model.index(0).data().toString(), QString("Staging"));
        QCOMPARE(model.rowOf(extra.id()), 0);
        profiles.forget(extra.id());
        QCOMPARE(model.rowCount(), before);
    }

private:
    static int rowWith(const QAbstractItemModel& model, const QString& name)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data().toString() == name) {
                return row;
            }
        }
        return -1;
    }

    std::unique_ptr<LiveServer> live;
    TenantFixture tenant;
    std::unique_ptr<ConsoleHarness> console;
    QList<console::User> serverUsers;
};

QTEST_MAIN(TestModels)
#include "TestModels.moc"
