// SPDX-License-Identifier: Apache-2.0
#include "accounts/MailOutbox.h"

namespace aih::accounts {
namespace {

constexpr db::Sql enqueueSql{"mail.enqueue", R"sql(
    INSERT INTO mail_outbox (tenant_id, kind, recipient, sender_name, subject, text_body, html_body)
    VALUES (aih_current_tenant(), $1, $2, $3, $4, $5, $6)
    RETURNING id
)sql"};

constexpr db::Sql dueTenantsSql{"mail.due_tenants", R"sql(
    SELECT id::text AS id FROM aih_mail_due_tenants() AS id
)sql"};

constexpr db::Sql takeDueSql{"mail.take_due", R"sql(
    SELECT id, kind, recipient, sender_name, subject, text_body, html_body, attempts
      FROM mail_outbox
     WHERE sent_at IS NULL AND abandoned_at IS NULL AND next_attempt_at <= now()
     ORDER BY id
     LIMIT $1
       FOR UPDATE SKIP LOCKED
)sql"};

constexpr db::Sql markSentSql{"mail.mark_sent", R"sql(
    UPDATE mail_outbox
       SET sent_at = now(), attempts = attempts + 1, last_error = NULL
     WHERE id = $1
)sql"};

constexpr db::Sql markRetrySql{"mail.mark_retry", R"sql(
    UPDATE mail_outbox
       SET attempts = attempts + 1,
           last_error = left($2, 1000),
           next_attempt_at = now() + make_interval(secs => $3)
     WHERE id = $1
)sql"};

constexpr db::Sql markAbandonedSql{"mail.mark_abandoned", R"sql(
    UPDATE mail_outbox
       SET attempts = attempts + 1, last_error = left($2, 1000), abandoned_at = now()
     WHERE id = $1
)sql"};

} // namespace

long long MailOutbox::enqueue(db::Transaction& tx, const QueuedMail& mail)
{
    return tx.exec(enqueueSql, mail.kind, mail.recipient, mail.senderName, mail.subject, mail.text, mail.html)
        .at(0)["id"]
        .as<long long>();
}

std::vector<std::string> MailOutbox::dueTenants(db::Transaction& tx)
{
    std::vector<std::string> ids;
    for (const auto& row : tx.exec(dueTenantsSql)) {
        ids.push_back(row["id"].as<std::string>());
    }
    return ids;
}

std::vector<QueuedMail> MailOutbox::takeDue(db::Transaction& tx, int limit)
{
    std::vector<QueuedMail> due;
    for (const auto& row : tx.exec(takeDueSql, limit)) {
        due.push_back({row["id"].as<long long>(), row["kind"].as<std::string>(),
                       row["recipient"].as<std::string>(), row["sender_name"].as<std::string>(),
                       row["subject"].as<std::string>(), row["text_body"].as<std::string>(),
                       row["html_body"].as<std::string>(), row["attempts"].as<int>()});
    }
    return due;
}

void MailOutbox::markSent(db::Transaction& tx, long long id)
{
    tx.exec(markSentSql, id);
}

void MailOutbox::markRetry(db::Transaction& tx, long long id, const std::string& error,
                           std::chrono::seconds delay)
{
    tx.exec(markRetrySql, id, error, static_cast<double>(delay.count()));
}

void MailOutbox::markAbandoned(db::Transaction& tx, long long id, const std::string& error)
{
    tx.exec(markAbandonedSql, id, error);
}

} // namespace aih::accounts
