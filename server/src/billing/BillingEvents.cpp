// SPDX-License-Identifier: Apache-2.0
#include "billing/BillingEvents.h"

#include "http/Response.h"

namespace aih::billing {
namespace {

constexpr db::Sql insertEvent{
    "billing.history_insert",
    "INSERT INTO billing_history (tenant_id, action, actor, success, stripe_event_id, details, occurred_at) "
    "VALUES ($1, $2, $3, $4, nullif($5, ''), $6::jsonb, "
    "CASE WHEN $7::bigint = 0 THEN now() ELSE to_timestamp($7::bigint) END) "
    "ON CONFLICT (stripe_event_id, action) DO NOTHING"};

} // namespace

void BillingEvents::record(db::Transaction& tx, const BillingEvent& event)
{
    const auto details = event.details ? http::toJsonText(event.details) : std::string("{}");
    tx.exec(insertEvent, tx.tenantId(), event.action, event.actor, event.success, event.stripeEventId,
            details, event.occurredAt);
}

} // namespace aih::billing
