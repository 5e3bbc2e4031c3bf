// SPDX-License-Identifier: Apache-2.0
#include "billing/BillingStore.h"

namespace aih::billing {
namespace {

constexpr const char* accountColumns =
    "id, name, slug, coalesce(stripe_customer_id, ''), coalesce(stripe_subscription_id, ''), "
    "subscription_tier, "
    "subscription_status, coalesce(extract(epoch FROM current_period_end)::bigint, 0), cancel_at_period_end, "
    "coalesce(extract(epoch FROM past_due_since)::bigint, 0), coalesce(extract(epoch FROM "
    "grace_ends_at)::bigint, 0), "
    "billing_state_at FROM tenants WHERE id = $1";

const std::string selectAccount = std::string("SELECT ") + accountColumns;
const db::Sql readAccount{"billing.read", selectAccount};
// NO KEY UPDATE: inserting rows that reference the tenant (events, history, usage) takes a KEY
// SHARE lock on it, which FOR UPDATE would conflict with.
const std::string selectAccountForUpdate = selectAccount + " FOR NO KEY UPDATE";
const db::Sql lockAccount{"billing.lock", selectAccountForUpdate};

constexpr db::Sql linkCustomerSql{"billing.link_customer",
                                  "UPDATE tenants SET stripe_customer_id = coalesce(stripe_customer_id, $2), "
                                  "updated_at = now() WHERE id = $1 "
                                  "RETURNING stripe_customer_id"};
constexpr db::Sql saveAccount{
    "billing.save",
    "UPDATE tenants SET stripe_subscription_id = nullif($2, ''), subscription_tier = $3, subscription_status "
    "= $4, "
    "user_limit = $5, api_rate_limit = $6, current_period_end = to_timestamp(nullif($7::bigint, 0)), "
    "cancel_at_period_end = $8, past_due_since = to_timestamp(nullif($9::bigint, 0)), "
    "grace_ends_at = to_timestamp(nullif($10::bigint, 0)), billing_state_at = $11, updated_at = now() "
    "WHERE id = $1"};
constexpr db::Sql claimEventSql{
    "billing.claim_event",
    "INSERT INTO stripe_events (id, tenant_id, type, stripe_created, outcome) "
    "VALUES ($1, $2, $3, to_timestamp($4::bigint), 'received') ON CONFLICT (id) DO NOTHING RETURNING id"};
constexpr db::Sql setOutcomeSql{"billing.event_outcome",
                                "UPDATE stripe_events SET outcome = $2 WHERE id = $1"};
constexpr db::Sql lastPaymentSql{
    "billing.last_payment",
    "SELECT action = 'billing.payment_succeeded', details::text, "
    "to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM billing_history "
    "WHERE tenant_id = $1 AND action IN ('billing.payment_succeeded', 'billing.payment_failed') "
    "ORDER BY occurred_at DESC, recorded_at DESC LIMIT 1"};
constexpr db::Sql resolveSql{"billing.resolve_tenant",
                             "SELECT coalesce(by_customer::text, ''), coalesce(by_reference::text, '') FROM "
                             "aih_billing_tenant($1, $2::uuid)"};
constexpr db::Sql graceExpiredSql{"billing.grace_expired",
                                  "SELECT id::text FROM aih_billing_grace_expired() AS id"};

BillingAccount readRow(const pqxx::result& result)
{
    const auto& row = result.at(0);
    BillingAccount account;
    account.tenantId = row[0].as<std::string>();
    account.name = row[1].as<std::string>();
    account.slug = row[2].as<std::string>();
    account.customerId = row[3].as<std::string>();
    account.subscriptionId = row[4].as<std::string>();
    account.tier = tierFromName(row[5].as<std::string>()).value_or(Tier::Free);
    account.status = row[6].as<std::string>();
    account.periodEnd = row[7].as<long long>();
    account.cancelAtPeriodEnd = row[8].as<bool>();
    account.pastDueSince = row[9].as<long long>();
    account.graceEndsAt = row[10].as<long long>();
    account.stateAt = row[11].as<long long>();
    return account;
}

} // namespace

BillingAccount BillingStore::read(db::Transaction& tx)
{
    return readRow(tx.exec(readAccount, tx.tenantId()));
}

BillingAccount BillingStore::lock(db::Transaction& tx)
{
    return readRow(tx.exec(lockAccount, tx.tenantId()));
}

std::string BillingStore::linkCustomer(db::Transaction& tx, const std::string& customerId)
{
    return tx.exec(linkCustomerSql, tx.tenantId(), customerId).at(0)[0].as<std::string>();
}

void BillingStore::save(db::Transaction& tx, const BillingAccount& account)
{
    const auto& plan = planFor(account.tier);
    tx.exec(saveAccount, tx.tenantId(), account.subscriptionId, std::string(plan.name), account.status,
            plan.userLimit, plan.apiCallsPerHour, account.periodEnd, account.cancelAtPeriodEnd,
            account.pastDueSince, account.graceEndsAt, account.stateAt);
}

bool BillingStore::claimEvent(db::Transaction& tx, const StripeEvent& event)
{
    return !tx.exec(claimEventSql, event.id, tx.tenantId(), event.type, event.created).empty();
}

void BillingStore::setOutcome(db::Transaction& tx, const std::string& eventId, const std::string& outcome)
{
    tx.exec(setOutcomeSql, eventId, outcome);
}

std::optional<PaymentRecord> BillingStore::lastPayment(db::Transaction& tx)
{
    const auto rows = tx.exec(lastPaymentSql, tx.tenantId());
    if (rows.empty()) {
        return std::nullopt;
    }
    return PaymentRecord{rows[0][0].as<bool>(), rows[0][1].as<std::string>(), rows[0][2].as<std::string>()};
}

TenantRefs BillingStore::resolve(db::Transaction& tx, const std::string& customerId,
                                 const std::optional<std::string>& tenantReference)
{
    const auto rows = tx.exec(resolveSql, customerId, db::nullable(tenantReference));
    return {rows.at(0)[0].as<std::string>(), rows.at(0)[1].as<std::string>()};
}

std::vector<std::string> BillingStore::graceExpired(db::Transaction& tx)
{
    std::vector<std::string> ids;
    for (const auto& row : tx.exec(graceExpiredSql)) {
        ids.push_back(row[0].as<std::string>());
    }
    return ids;
}

} // namespace aih::billing
