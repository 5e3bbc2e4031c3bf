-- Audit retention follows the longest plan the tenant has held within that plan's retention
-- window, not only the plan it has now. Until now a downgrade from Enterprise (7 years) to Free
-- (90 days) let the next purge delete everything older than 90 days at once: entries written
-- under a plan that promised to keep them for years. Now each plan a tenant held keeps its
-- promise: entries stay as long as the longest retention among the plans held in the last that
-- many days.

CREATE TABLE tenant_tier_history (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id         uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    subscription_tier text NOT NULL CHECK (subscription_tier IN ('free', 'basic', 'pro', 'enterprise')),
    held_from         timestamptz NOT NULL,
    held_until        timestamptz,
    CHECK (held_until IS NULL OR held_until >= held_from)
);
CREATE INDEX tenant_tier_history_tenant ON tenant_tier_history (tenant_id, held_until);
CREATE UNIQUE INDEX tenant_tier_history_current ON tenant_tier_history (tenant_id) WHERE held_until IS NULL;

-- What existed before this migration is known only from the current plan.
INSERT INTO tenant_tier_history (tenant_id, subscription_tier, held_from)
    SELECT id, subscription_tier, created_at FROM tenants;

ALTER TABLE tenant_tier_history ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant_tier_history FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenant_tier_history
    USING (tenant_id = aih_current_tenant()) WITH CHECK (tenant_id = aih_current_tenant());
CREATE POLICY definer_access ON tenant_tier_history TO aih_definer USING (true) WITH CHECK (true);
-- Tenants may read their own history; only the trigger below writes it.
GRANT SELECT ON tenant_tier_history TO aih_app;
GRANT SELECT, INSERT, UPDATE ON tenant_tier_history TO aih_definer;

-- Written whoever changes the plan (a Stripe event, the operator, a migration): the trigger runs
-- as aih_definer, so the application role cannot write or rewrite the history itself.
CREATE FUNCTION aih_record_tier_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
    BEGIN
        IF TG_OP = 'UPDATE' THEN
            IF NEW.subscription_tier IS NOT DISTINCT FROM OLD.subscription_tier THEN
                RETURN NULL;
            END IF;
            UPDATE tenant_tier_history SET held_until = now()
                WHERE tenant_id = NEW.id AND held_until IS NULL;
        END IF;
        INSERT INTO tenant_tier_history (tenant_id, subscription_tier, held_from)
            VALUES (NEW.id, NEW.subscription_tier, now());
        RETURN NULL;
    END $$;
ALTER FUNCTION aih_record_tier_change() OWNER TO aih_definer;
REVOKE ALL ON FUNCTION aih_record_tier_change() FROM PUBLIC;
CREATE TRIGGER tenants_tier_history AFTER INSERT OR UPDATE OF subscription_tier ON tenants
    FOR EACH ROW EXECUTE FUNCTION aih_record_tier_change();

-- How many days a tenant's trail is kept now: the longest retention among the plans it has held
-- within that plan's own retention window (the current plan always counts).
CREATE FUNCTION aih_audit_retention_days(tenant uuid) RETURNS integer
    LANGUAGE sql STABLE SET search_path = pg_catalog, public
    AS $$
        SELECT max(r.days)
        FROM tenant_tier_history h JOIN audit_retention r USING (subscription_tier)
        WHERE h.tenant_id = tenant
          AND (h.held_until IS NULL OR h.held_until > now() - make_interval(days => r.days))
    $$;
ALTER FUNCTION aih_audit_retention_days(uuid) OWNER TO aih_definer;
REVOKE ALL ON FUNCTION aih_audit_retention_days(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aih_audit_retention_days(uuid) TO aih_app;

CREATE OR REPLACE FUNCTION aih_audit_purge()
    RETURNS TABLE (rows_purged bigint, through_seq bigint, anchor_hash bytea, retention_days integer)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
    DECLARE
        tenant uuid := aih_current_tenant();
        keep integer;
        last_seq bigint;
        last_hash bytea;
        last_at timestamptz;
        removed bigint;
    BEGIN
        IF tenant IS NULL THEN
            RAISE EXCEPTION 'aih_audit_purge needs a tenant transaction';
        END IF;
        keep := aih_audit_retention_days(tenant);
        IF keep IS NULL THEN
            RETURN;
        END IF;
        SELECT a.seq, a.hash, a.occurred_at INTO last_seq, last_hash, last_at FROM audit_log a
            WHERE a.tenant_id = tenant AND a.occurred_at < now() - make_interval(days => keep)
            ORDER BY a.occurred_at DESC, a.seq DESC LIMIT 1;
        IF last_seq IS NULL THEN
            RETURN;
        END IF;
        PERFORM set_config('aih.audit_purging', 'on', true);
        DELETE FROM audit_log a WHERE a.tenant_id = tenant AND a.seq <= last_seq;
        GET DIAGNOSTICS removed = ROW_COUNT;
        PERFORM set_config('aih.audit_purging', 'off', true);
        INSERT INTO audit_purges (tenant_id, through_seq, anchor_hash, anchor_at, rows_purged, retention_days)
            VALUES (tenant, last_seq, last_hash, last_at, removed, keep);
        RETURN QUERY SELECT removed, last_seq, last_hash, keep;
    END $$;

CREATE OR REPLACE FUNCTION aih_audit_tenants_due(checkpoint_older_than interval)
    RETURNS TABLE (tenant_id uuid, needs_checkpoint boolean, needs_purge boolean)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
        SELECT t.id,
               head.seq > coalesce(cp.seq, 0) AND coalesce(cp.signed_at < now() - checkpoint_older_than, true),
               EXISTS (SELECT 1 FROM audit_log o WHERE o.tenant_id = t.id
                       AND o.occurred_at < now() - make_interval(days => aih_audit_retention_days(t.id)))
        FROM tenants t
        JOIN LATERAL (SELECT a.seq FROM audit_log a WHERE a.tenant_id = t.id ORDER BY a.seq DESC LIMIT 1) head
            ON true
        LEFT JOIN LATERAL (SELECT c.seq, c.signed_at FROM audit_checkpoints c WHERE c.tenant_id = t.id
                           ORDER BY c.seq DESC LIMIT 1) cp ON true
    $$;
