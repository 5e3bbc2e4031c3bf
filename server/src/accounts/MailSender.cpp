// SPDX-License-Identifier: Apache-2.0
#include "accounts/MailSender.h"

#include "accounts/MailOutbox.h"
#include "logging/Logger.h"

#include <algorithm>

namespace aih::accounts {
namespace {

const logging::Logger mailSenderLogger("mail");

constexpr int batchPerTenant = 20;
constexpr std::chrono::hours pruneEvery{1};

constexpr db::Sql pruneSql{"mail.prune", "SELECT aih_mail_prune(make_interval(hours => $1)) AS removed"};

} // namespace

MailSender::MailSender(db::Database& database, std::shared_ptr<mail::MailTransport> transport,
                       MailSenderSettings settings)
    : database_(database), transport_(std::move(transport)), settings_(std::move(settings)),
      worker_([this] { runOnce(); }, settings_.pollInterval)
{
}

int MailSender::runOnce()
{
    prune();
    std::vector<std::string> tenants;
    try {
        tenants = database_.inPlatform([](db::Transaction& tx) { return MailOutbox::dueTenants(tx); });
    } catch (const std::exception& error) {
        // The database is away (a failover, a restart): the mail waits in the outbox.
        mailSenderLogger.warning("mail pass failed; the outbox keeps its messages",
                                 {{"error", error.what()}});
        return 0;
    }
    int handled = 0;
    for (const auto& tenantId : tenants) {
        try {
            handled += sendDue(tenantId);
        } catch (const std::exception& error) {
            // One tenant's trouble is not every tenant's: the next one is still served.
            mailSenderLogger.warning("mail pass failed for a tenant",
                                     {{"tenant", tenantId}, {"error", error.what()}});
        }
    }
    return handled;
}

void MailSender::prune()
{
    // Only the worker thread (or a test, instead of it) runs passes: no lock needed.
    const auto now = std::chrono::steady_clock::now();
    if (lastPrune_ != std::chrono::steady_clock::time_point{} && now - lastPrune_ < pruneEvery) {
        return;
    }
    lastPrune_ = now;
    try {
        const auto removed = database_.inPlatform([&](db::Transaction& tx) {
            return tx.exec(pruneSql, static_cast<int>(settings_.keepLog.count()))[0]["removed"]
                .as<long long>();
        });
        if (removed > 0) {
            mailSenderLogger.info("old mail removed from the outbox", {{"removed", std::to_string(removed)}});
        }
    } catch (const std::exception& error) {
        mailSenderLogger.warning("pruning the mail outbox failed", {{"error", error.what()}});
    }
}

int MailSender::sendDue(const std::string& tenantId)
{
    const auto claimed = database_.inTenant(tenantId, [&](db::Transaction& tx) {
        return MailOutbox::claimDue(tx, batchPerTenant, settings_.lease);
    });
    int handled = 0;
    for (const auto& queued : claimed) {
        ++handled;
        if (!deliver(tenantId, queued)) {
            break; // the rest of the batch comes back when its lease runs out
        }
    }
    return handled;
}

bool MailSender::deliver(const std::string& tenantId, const QueuedMail& queued)
{
    const std::string id = std::to_string(queued.id);
    const auto abandon = [&](const std::string& why) {
        database_.inTenant(tenantId,
                           [&](db::Transaction& tx) { MailOutbox::markAbandoned(tx, queued.id, why); });
        abandoned_.add();
        mailSenderLogger.error("mail abandoned", {{"mail_id", id}, {"kind", queued.kind}, {"error", why}});
    };
    if (queued.expired) {
        abandon("its content expired before it could be sent");
        return true;
    }
    const auto at = settings_.fromAddress.find('@');
    // Stable across retries; the outbox id is unique on its own and says nothing of the tenant.
    const auto messageId =
        "mail-" + id + (at == std::string::npos ? "@aih" : settings_.fromAddress.substr(at));
    const auto result = transport_->send({settings_.fromAddress, queued.senderName, queued.recipient,
                                          queued.subject, queued.text, queued.html, messageId});
    switch (result.outcome) {
    case mail::SendResult::Outcome::Sent:
        database_.inTenant(tenantId, [&](db::Transaction& tx) { MailOutbox::markSent(tx, queued.id); });
        sent_.add();
        return true;
    case mail::SendResult::Outcome::Retry:
        if (queued.attempts < settings_.maxAttempts) {
            const auto delay = retryDelay(queued.attempts - 1);
            database_.inTenant(tenantId, [&](db::Transaction& tx) {
                MailOutbox::markRetry(tx, queued.id, result.error, delay);
            });
            retried_.add();
            mailSenderLogger.warning("mail not sent; trying again later",
                                     {{"mail_id", id},
                                      {"kind", queued.kind},
                                      {"error", result.error},
                                      {"retry_in_seconds", std::to_string(delay.count())}});
            return false;
        }
        abandon(result.error);
        return false;
    case mail::SendResult::Outcome::Refused:
        abandon(result.error);
        return true;
    }
    return true;
}

std::chrono::seconds MailSender::retryDelay(int attemptsSoFar) const
{
    auto delay = settings_.firstRetry;
    for (int i = 0; i < attemptsSoFar && delay < settings_.longestRetry; ++i) {
        delay *= 2;
    }
    return std::min(delay, settings_.longestRetry);
}

void MailSender::writeMetrics(observability::PrometheusWriter& out) const
{
    out.family("aih_mail_sent_total", "counter", "Messages the mail transport accepted.");
    out.sample("aih_mail_sent_total", {}, sent_.value());
    out.family("aih_mail_retries_total", "counter", "Sends that failed and were scheduled again.");
    out.sample("aih_mail_retries_total", {}, retried_.value());
    out.family("aih_mail_abandoned_total", "counter",
               "Messages given up: refused for good, or still failing after every retry.");
    out.sample("aih_mail_abandoned_total", {}, abandoned_.value());
}

} // namespace aih::accounts
