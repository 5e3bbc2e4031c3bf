// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Transaction.h"

#include <chrono>
#include <string>
#include <vector>

namespace aih::accounts {

/// A message written by a change, waiting in the tenant's outbox.
struct QueuedMail
{
    long long id = 0;
    std::string kind; ///< password_reset, ...: what caused it, for the log and the metrics
    std::string recipient;
    std::string senderName; ///< shown as the sender: the tenant's brand
    std::string subject;
    std::string text;
    std::string html;
    int attempts = 0;
};

/// SQL for the mail outbox (migration 0014). Enqueue inside the transaction of the change that
/// causes the mail; the sender takes rows with their row locks held while it sends.
class MailOutbox
{
public:
    static long long enqueue(db::Transaction& tx, const QueuedMail& mail);
    /// Platform scope: the tenants with mail due now.
    static std::vector<std::string> dueTenants(db::Transaction& tx);
    /// Due rows of the transaction's tenant, locked; rows another sender holds are skipped.
    static std::vector<QueuedMail> takeDue(db::Transaction& tx, int limit);
    static void markSent(db::Transaction& tx, long long id);
    static void markRetry(db::Transaction& tx, long long id, const std::string& error,
                          std::chrono::seconds delay);
    static void markAbandoned(db::Transaction& tx, long long id, const std::string& error);
};

} // namespace aih::accounts
