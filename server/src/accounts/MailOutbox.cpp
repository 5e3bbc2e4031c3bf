// SPDX-License-Identifier: Apache-2.0
#include "accounts/MailOutbox.h"

#include <algorithm>

namespace aih::accounts {
namespace {

constexpr db::Sql enqueueSql{"mail.enqueue", R"sql(
    INSERT INTO mail_outbox (tenant_id, kind, recipient, sender_name, subject, text_body, html_body, send_before,
                             dedupe_key)
    VALUES (aih_current_tenant(), $1, $2, $3, $4, $5, $6, now() + make_interval(secs => $7::double precision), $8)
    ON CONFLICT (tenant_id, recipient, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
    RETURNING id
)sql"};

constexpr db::Sql dueTenantsSql{"mail.due_tenants", R"sql(
    SELECT id::text AS id FROM aih_mail_due_tenants() AS id
)sql"};

constexpr db::Sql claimDueSql{"mail.claim_due", R"sql(
    UPDATE mail_outbox
       SET attempts = attempts + 1,
           next_attempt_at = now() + make_interval(secs => $2)
     WHERE id IN (SELECT id
                    FROM mail_outbox
                   WHERE sent_at IS NULL AND abandoned_at IS NULL AND next_attempt_at <= now()
                   ORDER BY id
                   LIMIT $1
                     FOR UPDATE SKIP LOCKED)
    RETURNING id, kind, recipient, sender_name, subject, text_body, html_body, attempts,
              coalesce(send_before < now(), false) AS expired
)sql"};

// The bodies go once the message is out or given up: they hold links with live tokens.
constexpr db::Sql markSentSql{"mail.mark_sent", R"sql(
    UPDATE mail_outbox
       SET sent_at = now(), last_error = NULL, text_body = '', html_body = ''
     WHERE id = $1
)sql"};

constexpr db::Sql markRetrySql{"mail.mark_retry", R"sql(
    UPDATE mail_outbox
       SET last_error = left($2, 1000),
           next_attempt_at = now() + make_interval(secs => $3)
     WHERE id = $1
)sql"};

constexpr db::Sql markAbandonedSql{"mail.mark_abandoned", R"sql(
    UPDATE mail_outbox
       SET abandoned_at = now(), last_error = left($2, 1000), text_body = '', html_body = ''
     WHERE id = $1
)sql"};

// The person is gone: nothing more goes to them, and what went keeps no address or text of theirs.
// The dedupe key goes too: two of their addresses must not collide as one stand-in.
constexpr db::Sql forgetAddressSql{"mail.forget_address", R"sql(
    UPDATE mail_outbox
       SET recipient = $2, subject = '', text_body = '', html_body = '', dedupe_key = NULL,
           last_error = CASE WHEN sent_at IS NULL AND abandoned_at IS NULL THEN 'the recipient was erased'
                             ELSE last_error END,
           abandoned_at = CASE WHEN sent_at IS NULL THEN coalesce(abandoned_at, now()) ELSE abandoned_at END
     WHERE lower(recipient) = lower($1)
)sql"};

} // namespace

void MailOutbox::forgetAddress(db::Transaction& tx, const std::string& address, const std::string& standIn)
{
    tx.exec(forgetAddressSql, address, standIn);
}

long long MailOutbox::enqueue(db::Transaction& tx, const QueuedMail& mail)
{
    const auto validFor =
        mail.validFor ? std::optional<std::string>(std::to_string(mail.validFor->count())) : std::nullopt;
    const auto queued = tx.exec(enqueueSql, mail.kind, mail.recipient, mail.senderName, mail.subject,
                                mail.text, mail.html, db::nullable(validFor), db::nullable(mail.dedupeKey));
    return queued.empty() ? 0 : queued.at(0)["id"].as<long long>();
}

std::vector<std::string> MailOutbox::dueTenants(db::Transaction& tx)
{
    std::vector<std::string> ids;
    for (const auto& row : tx.exec(dueTenantsSql)) {
        ids.push_back(row["id"].as<std::string>());
    }
    return ids;
}

std::vector<QueuedMail> MailOutbox::claimDue(db::Transaction& tx, int limit, std::chrono::seconds lease)
{
    std::vector<QueuedMail> claimed;
    for (const auto& row : tx.exec(claimDueSql, limit, static_cast<double>(lease.count()))) {
        QueuedMail mail;
        mail.id = row["id"].as<long long>();
        mail.kind = row["kind"].as<std::string>();
        mail.recipient = row["recipient"].as<std::string>();
        mail.senderName = row["sender_name"].as<std::string>();
        mail.subject = row["subject"].as<std::string>();
        mail.text = row["text_body"].as<std::string>();
        mail.html = row["html_body"].as<std::string>();
        mail.attempts = row["attempts"].as<int>();
        mail.expired = row["expired"].as<bool>();
        claimed.push_back(std::move(mail));
    }
    std::ranges::sort(claimed, {}, &QueuedMail::id);
    return claimed;
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
