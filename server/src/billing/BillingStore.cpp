// SPDX-License-Identifier: Apache-2.0
#include "billing/BillingStore.h"

namespace aih::billing {
namespace {

constexpr db::Sql readAccount{"billing.read", R"sql(
    SELECT id,
           name,
           slug,
           coalesce(stripe_customer_id, '') AS stripe_customer_id,
           coalesce(stripe_subscription_id, '') AS stripe_subscription_id,
           subscription_tier,
           subscription_status,
           coalesce(extract(epoch FROM current_period_start)::bigint, 0) AS current_period_start_epoch,
           coalesce(extract(epoch FROM current_period_end)::bigint, 0) AS current_period_end_epoch,
           cancel_at_period_end,
           coalesce(extract(epoch FROM past_due_since)::bigint, 0) AS past_due_since_epoch,
           coalesce(extract(epoch FROM grace_ends_at)::bigint, 0) AS grace_ends_at_epoch,
           billing_state_at
      FROM tenants
     WHERE id = $1
)sql"};

// NO KEY UPDATE: inserting rows that reference the tenant (events, history, usage) takes a KEY
// SHARE lock on it, which FOR UPDATE would conflict with.
constexpr db::Sql lockAccount{"billing.lock", R"sql(
    SELECT id,
           name,
           slug,
           coalesce(stripe_customer_id, '') AS stripe_customer_id,
           coalesce(stripe_subscription_id, '') AS stripe_subscription_id,
           subscription_tier,
           subscription_status,
           coalesce(extract(epoch FROM current_period_start)::bigint, 0) AS current_period_start_epoch,
           coalesce(extract(epoch FROM current_period_end)::bigint, 0) AS current_period_end_epoch,
           cancel_at_period_end,
           coalesce(extract(epoch FROM past_due_since)::bigint, 0) AS past_due_since_epoch,
           coalesce(extract(epoch FROM grace_ends_at)::bigint, 0) AS grace_ends_at_epoch,
           billing_state_at
      FROM tenants
     WHERE id = $1
       FOR NO KEY UPDATE
)sql"};

constexpr db::Sql linkCustomerSql{"billing.link_customer", R"sql(
    UPDATE tenants
       SET stripe_customer_id = coalesce(stripe_customer_id, $2),
           updated_at = now()
     WHERE id = $1
    RETURNING stripe_customer_id
)sql"};

constexpr db::Sql saveAccount{"billing.save", R"sql(
    UPDATE tenants
       SET stripe_subscription_id = nullif($2, ''),
           subscription_tier = $3,
           subscription_status = $4,
           user_limit = $5,
           api_rate_limit = $6,
           current_period_end = to_timestamp(nullif($7::bigint, 0)),
           current_period_start = to_timestamp(nullif($12::bigint, 0)),
           cancel_at_period_end = $8,
           past_due_since = to_timestamp(nullif($9::bigint, 0)),
           grace_ends_at = to_timestamp(nullif($10::bigint, 0)),
           billing_state_at = $11,
           updated_at = now()
     WHERE id = $1
)sql"};

constexpr db::Sql claimEventSql{"billing.claim_event", R"sql(
    INSERT INTO stripe_events (id, tenant_id, type, stripe_created, outcome)
    VALUES ($1, $2, $3, to_timestamp($4::bigint), 'received')
    ON CONFLICT (id) DO NOTHING
    RETURNING id
)sql"};

constexpr db::Sql setOutcomeSql{"billing.event_outcome", R"sql(
    UPDATE stripe_events
       SET outcome = $2
     WHERE id = $1
)sql"};

// The alias avoids occurred_at, which ORDER BY would otherwise take to mean the formatted text.
constexpr db::Sql lastPaymentSql{"billing.last_payment", R"sql(
    SELECT action = 'billing.payment_succeeded' AS succeeded,
           details::text AS details,
           to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS occurred_at_utc
      FROM billing_history
     WHERE tenant_id = $1
       AND action IN ('billing.payment_succeeded', 'billing.payment_failed')
     ORDER BY occurred_at DESC, recorded_at DESC
     LIMIT 1
)sql"};

constexpr db::Sql resolveSql{"billing.resolve_tenant", R"sql(
    SELECT coalesce(by_customer::text, '') AS by_customer,
           coalesce(by_reference::text, '') AS by_reference
      FROM aih_billing_tenant($1, $2::uuid)
)sql"};

constexpr db::Sql graceExpiredSql{"billing.grace_expired", R"sql(
    SELECT id::text AS id
      FROM aih_billing_grace_expired() AS id
)sql"};

BillingAccount accountFrom(const pqxx::row& row)
{
    BillingAccount account;
    account.tenantId = row["id"].as<std::string>();
    account.name = row["name"].as<std::string>();
    account.slug = row["slug"].as<std::string>();
    account.customerId = row["stripe_customer_id"].as<std::string>();
    account.subscriptionId = row["stripe_subscription_id"].as<std::string>();
    account.tier = tierFromName(row["subscription_tier"].as<std::string>()).value_or(Tier::Free);
    account.status = row["subscription_status"].as<std::string>();
    account.periodStart = row["current_period_start_epoch"].as<long long>();
    account.periodEnd = row["current_period_end_epoch"].as<long long>();
    account.cancelAtPeriodEnd = row["cancel_at_period_end"].as<bool>();
    account.pastDueSince = row["past_due_since_epoch"].as<long long>();
    account.graceEndsAt = row["grace_ends_at_epoch"].as<long long>();
    account.stateAt = row["billing_state_at"].as<long long>();
    return account;
}

PaymentRecord paymentFrom(const pqxx::row& row)
{
    return PaymentRecord{row["succeeded"].as<bool>(), row["details"].as<std::string>(),
                         row["occurred_at_utc"].as<std::string>()};
}

} // namespace

BillingAccount BillingStore::read(db::Transaction& tx)
{
    return accountFrom(tx.exec(readAccount, tx.tenantId()).at(0));
}

BillingAccount BillingStore::lock(db::Transaction& tx)
{
    return accountFrom(tx.exec(lockAccount, tx.tenantId()).at(0));
}

std::string BillingStore::linkCustomer(db::Transaction& tx, const std::string& customerId)
{
    return tx.exec(linkCustomerSql, tx.tenantId(), customerId).at(0)["stripe_customer_id"].as<std::string>();
}

void BillingStore::save(db::Transaction& tx, const BillingAccount& account)
{
    const auto& plan = planFor(account.tier);
    tx.exec(saveAccount, tx.tenantId(), account.subscriptionId, std::string(plan.name), account.status,
            plan.userLimit, plan.apiCallsPerHour, account.periodEnd, account.cancelAtPeriodEnd,
            account.pastDueSince, account.graceEndsAt, account.stateAt, account.periodStart);
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
    return paymentFrom(rows[0]);
}

TenantRefs BillingStore::resolve(db::Transaction& tx, const std::string& customerId,
                                 const std::optional<std::string>& tenantReference)
{
    const auto rows = tx.exec(resolveSql, customerId, db::nullable(tenantReference));
    const auto& row = rows.at(0);
    return {row["by_customer"].as<std::string>(), row["by_reference"].as<std::string>()};
}

std::vector<std::string> BillingStore::graceExpired(db::Transaction& tx)
{
    std::vector<std::string> ids;
    for (const auto& row : tx.exec(graceExpiredSql)) {
        ids.push_back(row["id"].as<std::string>());
    }
    return ids;
}

} // namespace aih::billing
