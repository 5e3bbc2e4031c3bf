-- An API key may be limited to the networks its programs call from (`allowed_ips`, CIDR blocks;
-- NULL: anywhere). The client address is the one the request path settles on: the socket peer,
-- or behind a trusted proxy the rightmost untrusted X-Forwarded-For entry.
ALTER TABLE api_keys ADD COLUMN allowed_ips text[] CHECK (cardinality(allowed_ips) BETWEEN 1 AND 32);

-- Verification caches the blocks with the key: a change must evict it on every instance.
DROP TRIGGER api_keys_invalidate ON api_keys;
CREATE TRIGGER api_keys_invalidate
    AFTER UPDATE OF secret_hash, previous_secret_hash, previous_valid_until, scopes, rate_limit, expires_at,
                    revoked_at, allowed_ips ON api_keys
    FOR EACH ROW EXECUTE FUNCTION aih_notify_invalidate();

DROP FUNCTION aih_find_api_key(text);
CREATE FUNCTION aih_find_api_key(key_public_id text)
    RETURNS TABLE (id uuid, tenant_id uuid, user_id uuid, mode text, secret_hash text, previous_secret_hash text,
                   previous_valid_until timestamptz, scopes text[], rate_limit integer,
                   expires_at timestamptz, revoked boolean, owner_role text, owner_active boolean,
                   tenant_tier text, tenant_status text, tenant_rate_limit integer, tenant_suspended boolean,
                   allowed_ips text[])
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
        SELECT k.id, k.tenant_id, k.user_id, k.mode, k.secret_hash, k.previous_secret_hash, k.previous_valid_until,
               k.scopes, k.rate_limit, k.expires_at, k.revoked_at IS NOT NULL, u.role, u.active,
               t.subscription_tier, t.subscription_status, coalesce(t.api_rate_limit_override, t.api_rate_limit),
               t.suspended_at IS NOT NULL, k.allowed_ips
        FROM api_keys k JOIN users u ON u.id = k.user_id JOIN tenants t ON t.id = k.tenant_id
        WHERE k.public_id = key_public_id
    $$;
ALTER FUNCTION aih_find_api_key(text) OWNER TO aih_definer;
REVOKE ALL ON FUNCTION aih_find_api_key(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aih_find_api_key(text) TO aih_app;
