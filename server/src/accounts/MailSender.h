// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Database.h"
#include "mail/MailTransport.h"
#include "observability/Counter.h"
#include "observability/MetricsSource.h"
#include "util/PeriodicWorker.h"

#include <chrono>
#include <memory>

namespace aih::accounts {

struct QueuedMail;

struct MailSenderSettings
{
    std::string fromAddress; ///< MAIL_FROM
    std::chrono::milliseconds pollInterval{1000};
    std::chrono::seconds firstRetry{30};     ///< doubled on each failure ...
    std::chrono::seconds longestRetry{3600}; ///< ... up to this
    int maxAttempts = 12;                    ///< then the message is abandoned (about 5 hours)
    /// How long a claimed message stays hidden from other senders: longer than any one send
    /// takes (each SMTP step times out after 15 s).
    std::chrono::seconds lease{300};
    /// How long a message sent or given up is kept; checked hourly, from the first pass.
    std::chrono::hours keepLog{24 * 30};
};

/// Sends what the outboxes hold, on a thread of its own. Due messages are claimed for a lease
/// in a short transaction, sent with no transaction open, and each marked in a transaction of
/// its own: another instance skips a claimed message, and one claimed by a sender that died is
/// sent once its lease runs out. A sender that dies after the SMTP server took a message but
/// before marking it is the one way a message goes out twice, and then with the same
/// Message-ID. A failure is tried again with backoff; a permanent refusal is given up at once,
/// and so is a message still failing after maxAttempts or past its validity. Handled messages
/// are deleted once `keepLog` has passed (aih_mail_prune).
class MailSender final : public observability::MetricsSource
{
public:
    MailSender(db::Database& database, std::shared_ptr<mail::MailTransport> transport,
               MailSenderSettings settings);

    void start() { worker_.start(); }
    void stop() { worker_.stop(); }
    /// One pass over every tenant with mail due; returns the messages handled.
    int runOnce();
    /// "smtp", "smtps" or "log" (mail disabled), for /readyz.
    std::string transportKind() const { return transport_->kind(); }

    void writeMetrics(observability::PrometheusWriter& out) const override;

private:
    int sendDue(const std::string& tenantId);
    /// Deletes handled messages older than keepLog, at most once an hour on this instance.
    void prune();
    /// Sends one claimed message and records the outcome; false when the transport failed in a
    /// way the rest of the batch would meet too.
    bool deliver(const std::string& tenantId, const QueuedMail& queued);
    std::chrono::seconds retryDelay(int attemptsSoFar) const;

    db::Database& database_;
    std::shared_ptr<mail::MailTransport> transport_;
    MailSenderSettings settings_;
    observability::Counter sent_;
    observability::Counter retried_;
    observability::Counter abandoned_;
    std::chrono::steady_clock::time_point lastPrune_{};
    util::PeriodicWorker worker_;
};

} // namespace aih::accounts
