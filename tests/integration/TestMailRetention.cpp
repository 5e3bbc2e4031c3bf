// SPDX-License-Identifier: Apache-2.0
// The mail outbox keeps a message it sent or gave up for MailSenderSettings::keepLog, then
// deletes it, in every tenant, except one whose dedupe key still keeps its cause from being
// mailed twice. The sender and the database alone, on a migrated database.
#include "TestDatabase.h"
#include "accounts/MailSender.h"
#include "db/ConnectionPool.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "db/PoolLogin.h"
#include "mail/LogTransport.h"

#include <QtTest>
#include <pqxx/pqxx>

using namespace aih;
using namespace aih::test;

class TestMailRetention : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        db::Migrator(testDatabase.url()).migrate();
        pool = std::make_unique<db::ConnectionPool>(db::preparePoolLogin(testDatabase.url()), 2,
                                                    std::chrono::seconds(5));
        database = std::make_unique<db::Database>(*pool);
    }

    void handledMailIsDeletedAfterItsKeepingTime()
    {
        const auto first = tenant("first");
        const auto second = tenant("second");
        // Sent, given up, and with a dedupe key, 40 days ago; sent yesterday; and one still
        // being retried since 40 days ago (retries end long before; it is not handled yet).
        insert(first, "old-sent", "sent_at = now() - interval '40 days'");
        insert(second, "old-sent-elsewhere", "sent_at = now() - interval '40 days'");
        insert(first, "old-abandoned", "abandoned_at = now() - interval '40 days'");
        insert(first, "old-deduped", "sent_at = now() - interval '40 days', dedupe_key = 'quota:2026-10:80'");
        insert(first, "recent", "sent_at = now() - interval '1 day'");
        insert(first, "pending", "next_attempt_at = now() + interval '1 hour'");

        accounts::MailSender sender(*database, std::make_shared<mail::LogTransport>(),
                                    accounts::MailSenderSettings{"noreply@aih.example"});
        sender.runOnce();
        QCOMPARE(remaining(), QStringList({"old-deduped", "pending", "recent"}));

        // Once an hour: a second pass right after deletes nothing more.
        insert(first, "another-old", "sent_at = now() - interval '40 days'");
        sender.runOnce();
        QVERIFY(remaining().contains("another-old"));
    }

private:
    std::string tenant(const std::string& slug)
    {
        pqxx::connection owner(testDatabase.url());
        pqxx::work tx(owner);
        const auto id =
            tx.exec_params1("INSERT INTO tenants (name, slug) VALUES ($1, $1) RETURNING id::text", slug)[0]
                .as<std::string>();
        tx.commit();
        return id;
    }

    void insert(const std::string& tenantId, const std::string& kind, const std::string& state)
    {
        pqxx::connection owner(testDatabase.url());
        pqxx::work tx(owner);
        const auto id =
            tx.exec_params1("INSERT INTO mail_outbox (tenant_id, kind, recipient, subject, text_body, "
                            "html_body, created_at) VALUES ($1, $2, 'a@example.com', 's', 't', 'h', "
                            "now() - interval '41 days') RETURNING id",
                            tenantId, kind)[0]
                .as<long long>();
        tx.exec("UPDATE mail_outbox SET " + state + " WHERE id = " + std::to_string(id));
        tx.commit();
    }

    QStringList remaining()
    {
        pqxx::connection owner(testDatabase.url());
        pqxx::nontransaction tx(owner);
        QStringList kinds;
        for (const auto& row : tx.exec("SELECT kind FROM mail_outbox ORDER BY kind")) {
            kinds << QString::fromStdString(row[0].as<std::string>());
        }
        return kinds;
    }

    TestDatabase testDatabase;
    std::unique_ptr<db::ConnectionPool> pool;
    std::unique_ptr<db::Database> database;
};

QTEST_GUILESS_MAIN(TestMailRetention)
#include "TestMailRetention.moc"
