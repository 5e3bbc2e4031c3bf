// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Transaction.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace aih::accounts {

/// A message written by a change, waiting in the tenant's outbox.
struct QueuedMail
{
    long long id = 0;
    std::string kind; ///< password_reset, ...: what caused it, for the log
    std::string recipient;
    std::string senderName; ///< shown as the sender: the tenant's brand
    std::string subject;
    std::string text;
    std::string html;
    /// When the content stops being of use (a link's expiry); unsent by then, it is given up.
    std::optional<std::chrono::seconds> validFor;
    /// A message with this key was queued for the recipient before: this one is dropped.
    std::optional<std::string> dedupeKey{};
    int attempts = 0;     ///< as claimed: this attempt included
    bool expired = false; ///< as claimed: past its validity
};

/// SQL for the mail outbox (migration 0014). Enqueue inside the transaction of the change that
/// causes the mail. A sender claims due rows for a lease in a transaction of their own, sends
/// them with no transaction open, then marks each.
class MailOutbox
{
public:
    /// Returns the message's id, or 0 when its dedupe key was queued for the recipient before.
    static long long enqueue(db::Transaction& tx, const QueuedMail& mail);
    /// GDPR erasure: every message to `address` is given up if unsent and keeps only `standIn`.
    static void forgetAddress(db::Transaction& tx, const std::string& address, const std::string& standIn);
    /// Platform scope: the tenants with mail due now.
    static std::vector<std::string> dueTenants(db::Transaction& tx);
    /// Up to `limit` due rows of the transaction's tenant, counted as attempted and hidden from
    /// other senders for `lease`; rows another sender is claiming are skipped.
    static std::vector<QueuedMail> claimDue(db::Transaction& tx, int limit, std::chrono::seconds lease);
    static void markSent(db::Transaction& tx, long long id);
    static void markRetry(db::Transaction& tx, long long id, const std::string& error,
                          std::chrono::seconds delay);
    static void markAbandoned(db::Transaction& tx, long long id, const std::string& error);
};

} // namespace aih::accounts
