-- Monthly quotas beside the hourly rate limit: the calls of a tenant that succeed in one billing
-- period (Stripe's current_period_start..end while a subscription runs, else the UTC calendar
-- month) count against the plan's monthly quota, or the operator's override for a custom deal.
-- Each usage flush adds its calls to the period's row and reads the total back; the 50, 80 and
-- 100 % thresholds are recorded on the same row as they are announced, under the row lock the
-- addition took, so every threshold is announced once per period however many instances flush.

ALTER TABLE tenants
    ADD COLUMN current_period_start timestamptz,
    ADD COLUMN monthly_quota_override integer CHECK (monthly_quota_override BETWEEN 1 AND 1000000000);

-- Every instance caches the quota with the tenant's plan, and the period it is counted in.
CREATE TRIGGER tenants_quota_invalidate
    AFTER UPDATE OF monthly_quota_override, current_period_start, current_period_end ON tenants
    FOR EACH ROW WHEN (OLD.monthly_quota_override IS DISTINCT FROM NEW.monthly_quota_override
                       OR OLD.current_period_start IS DISTINCT FROM NEW.current_period_start
                       OR OLD.current_period_end IS DISTINCT FROM NEW.current_period_end)
    EXECUTE FUNCTION aih_notify_limit_override();

CREATE TABLE usage_periods (
    tenant_id    uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    period_start timestamptz NOT NULL,
    period_end   timestamptz NOT NULL CHECK (period_end > period_start),
    calls        bigint NOT NULL DEFAULT 0 CHECK (calls >= 0),
    -- The thresholds (percent of the quota) already announced in this period.
    notified     smallint[] NOT NULL DEFAULT '{}',
    PRIMARY KEY (tenant_id, period_start)
);
ALTER TABLE usage_periods ENABLE ROW LEVEL SECURITY;
ALTER TABLE usage_periods FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON usage_periods
    USING (tenant_id = aih_current_tenant()) WITH CHECK (tenant_id = aih_current_tenant());
CREATE POLICY definer_access ON usage_periods TO aih_definer USING (true) WITH CHECK (true);
GRANT SELECT, INSERT, UPDATE ON usage_periods TO aih_app;

-- The current tenant's quota period: the Stripe period while a subscription runs; once that has
-- ended and Stripe's renewal is still on its way, the periods after it, of the same length; else
-- the UTC calendar month. Month arithmetic is done on UTC wall time, so a session's time zone (and
-- its daylight saving) cannot move the boundaries.
CREATE FUNCTION aih_quota_period(OUT period_start timestamptz, OUT period_end timestamptz)
    LANGUAGE sql STABLE SET search_path = pg_catalog, public
    AS $$
        WITH billing AS (
            SELECT t.current_period_start AS s, t.current_period_end AS e,
                   t.subscription_status IN ('active', 'trialing', 'past_due')
                       AND t.current_period_start <= now() AND t.current_period_end > t.current_period_start
                       AS billed
              FROM tenants t
             WHERE t.id = aih_current_tenant()
        ), elapsed AS (
            SELECT b.*,
                   CASE WHEN b.billed AND now() >= b.e
                        THEN floor(extract(epoch FROM now() - b.e) / extract(epoch FROM b.e - b.s)) + 1
                        ELSE 0 END AS periods
              FROM billing b
        )
        SELECT CASE WHEN billed THEN s + (e - s) * periods
                    ELSE date_trunc('month', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' END,
               CASE WHEN billed THEN e + (e - s) * periods
                    ELSE (date_trunc('month', now() AT TIME ZONE 'UTC') + interval '1 month') AT TIME ZONE 'UTC' END
          FROM elapsed
    $$;
GRANT EXECUTE ON FUNCTION aih_quota_period() TO aih_app;

-- Key verification caches the tenant's plan with the key, the quota override with it.
DROP FUNCTION aih_find_api_key(text);
CREATE FUNCTION aih_find_api_key(key_public_id text)
    RETURNS TABLE (id uuid, tenant_id uuid, user_id uuid, mode text, secret_hash text, previous_secret_hash text,
                   previous_valid_until timestamptz, scopes text[], rate_limit integer,
                   expires_at timestamptz, revoked boolean, owner_role text, owner_active boolean,
                   tenant_tier text, tenant_status text, tenant_rate_limit integer, tenant_suspended boolean,
                   allowed_ips text[], tenant_monthly_quota_override integer)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
        SELECT k.id, k.tenant_id, k.user_id, k.mode, k.secret_hash, k.previous_secret_hash, k.previous_valid_until,
               k.scopes, k.rate_limit, k.expires_at, k.revoked_at IS NOT NULL, u.role, u.active,
               t.subscription_tier, t.subscription_status, coalesce(t.api_rate_limit_override, t.api_rate_limit),
               t.suspended_at IS NOT NULL, k.allowed_ips, t.monthly_quota_override
        FROM api_keys k JOIN users u ON u.id = k.user_id JOIN tenants t ON t.id = k.tenant_id
        WHERE k.public_id = key_public_id
    $$;
ALTER FUNCTION aih_find_api_key(text) OWNER TO aih_definer;
REVOKE ALL ON FUNCTION aih_find_api_key(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aih_find_api_key(text) TO aih_app;
