-- An operator can suspend a tenant: its data stays, but its members' sessions and API keys are
-- refused until it is reactivated. Every instance caches the tenant's plan (tenancy/TenantPlans)
-- and checks suspension there on each request, so the change is announced like a limit override.
ALTER TABLE tenants ADD COLUMN suspended_at timestamptz;

-- aih_notify_limit_override() announces 'tenant:<id>', which is all this change needs too.
CREATE TRIGGER tenants_suspension_invalidate AFTER UPDATE OF suspended_at ON tenants
    FOR EACH ROW WHEN (OLD.suspended_at IS DISTINCT FROM NEW.suspended_at)
    EXECUTE FUNCTION aih_notify_limit_override();

-- Key verification loads the tenant's plan with the key, suspension included: a key verified
-- after the change caches the tenant's state as it is now.
DROP FUNCTION aih_find_api_key(text);
CREATE FUNCTION aih_find_api_key(key_public_id text)
    RETURNS TABLE (id uuid, tenant_id uuid, user_id uuid, mode text, secret_hash text, previous_secret_hash text,
                   previous_valid_until timestamptz, scopes text[], rate_limit integer,
                   expires_at timestamptz, revoked boolean, owner_role text, owner_active boolean,
                   tenant_tier text, tenant_status text, tenant_rate_limit integer, tenant_suspended boolean)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
        SELECT k.id, k.tenant_id, k.user_id, k.mode, k.secret_hash, k.previous_secret_hash, k.previous_valid_until,
               k.scopes, k.rate_limit, k.expires_at, k.revoked_at IS NOT NULL, u.role, u.active,
               t.subscription_tier, t.subscription_status, coalesce(t.api_rate_limit_override, t.api_rate_limit),
               t.suspended_at IS NOT NULL
        FROM api_keys k JOIN users u ON u.id = k.user_id JOIN tenants t ON t.id = k.tenant_id
        WHERE k.public_id = key_public_id
    $$;
ALTER FUNCTION aih_find_api_key(text) OWNER TO aih_definer;
REVOKE ALL ON FUNCTION aih_find_api_key(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aih_find_api_key(text) TO aih_app;

-- The operator's tenant list: search by name or slug (a substring, case-insensitive), filter by
-- tier, state (active, suspended, past_due) and creation time, newest first, keyset pages.
CREATE FUNCTION aih_platform_tenant_page(search text, tier text, state text, created_from timestamptz,
                                         created_to timestamptz, after_created timestamp, after_id uuid,
                                         page_size integer)
    RETURNS TABLE (id uuid, name text, slug text, domain text, tier text, subscription_status text,
                   suspended_at timestamptz, user_limit integer, api_rate_limit integer, created_at timestamptz,
                   active_users bigint)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
        SELECT t.id, t.name, t.slug, t.domain, t.subscription_tier, t.subscription_status, t.suspended_at,
               coalesce(t.user_limit_override, t.user_limit), coalesce(t.api_rate_limit_override, t.api_rate_limit),
               t.created_at,
               (SELECT count(*) FROM users u WHERE u.tenant_id = t.id AND u.active)
          FROM tenants t
         WHERE (search IS NULL
                OR strpos(lower(t.name), lower(search)) > 0 OR strpos(t.slug, lower(search)) > 0)
           AND (tier IS NULL OR t.subscription_tier = tier)
           AND (state IS NULL
                OR (state = 'suspended' AND t.suspended_at IS NOT NULL)
                OR (state = 'active' AND t.suspended_at IS NULL)
                OR (state = 'past_due' AND t.subscription_status = 'past_due'))
           AND (created_from IS NULL OR t.created_at >= created_from)
           AND (created_to IS NULL OR t.created_at < created_to)
           AND (after_created IS NULL
                OR (t.created_at AT TIME ZONE 'UTC', t.id) < (after_created, after_id))
         ORDER BY t.created_at DESC, t.id DESC
         LIMIT page_size
    $$;
ALTER FUNCTION aih_platform_tenant_page(text, text, text, timestamptz, timestamptz, timestamp, uuid, integer)
    OWNER TO aih_definer;
REVOKE ALL ON FUNCTION aih_platform_tenant_page(text, text, text, timestamptz, timestamptz, timestamp, uuid, integer)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aih_platform_tenant_page(text, text, text, timestamptz, timestamptz, timestamp, uuid, integer)
    TO aih_app;
