-- A key's prefix (`aih_live_` / `aih_test_`) is part of what it claims: the verifier now checks it
-- against the mode stored with the key, so a live key's secret under a test prefix (or the other
-- way round) is refused. The lookup returns the mode for that; the rest is unchanged.

DROP FUNCTION aih_find_api_key(text);

CREATE FUNCTION aih_find_api_key(key_public_id text)
    RETURNS TABLE (id uuid, tenant_id uuid, user_id uuid, mode text, secret_hash text, previous_secret_hash text,
                   previous_valid_until timestamptz, scopes text[], rate_limit integer,
                   expires_at timestamptz, revoked boolean, owner_role text, owner_active boolean,
                   tenant_tier text, tenant_status text, tenant_rate_limit integer)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
        SELECT k.id, k.tenant_id, k.user_id, k.mode, k.secret_hash, k.previous_secret_hash, k.previous_valid_until,
               k.scopes, k.rate_limit, k.expires_at, k.revoked_at IS NOT NULL, u.role, u.active,
               t.subscription_tier, t.subscription_status, t.api_rate_limit
        FROM api_keys k JOIN users u ON u.id = k.user_id JOIN tenants t ON t.id = k.tenant_id
        WHERE k.public_id = key_public_id
    $$;

ALTER FUNCTION aih_find_api_key(text) OWNER TO aih_definer;
REVOKE ALL ON FUNCTION aih_find_api_key(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aih_find_api_key(text) TO aih_app;
