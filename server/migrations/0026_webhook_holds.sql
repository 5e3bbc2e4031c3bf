-- Deliveries that wait, and payloads that forget.
--
-- An endpoint that failed rests as a whole: until `retry_at` nothing new is sent to it, so a dead
-- receiver gets one probe per backoff step instead of one attempt per event. A success, an
-- admin's re-enable or an admin's replay ends the rest.
ALTER TABLE webhook_endpoints ADD COLUMN retry_at timestamptz;
CREATE POLICY definer_access ON webhook_endpoints TO aih_definer USING (true) WITH CHECK (true);
GRANT SELECT (id, retry_at) ON webhook_endpoints TO aih_definer;

-- A suspended tenant is told nothing: its deliveries wait, untried, until it is reactivated.
-- Resting endpoints are left out too, so the dispatcher does not open a tenant with nothing to do.
CREATE OR REPLACE FUNCTION aih_webhook_due_tenants()
    RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
        SELECT DISTINCT d.tenant_id FROM webhook_deliveries d
          JOIN tenants t ON t.id = d.tenant_id
          JOIN webhook_endpoints e ON e.id = d.endpoint_id
         WHERE d.status = 'pending' AND d.next_attempt_at <= now()
           AND t.suspended_at IS NULL
           AND (e.retry_at IS NULL OR e.retry_at <= now())
    $$;

-- The GDPR erasure of a user scrubs their address from the events kept for sending and replay.
GRANT UPDATE (payload) ON webhook_events TO aih_app;
