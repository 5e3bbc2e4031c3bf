// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Transaction.h"

#include <string>

namespace aih::accounts {

// Notices about the transaction's tenant's account, mailed through the mail outbox to its active
// admins (for a key, to the key's owner), in the tenant's language (`settings.language`: en, de,
// fr or es; English otherwise), under its brand. Each goes out with the change that causes it:
// the same events are published to the tenant's webhook endpoints.

/// Its API calls reached `threshold` % of the billing period's quota.
void mailQuotaThreshold(db::Transaction& tx, int threshold, long long used, int quota, long long periodEnd);

/// An API key expires within days: its owner is told (the admins hear of it by webhook). `prefix` is
/// the key's public part as the console shows it, `expiresOn` a UTC date.
void mailKeyExpiring(db::Transaction& tx, const std::string& keyId, const std::string& ownerId,
                     const std::string& name, const std::string& prefix, const std::string& expiresOn);

/// Stripe could not collect an invoice. `amount` is in the currency's smallest unit; one mail per
/// `stripeEventId` however often Stripe delivers the event.
void mailPaymentFailed(db::Transaction& tx, const std::string& stripeEventId, const std::string& invoiceId,
                       long long amount, const std::string& currency, int attempt);

/// A verification found the audit chain broken at `seq`: once per break, however often it is
/// verified again.
void mailChainBroken(db::Transaction& tx, long long seq, const std::string& reason);

/// `amount` in the currency's smallest unit as people write it: "12.34 EUR", "1200 JPY".
std::string formatAmount(long long amount, const std::string& currency);

} // namespace aih::accounts
