// SPDX-License-Identifier: Apache-2.0
#include "accounts/MailSender.h"

#include "accounts/MailOutbox.h"
#include "logging/Logger.h"

#include <algorithm>

namespace aih::accounts {
namespace {

const logging::Logger logger("mail");

constexpr int batchPerTenant = 20;

} // namespace

MailSender::MailSender(db::Database& database, std::shared_ptr<mail::MailTransport> transport,
                       MailSenderSettings settings)
    : database_(database), transport_(std::move(transport)), settings_(std::move(settings)),
      worker_([this] { runOnce(); }, settings_.pollInterval)
{
}

int MailSender::runOnce()
{
    int handled = 0;
    try {
        const auto tenants =
            database_.inPlatform([](db::Transaction& tx) { return MailOutbox::dueTenants(tx); });
        for (const auto& tenantId : tenants) {
            handled += sendDue(tenantId);
        }
    } catch (const std::exception& error) {
        // The database is away (a failover, a restart): the mail waits in the outbox.
        logger.warning("mail pass failed; the outbox keeps its messages", {{"error", error.what()}});
    }
    return handled;
}

int MailSender::sendDue(const std::string& tenantId)
{
    return database_.inTenant(tenantId, [&](db::Transaction& tx) {
        const auto due = MailOutbox::takeDue(tx, batchPerTenant);
        for (const auto& queued : due) {
            mail::OutgoingMail outgoing{settings_.fromAddress,
                                        queued.senderName,
                                        queued.recipient,
                                        queued.subject,
                                        queued.text,
                                        queued.html,
                                        ""};
            const auto at = settings_.fromAddress.find('@');
            outgoing.messageId = "mail-" + std::to_string(queued.id) + "." + tenantId +
                                 (at == std::string::npos ? "@aih" : settings_.fromAddress.substr(at));
            const auto result = transport_->send(outgoing);
            const std::string id = std::to_string(queued.id);
            switch (result.outcome) {
            case mail::SendResult::Outcome::Sent:
                MailOutbox::markSent(tx, queued.id);
                sent_.add();
                break;
            case mail::SendResult::Outcome::Retry:
                if (queued.attempts + 1 < settings_.maxAttempts) {
                    const auto delay = retryDelay(queued.attempts);
                    MailOutbox::markRetry(tx, queued.id, result.error, delay);
                    retried_.add();
                    logger.warning("mail not sent; trying again later",
                                   {{"mail_id", id},
                                    {"kind", queued.kind},
                                    {"error", result.error},
                                    {"retry_in_seconds", std::to_string(delay.count())}});
                    break;
                }
                [[fallthrough]];
            case mail::SendResult::Outcome::Refused:
                MailOutbox::markAbandoned(tx, queued.id, result.error);
                abandoned_.add();
                logger.error("mail abandoned",
                             {{"mail_id", id}, {"kind", queued.kind}, {"error", result.error}});
                break;
            }
        }
        return static_cast<int>(due.size());
    });
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
