-- Stripe billing: each tenant's Stripe customer and subscription state, the webhook events
-- received (each applied at most once), and the history of billing changes and payments.

ALTER TABLE tenants
    ADD COLUMN stripe_customer_id     text UNIQUE CHECK (length(stripe_customer_id) <= 255),
    ADD COLUMN stripe_subscription_id text CHECK (length(stripe_subscription_id) <= 255),
    ADD COLUMN current_period_end     timestamptz,
    ADD COLUMN cancel_at_period_end   boolean NOT NULL DEFAULT false,
    -- While past due: since when, and when the grace ends and the tenant drops to free.
    ADD COLUMN past_due_since         timestamptz,
    ADD COLUMN grace_ends_at          timestamptz,
    -- Stripe's `created` (Unix seconds) of the newest event whose subscription state was
    -- applied. Stripe does not deliver in order: an older event arriving late is not applied.
    ADD COLUMN billing_state_at       bigint NOT NULL DEFAULT 0;
CREATE INDEX tenants_grace_ends ON tenants (grace_ends_at) WHERE grace_ends_at IS NOT NULL;

-- One row per Stripe event id, inserted in the same transaction that applies the event: a
-- redelivery finds the row and is acknowledged without being applied again.
CREATE TABLE stripe_events (
    id             text PRIMARY KEY CHECK (id ~ '^evt_[A-Za-z0-9_]{1,250}$'),
    tenant_id      uuid NOT NULL REFERENCES tenants (id),
    type           text NOT NULL CHECK (length(type) <= 100),
    stripe_created timestamptz NOT NULL,
    received_at    timestamptz NOT NULL DEFAULT now(),
    outcome        text NOT NULL CHECK (outcome IN ('received', 'applied', 'stale', 'ignored'))
);
CREATE INDEX stripe_events_tenant ON stripe_events (tenant_id, received_at);

-- Append-only: every billing change and payment result. The unique key makes a Stripe event
-- leave at most one entry per action even if applying it were ever attempted twice.
CREATE TABLE billing_history (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id       uuid NOT NULL REFERENCES tenants (id),
    action          text NOT NULL CHECK (action ~ '^billing\.[a-z_]{1,60}$'),
    actor           text NOT NULL CHECK (length(actor) <= 100),
    success         boolean NOT NULL,
    stripe_event_id text,
    details         jsonb NOT NULL DEFAULT '{}'::jsonb,
    occurred_at     timestamptz NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (stripe_event_id, action)
);
CREATE INDEX billing_history_tenant ON billing_history (tenant_id, action, occurred_at);

ALTER TABLE stripe_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE billing_history ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON stripe_events
    USING (tenant_id = aih_current_tenant()) WITH CHECK (tenant_id = aih_current_tenant());
CREATE POLICY tenant_isolation ON billing_history
    USING (tenant_id = aih_current_tenant()) WITH CHECK (tenant_id = aih_current_tenant());
GRANT SELECT, INSERT ON stripe_events, billing_history TO aih_app;
GRANT UPDATE (outcome) ON stripe_events TO aih_app;

-- Webhooks arrive without a tenant: the event's customer id (or, before the customer is
-- linked, the tenant id we put in client_reference_id and metadata) selects it.
CREATE FUNCTION aih_billing_tenant(customer text, reference uuid)
    RETURNS TABLE (by_customer uuid, by_reference uuid)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
        SELECT (SELECT t.id FROM tenants t WHERE t.stripe_customer_id = customer),
               (SELECT t.id FROM tenants t WHERE t.id = reference)
    $$;

-- Tenants whose past-due grace has run out but still hold a paid tier.
CREATE FUNCTION aih_billing_grace_expired()
    RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
        SELECT t.id FROM tenants t
        WHERE t.grace_ends_at IS NOT NULL AND t.grace_ends_at <= now() AND t.subscription_tier <> 'free'
    $$;

REVOKE ALL ON FUNCTION aih_billing_tenant(text, uuid), aih_billing_grace_expired() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aih_billing_tenant(text, uuid), aih_billing_grace_expired() TO aih_app;
