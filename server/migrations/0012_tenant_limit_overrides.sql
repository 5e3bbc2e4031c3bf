-- Operator overrides of a tenant's limits, for custom deals. `user_limit` and `api_rate_limit`
-- stay the plan's values (billing rewrites them on every plan change); an override, when set,
-- takes their place wherever a limit is enforced, so a plan change never wipes a deal and
-- clearing the override (NULL) brings the plan's value back.

ALTER TABLE tenants
    ADD COLUMN user_limit_override integer CHECK (user_limit_override BETWEEN 1 AND 1000000000),
    ADD COLUMN api_rate_limit_override integer CHECK (api_rate_limit_override BETWEEN 1 AND 1000000000);

-- Every instance caches the tenant's API limit (tenancy/TenantPlans): tell them all when the
-- override moves, as tenants_invalidate does for the plan's value. The user limit is read inside
-- the transaction that adds a user, never cached, so it needs no notification.
CREATE FUNCTION aih_notify_limit_override() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM pg_notify('aih_invalidate', 'tenant:' || NEW.id);
        RETURN NULL;
    END $$;
CREATE TRIGGER tenants_limit_override_invalidate AFTER UPDATE OF api_rate_limit_override ON tenants
    FOR EACH ROW WHEN (OLD.api_rate_limit_override IS DISTINCT FROM NEW.api_rate_limit_override)
    EXECUTE FUNCTION aih_notify_limit_override();

-- Key verification loads the tenant's limit with the key: the effective one, override first.
CREATE OR REPLACE FUNCTION aih_find_api_key(key_public_id text)
    RETURNS TABLE (id uuid, tenant_id uuid, user_id uuid, mode text, secret_hash text, previous_secret_hash text,
                   previous_valid_until timestamptz, scopes text[], rate_limit integer,
                   expires_at timestamptz, revoked boolean, owner_role text, owner_active boolean,
                   tenant_tier text, tenant_status text, tenant_rate_limit integer)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
        SELECT k.id, k.tenant_id, k.user_id, k.mode, k.secret_hash, k.previous_secret_hash, k.previous_valid_until,
               k.scopes, k.rate_limit, k.expires_at, k.revoked_at IS NOT NULL, u.role, u.active,
               t.subscription_tier, t.subscription_status, coalesce(t.api_rate_limit_override, t.api_rate_limit)
        FROM api_keys k JOIN users u ON u.id = k.user_id JOIN tenants t ON t.id = k.tenant_id
        WHERE k.public_id = key_public_id
    $$;
