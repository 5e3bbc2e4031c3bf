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

struct MailSenderSettings
{
    std::string fromAddress; ///< MAIL_FROM
    std::chrono::milliseconds pollInterval{1000};
    std::chrono::seconds firstRetry{30};     ///< doubled on each failure ...
    std::chrono::seconds longestRetry{3600}; ///< ... up to this
    int maxAttempts = 12;                    ///< then the message is abandoned (about 8 hours)
};

/// Sends what the outboxes hold, on a thread of its own. Each message is sent while its row is
/// locked and marked sent in the same transaction: a second instance skips it, and a crash
/// before the commit leaves it to be sent again (the only way it can go out twice, and then with
/// the same Message-ID). A failure is tried again with backoff; a permanent refusal is given up
/// at once, and so is a message still failing after maxAttempts.
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
    std::chrono::seconds retryDelay(int attemptsSoFar) const;

    db::Database& database_;
    std::shared_ptr<mail::MailTransport> transport_;
    MailSenderSettings settings_;
    observability::Counter sent_;
    observability::Counter retried_;
    observability::Counter abandoned_;
    util::PeriodicWorker worker_;
};

} // namespace aih::accounts
