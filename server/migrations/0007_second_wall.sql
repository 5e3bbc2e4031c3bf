-- A second wall for tenant isolation: row-level security that binds the tables' owner too.
--
-- Until now RLS was enabled but not forced, and the pool logged in as the owner and switched to
-- aih_app with SET ROLE: a path that skipped the switch would have seen every tenant. Now:
--  * every table with RLS is FORCEd, so its owner is held to the policies as well (superusers
--    alone still bypass them, as PostgreSQL always lets them);
--  * the pool logs in as a role that owns nothing (see db/PoolLogin.cpp), so the owner's rights
--    never reach a request at all;
--  * the cross-tenant lookups (SECURITY DEFINER) no longer run as the owner but as aih_definer:
--    a role nobody logs in as, whose only way past the policies is a policy written for it.
-- A future table with RLS must be FORCEd and given a definer_access policy the same way;
-- tests/integration/TestRowLevelSecurity checks that none was missed.

DO $$
BEGIN
    CREATE ROLE aih_definer NOLOGIN NOINHERIT NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL; -- roles are cluster-wide: another database of this cluster created it first
END
$$;

-- Handing a function to aih_definer needs membership (a superuser has it implicitly), and the new
-- owner needs CREATE on the function's schema.
DO $$
BEGIN
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
       AND NOT pg_has_role(current_user, 'aih_definer', 'MEMBER') THEN
        EXECUTE 'GRANT aih_definer TO ' || quote_ident(current_user);
    END IF;
EXCEPTION WHEN unique_violation THEN
    NULL; -- granted by a concurrent migration of another database
END
$$;
GRANT USAGE, CREATE ON SCHEMA public TO aih_definer;

-- What the lookups read, and what the retention purge changes.
GRANT SELECT ON tenants, users, refresh_tokens, api_keys, custom_domains, audit_log, audit_checkpoints,
    audit_retention, usage_tenant_hour TO aih_definer;
GRANT DELETE ON audit_log TO aih_definer;
GRANT INSERT ON audit_purges TO aih_definer;

DO $$
DECLARE
    guarded regclass;
BEGIN
    FOR guarded IN
        SELECT c.oid::regclass FROM pg_class c
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND c.relrowsecurity
    LOOP
        EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', guarded);
        EXECUTE format('CREATE POLICY definer_access ON %s TO aih_definer USING (true) WITH CHECK (true)',
                       guarded);
    END LOOP;
END
$$;

ALTER FUNCTION aih_find_tenant(text) OWNER TO aih_definer;
ALTER FUNCTION aih_refresh_token_tenant(bytea) OWNER TO aih_definer;
ALTER FUNCTION aih_find_api_key(text) OWNER TO aih_definer;
ALTER FUNCTION aih_audit_purge() OWNER TO aih_definer;
ALTER FUNCTION aih_audit_search(text) OWNER TO aih_definer;
ALTER FUNCTION aih_audit_tenants_due(interval) OWNER TO aih_definer;
ALTER FUNCTION aih_find_tenant_by_domain(text) OWNER TO aih_definer;
ALTER FUNCTION aih_billing_tenant(text, uuid) OWNER TO aih_definer;
ALTER FUNCTION aih_billing_grace_expired() OWNER TO aih_definer;
ALTER FUNCTION aih_platform_tenants() OWNER TO aih_definer;
ALTER FUNCTION aih_platform_calls_since(timestamptz) OWNER TO aih_definer;
