-- Key lifecycle: `key.expiring` fires once, seven days before a key's expiry (again if the expiry
-- is moved), and a rotated key's previous secret stops early once it has gone unused for a while,
-- so a grace period nobody needs does not keep an old secret alive.
ALTER TABLE api_keys ADD COLUMN expiry_notified_at timestamptz;
-- Every instance sweeps each minute: the keys it looks for are few, so index just those.
CREATE INDEX api_keys_expiry_notice ON api_keys (expires_at)
    WHERE revoked_at IS NULL AND expiry_notified_at IS NULL AND expires_at IS NOT NULL;
CREATE INDEX api_keys_rotation_grace ON api_keys (previous_valid_until)
    WHERE revoked_at IS NULL AND previous_valid_until IS NOT NULL;

-- Which tenants have a key to announce or a grace to end: the sweeper then works inside each
-- tenant's own transaction.
CREATE FUNCTION aih_key_sweep_tenants(notice interval, idle interval)
    RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
        SELECT DISTINCT k.tenant_id FROM api_keys k
         WHERE k.revoked_at IS NULL
           AND ((k.expiry_notified_at IS NULL AND k.expires_at > now() AND k.expires_at <= now() + notice)
                OR (k.previous_valid_until > now()
                    AND coalesce(k.previous_last_used_at, k.rotated_at) <= now() - idle))
    $$;
ALTER FUNCTION aih_key_sweep_tenants(interval, interval) OWNER TO aih_definer;
REVOKE ALL ON FUNCTION aih_key_sweep_tenants(interval, interval) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aih_key_sweep_tenants(interval, interval) TO aih_app;
