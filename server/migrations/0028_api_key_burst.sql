-- A burst limit per API key: calls per second on one server instance, beside the hourly window.
-- NULL: none. Enforced in memory by each instance (a token bucket), so N instances together admit
-- up to N times the burst; the hourly and monthly limits stay exact across instances.
ALTER TABLE api_keys ADD COLUMN burst_limit integer CHECK (burst_limit BETWEEN 1 AND 100000);

-- Verification caches the limit with the key: a change must evict it on every instance.
DROP TRIGGER api_keys_invalidate ON api_keys;
CREATE TRIGGER api_keys_invalidate
    AFTER UPDATE OF secret_hash, previous_secret_hash, previous_valid_until, scopes, rate_limit, expires_at,
                    revoked_at, allowed_ips, burst_limit ON api_keys
    FOR EACH ROW EXECUTE FUNCTION aih_notify_invalidate();

DROP FUNCTION aih_find_api_key(text);
CREATE FUNCTION aih_find_api_key(key_public_id text)
    RETURNS TABLE (id uuid, tenant_id uuid, user_id uuid, mode text, secret_hash text, previous_secret_hash text,
                   previous_valid_until timestamptz, scopes text[], rate_limit integer,
                   expires_at timestamptz, revoked boolean, owner_role text, owner_active boolean,
                   tenant_tier text, tenant_status text, tenant_rate_limit integer, tenant_suspended boolean,
                   allowed_ips text[], tenant_monthly_quota_override integer, burst_limit integer)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
        SELECT k.id, k.tenant_id, k.user_id, k.mode, k.secret_hash, k.previous_secret_hash, k.previous_valid_until,
               k.scopes, k.rate_limit, k.expires_at, k.revoked_at IS NOT NULL, u.role, u.active,
               t.subscription_tier, t.subscription_status, coalesce(t.api_rate_limit_override, t.api_rate_limit),
               t.suspended_at IS NOT NULL, k.allowed_ips, t.monthly_quota_override, k.burst_limit
        FROM api_keys k JOIN users u ON u.id = k.user_id JOIN tenants t ON t.id = k.tenant_id
        WHERE k.public_id = key_public_id
    $$;
ALTER FUNCTION aih_find_api_key(text) OWNER TO aih_definer;
REVOKE ALL ON FUNCTION aih_find_api_key(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aih_find_api_key(text) TO aih_app;
