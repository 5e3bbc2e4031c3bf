-- Named operator accounts. Operators are the members of one reserved tenant, the platform
-- tenant, so they sign in, set passwords (argon2id), enrol second factors, keep sessions and are
-- invited exactly as any tenant's members are; its admins are platform-admins and its other
-- members platform-support (read-only). Its audit chain is the platform's: every operator action
-- is appended there as well as in the chain of the tenant it touched.
--
-- The id is fixed, so code and SQL name the platform tenant without a lookup.
CREATE FUNCTION aih_platform_tenant_id()
    RETURNS uuid
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT '00000000-0000-4000-8000-00000000a1b0'::uuid $$;
GRANT EXECUTE ON FUNCTION aih_platform_tenant_id() TO aih_app;

-- Operators must use a second factor: the tenant requires one of everyone. Enterprise, so no plan
-- limit gets in an operator's way; its slug is `platform` unless a tenant took it first.
-- (Edited after release for the case where customers took both names: only installs that had not
-- applied it run it, and they would have failed on it.)
INSERT INTO tenants (id, name, slug, subscription_tier, user_limit, mfa_required)
SELECT aih_platform_tenant_id(), 'Platform operators',
       CASE WHEN NOT EXISTS (SELECT 1 FROM tenants WHERE slug = 'platform') THEN 'platform'
            WHEN NOT EXISTS (SELECT 1 FROM tenants WHERE slug = 'platform-operators') THEN 'platform-operators'
            -- Both taken by customers: a name none is likely to have taken, the same on every
            -- install.
            ELSE 'platform-operators-' || left(md5(aih_platform_tenant_id()::text), 8) END,
       'enterprise', 100, 'everyone'
ON CONFLICT (id) DO NOTHING;

-- The operator's views of "all tenants" leave the platform tenant out: it is not a customer.
DROP FUNCTION aih_platform_tenants();
CREATE FUNCTION aih_platform_tenants()
    RETURNS TABLE (id uuid, slug text, tier text, status text, since timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
        SELECT t.id, t.slug, t.subscription_tier, t.subscription_status,
               CASE WHEN t.subscription_status = 'past_due' THEN coalesce(t.past_due_since, t.updated_at)
                    ELSE t.updated_at END
        FROM tenants t
        WHERE t.id <> aih_platform_tenant_id()
    $$;
ALTER FUNCTION aih_platform_tenants() OWNER TO aih_definer;
REVOKE ALL ON FUNCTION aih_platform_tenants() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aih_platform_tenants() TO aih_app;

DROP FUNCTION aih_platform_tenant_page(text, text, text, timestamptz, timestamptz, timestamp, uuid, integer);
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
         WHERE t.id <> aih_platform_tenant_id()
           AND (search IS NULL
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

DROP FUNCTION aih_platform_calls_since(timestamptz);
CREATE FUNCTION aih_platform_calls_since(since timestamptz)
    RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
        SELECT coalesce(sum(c.calls), 0)::bigint
        FROM tenants t
        CROSS JOIN LATERAL (SELECT sum(h.calls) AS calls FROM usage_tenant_hour h
                            WHERE h.tenant_id = t.id AND h.bucket >= since) c
        WHERE t.id <> aih_platform_tenant_id()
    $$;
ALTER FUNCTION aih_platform_calls_since(timestamptz) OWNER TO aih_definer;
REVOKE ALL ON FUNCTION aih_platform_calls_since(timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aih_platform_calls_since(timestamptz) TO aih_app;
