// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Transaction.h"

namespace aih::accounts {

/// Mails the transaction's tenant's active admins, through the mail outbox, that its API calls
/// reached `threshold` % of the billing period's quota. In the tenant's language
/// (`settings.language`: en, de, fr or es; English otherwise), under its brand.
void mailQuotaThreshold(db::Transaction& tx, int threshold, long long used, int quota, long long periodEnd);

} // namespace aih::accounts
