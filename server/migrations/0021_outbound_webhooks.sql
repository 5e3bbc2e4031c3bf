-- Outbound webhooks: a tenant's endpoints, the events its changes cause, and one delivery per
-- event and endpoint.
--
-- An event is written in the transaction of the change that causes it, together with a pending
-- delivery for every enabled endpoint subscribed to its type: a rolled-back change notifies
-- nobody, a committed one is delivered however often the server restarts. A dispatcher claims due
-- deliveries for a lease in a short transaction, posts them with no transaction open, and records
-- each outcome in a transaction of its own. The payload is stored as the exact text that is
-- signed and sent, so a retry or a replay carries the same bytes.
CREATE TABLE webhook_endpoints (
    id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id             uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    url                   text NOT NULL CHECK (length(url) BETWEEN 1 AND 2048),
    description           text NOT NULL DEFAULT '' CHECK (length(description) <= 255),
    event_types           text[] NOT NULL CHECK (cardinality(event_types) BETWEEN 1 AND 32),
    enabled               boolean NOT NULL DEFAULT true,
    -- Why it is disabled: 'admin' (switched off) or 'failing' (every attempt failed for too long).
    disabled_reason       text CHECK (disabled_reason IN ('admin', 'failing')),
    -- The signing secret, sealed with a server key; during a rotation's grace the previous one
    -- signs too, so receivers can move to the new secret without dropping events.
    secret                bytea NOT NULL,
    previous_secret       bytea,
    previous_secret_until timestamptz,
    -- Since when every attempt has failed (NULL after a success), and how many in a row.
    failing_since         timestamptz,
    consecutive_failures  integer NOT NULL DEFAULT 0,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    CHECK (enabled = (disabled_reason IS NULL))
);
CREATE INDEX webhook_endpoints_tenant ON webhook_endpoints (tenant_id, created_at, id);

CREATE TABLE webhook_events (
    id         uuid PRIMARY KEY,
    tenant_id  uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    type       text NOT NULL CHECK (length(type) <= 64),
    payload    text NOT NULL CHECK (length(payload) <= 65536),
    -- What makes the event once-only when its cause can repeat (a Stripe event delivered twice, a
    -- broken audit link found by every verification); NULL when every cause is a new event.
    dedupe_key text CHECK (length(dedupe_key) <= 200),
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, dedupe_key)
);

CREATE TABLE webhook_deliveries (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id       uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    endpoint_id     uuid NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    event_id        uuid NOT NULL REFERENCES webhook_events (id) ON DELETE CASCADE,
    -- The delivery this one sends again, for a replay an admin asked for.
    replay_of       uuid REFERENCES webhook_deliveries (id) ON DELETE SET NULL,
    status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'succeeded', 'failed')),
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    -- Who holds the delivery now: each claim sets a fresh token, and an outcome is recorded only
    -- by the holder, so a dispatcher whose lease ran out cannot overwrite another's result.
    claim_token     uuid,
    last_attempt_at timestamptz,
    response_status integer,
    duration_ms     integer,
    last_error      text CHECK (length(last_error) <= 1000),
    created_at      timestamptz NOT NULL DEFAULT now(),
    finished_at     timestamptz
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (tenant_id, endpoint_id, created_at DESC, id DESC);
CREATE INDEX webhook_deliveries_event ON webhook_deliveries (event_id);
CREATE INDEX webhook_deliveries_finished ON webhook_deliveries (finished_at) WHERE finished_at IS NOT NULL;
CREATE INDEX webhook_events_created ON webhook_events (created_at) WHERE dedupe_key IS NULL;

ALTER TABLE webhook_endpoints ENABLE ROW LEVEL SECURITY;
ALTER TABLE webhook_endpoints FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON webhook_endpoints
    USING (tenant_id = aih_current_tenant()) WITH CHECK (tenant_id = aih_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON webhook_endpoints TO aih_app;

ALTER TABLE webhook_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE webhook_events FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON webhook_events
    USING (tenant_id = aih_current_tenant()) WITH CHECK (tenant_id = aih_current_tenant());
CREATE POLICY definer_access ON webhook_events TO aih_definer USING (true) WITH CHECK (true);
GRANT SELECT, INSERT ON webhook_events TO aih_app;
GRANT SELECT, DELETE ON webhook_events TO aih_definer;

ALTER TABLE webhook_deliveries ENABLE ROW LEVEL SECURITY;
ALTER TABLE webhook_deliveries FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON webhook_deliveries
    USING (tenant_id = aih_current_tenant()) WITH CHECK (tenant_id = aih_current_tenant());
CREATE POLICY definer_access ON webhook_deliveries TO aih_definer USING (true) WITH CHECK (true);
GRANT SELECT, INSERT, UPDATE ON webhook_deliveries TO aih_app;
GRANT SELECT, DELETE ON webhook_deliveries TO aih_definer;

-- Which tenants have deliveries due: the dispatcher then works inside each tenant's own
-- transaction.
CREATE FUNCTION aih_webhook_due_tenants()
    RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
        SELECT DISTINCT d.tenant_id FROM webhook_deliveries d
        WHERE d.status = 'pending' AND d.next_attempt_at <= now()
    $$;
ALTER FUNCTION aih_webhook_due_tenants() OWNER TO aih_definer;
REVOKE ALL ON FUNCTION aih_webhook_due_tenants() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aih_webhook_due_tenants() TO aih_app;

-- The delivery log is kept for `keep` after a delivery finished; an event goes with its last
-- delivery, except one with a dedupe key, which is what keeps its cause from being announced
-- again. Returns the deliveries removed.
CREATE FUNCTION aih_webhook_prune(keep interval)
    RETURNS bigint
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
        DECLARE
            removed bigint;
        BEGIN
            DELETE FROM webhook_deliveries d WHERE d.finished_at < now() - keep;
            GET DIAGNOSTICS removed = ROW_COUNT;
            DELETE FROM webhook_events e
             WHERE e.created_at < now() - keep AND e.dedupe_key IS NULL
               AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.event_id = e.id);
            RETURN removed;
        END
    $$;
ALTER FUNCTION aih_webhook_prune(interval) OWNER TO aih_definer;
REVOKE ALL ON FUNCTION aih_webhook_prune(interval) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aih_webhook_prune(interval) TO aih_app;
