-- Closing a tenant (an operator's offboarding): the tenant is suspended at once, a whole-tenant
-- archive is written, and after a grace period its data is deleted. Its audit chain stays, still
-- verifiable, with every data subject's key destroyed (crypto-shredding, as a user's GDPR erasure
-- does), and so do its financial records (billing history, Stripe events, tier history). The
-- archive, which the operator hands to the customer, is kept for a handover window, then goes too.
ALTER TABLE tenants
    ADD COLUMN closed_at timestamptz,
    ADD COLUMN delete_after timestamptz,
    ADD COLUMN deleted_at timestamptz,
    ADD CONSTRAINT tenants_closure_complete CHECK ((closed_at IS NULL) = (delete_after IS NULL)),
    ADD CONSTRAINT tenants_deleted_after_closing CHECK (deleted_at IS NULL OR closed_at IS NOT NULL);
CREATE INDEX tenants_delete_after ON tenants (delete_after) WHERE delete_after IS NOT NULL AND deleted_at IS NULL;

-- One archive per closing, stored in the database in chunks so every instance can serve it and it
-- commits or not as a whole. The manifest lists the tables and their row counts.
CREATE TABLE tenant_archives (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id   uuid NOT NULL REFERENCES tenants (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    operator_id uuid,                 -- the operator account that closed the tenant; NULL: the token
    byte_size   bigint NOT NULL CHECK (byte_size >= 0),
    sha256      text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    manifest    jsonb NOT NULL
);
CREATE INDEX tenant_archives_tenant ON tenant_archives (tenant_id, created_at DESC);

-- The archive of the current closing: set once, when it is stored, under the tenant's row lock;
-- cleared (and the archive deleted) when a reactivation cancels the closing. Deletion needs it,
-- so data changed after an earlier, cancelled closing is never deleted unarchived.
ALTER TABLE tenants ADD COLUMN closing_archive_id uuid REFERENCES tenant_archives (id),
    ADD CONSTRAINT tenants_archive_while_closing CHECK (closing_archive_id IS NULL OR closed_at IS NOT NULL);

CREATE TABLE tenant_archive_chunks (
    archive_id uuid NOT NULL REFERENCES tenant_archives (id) ON DELETE CASCADE,
    tenant_id  uuid NOT NULL REFERENCES tenants (id),
    seq        integer NOT NULL CHECK (seq >= 0),
    data       bytea NOT NULL,
    PRIMARY KEY (archive_id, seq)
);

ALTER TABLE tenant_archives ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant_archive_chunks ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenant_archives
    USING (tenant_id = aih_current_tenant()) WITH CHECK (tenant_id = aih_current_tenant());
CREATE POLICY tenant_isolation ON tenant_archive_chunks
    USING (tenant_id = aih_current_tenant()) WITH CHECK (tenant_id = aih_current_tenant());
ALTER TABLE tenant_archives FORCE ROW LEVEL SECURITY;
ALTER TABLE tenant_archive_chunks FORCE ROW LEVEL SECURITY;
CREATE POLICY definer_access ON tenant_archives TO aih_definer USING (true) WITH CHECK (true);
CREATE POLICY definer_access ON tenant_archive_chunks TO aih_definer USING (true) WITH CHECK (true);
-- Archives are written once and never changed; one is deleted when its closing is cancelled.
GRANT SELECT, INSERT, DELETE ON tenant_archives TO aih_app;
GRANT SELECT, INSERT ON tenant_archive_chunks TO aih_app;

-- Closed tenants whose grace has ended and that have an archive: each instance's sweeper asks,
-- then deletes each one in the tenant's own scope (aih_delete_closed_tenant).
CREATE FUNCTION aih_tenants_due_for_deletion()
    RETURNS TABLE (id uuid)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
        SELECT t.id FROM tenants t
         WHERE t.delete_after <= now() AND t.deleted_at IS NULL
           AND t.id <> aih_platform_tenant_id()
           AND t.closing_archive_id IS NOT NULL
         ORDER BY t.delete_after
         LIMIT 100
    $$;
ALTER FUNCTION aih_tenants_due_for_deletion() OWNER TO aih_definer;
REVOKE ALL ON FUNCTION aih_tenants_due_for_deletion() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aih_tenants_due_for_deletion() TO aih_app;

-- Deletes the current tenant's data, if it is closed, its grace has ended and its archive exists;
-- returns whether it did. It runs as aih_definer, which row-level security lets see every tenant
-- (definer_access), so every statement names the tenant, and the tenant is the transaction's own
-- (aih_current_tenant()), never an argument. The application may not delete most of these tables
-- itself, and should not: this is the one place that does.
-- Children before parents. A new table with a tenant_id must be added here or to the kept list of
-- TestTenantClosure, which fails otherwise.
CREATE FUNCTION aih_delete_closed_tenant()
    RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
    DECLARE
        tenant uuid := aih_current_tenant();
    BEGIN
        PERFORM 1 FROM tenants t
          WHERE t.id = tenant AND t.delete_after <= now() AND t.deleted_at IS NULL
            AND t.id <> aih_platform_tenant_id()
            AND t.closing_archive_id IS NOT NULL
          FOR NO KEY UPDATE;
        IF NOT FOUND THEN
            RETURN false;
        END IF;
        DELETE FROM idempotency_keys WHERE tenant_id = tenant;
        DELETE FROM webhook_deliveries WHERE tenant_id = tenant;
        DELETE FROM webhook_events WHERE tenant_id = tenant;
        DELETE FROM webhook_endpoints WHERE tenant_id = tenant;
        DELETE FROM sso_saml_assertions WHERE tenant_id = tenant;
        DELETE FROM scim_group_members WHERE tenant_id = tenant;
        DELETE FROM scim_groups WHERE tenant_id = tenant;
        DELETE FROM scim_tokens WHERE tenant_id = tenant;
        DELETE FROM sso_identities WHERE tenant_id = tenant;
        DELETE FROM sso_sign_ins WHERE tenant_id = tenant;
        DELETE FROM sso_domains WHERE tenant_id = tenant;
        DELETE FROM sso_connections WHERE tenant_id = tenant;
        DELETE FROM mfa_challenges WHERE tenant_id = tenant;
        DELETE FROM mfa_recovery_codes WHERE tenant_id = tenant;
        DELETE FROM totp_factors WHERE tenant_id = tenant;
        DELETE FROM invitations WHERE tenant_id = tenant;
        DELETE FROM account_tokens WHERE tenant_id = tenant;
        DELETE FROM mail_outbox WHERE tenant_id = tenant;
        DELETE FROM usage_periods WHERE tenant_id = tenant;
        DELETE FROM usage_week WHERE tenant_id = tenant;
        DELETE FROM usage_tenant_day WHERE tenant_id = tenant;
        DELETE FROM usage_tenant_hour WHERE tenant_id = tenant;
        DELETE FROM usage_tenant_minute WHERE tenant_id = tenant;
        DELETE FROM usage_day WHERE tenant_id = tenant;
        DELETE FROM usage_hour WHERE tenant_id = tenant;
        DELETE FROM usage_minute WHERE tenant_id = tenant;
        DELETE FROM refresh_tokens WHERE tenant_id = tenant;
        DELETE FROM sessions WHERE tenant_id = tenant;
        DELETE FROM api_keys WHERE tenant_id = tenant;
        DELETE FROM custom_domains WHERE tenant_id = tenant;
        DELETE FROM branding WHERE tenant_id = tenant;
        DELETE FROM branding_assets WHERE tenant_id = tenant;
        DELETE FROM meditations WHERE tenant_id = tenant;
        DELETE FROM gurus WHERE tenant_id = tenant;
        DELETE FROM users WHERE tenant_id = tenant;
        -- Crypto-shredding: every sealed personal field of the chain becomes unreadable.
        UPDATE audit_subject_keys SET wrapped_key = NULL, erased_at = coalesce(erased_at, now())
         WHERE tenant_id = tenant;
        UPDATE tenants SET deleted_at = now(), domain = NULL, settings = '{}'::jsonb, updated_at = now()
         WHERE id = tenant;
        RETURN true;
    END
    $$;
ALTER FUNCTION aih_delete_closed_tenant() OWNER TO aih_definer;
REVOKE ALL ON FUNCTION aih_delete_closed_tenant() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aih_delete_closed_tenant() TO aih_app;

GRANT SELECT, DELETE ON idempotency_keys, webhook_deliveries, webhook_events, webhook_endpoints,
    sso_saml_assertions, scim_group_members, scim_groups, scim_tokens, sso_identities, sso_sign_ins,
    sso_domains, sso_connections, mfa_challenges, mfa_recovery_codes, totp_factors, invitations,
    account_tokens, mail_outbox, usage_periods, usage_week, usage_tenant_day, usage_tenant_hour,
    usage_tenant_minute, usage_day, usage_hour, usage_minute, refresh_tokens, sessions, api_keys,
    custom_domains, branding, branding_assets, meditations, gurus, users TO aih_definer;
GRANT SELECT, DELETE ON tenant_archives, tenant_archive_chunks TO aih_definer;
GRANT SELECT ON audit_subject_keys TO aih_definer;
GRANT UPDATE (wrapped_key, erased_at) ON audit_subject_keys TO aih_definer;
GRANT SELECT, UPDATE (deleted_at, domain, settings, updated_at, closing_archive_id) ON tenants TO aih_definer;

-- The archive holds personal data in clear; it is for handing over, not for keeping. Once a
-- deleted tenant's archive is older than the handover window it goes too (chunks by cascade), so
-- the crypto-shredding of the chain is not undone by a copy kept beside it.
CREATE FUNCTION aih_expire_tenant_archives(keep_days integer)
    RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
    DECLARE
        expired integer;
    BEGIN
        UPDATE tenants t SET closing_archive_id = NULL
         WHERE t.deleted_at < now() - make_interval(days => keep_days) AND t.closing_archive_id IS NOT NULL;
        DELETE FROM tenant_archives a
         USING tenants t
         WHERE a.tenant_id = t.id AND t.deleted_at < now() - make_interval(days => keep_days);
        GET DIAGNOSTICS expired = ROW_COUNT;
        RETURN expired;
    END
    $$;
ALTER FUNCTION aih_expire_tenant_archives(integer) OWNER TO aih_definer;
REVOKE ALL ON FUNCTION aih_expire_tenant_archives(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aih_expire_tenant_archives(integer) TO aih_app;

-- The operator's list shows a closing tenant as such, and can be narrowed to them.
DROP FUNCTION aih_platform_tenant_page(text, text, text, timestamptz, timestamptz, timestamp, uuid, integer);
CREATE FUNCTION aih_platform_tenant_page(search text, tier text, state text, created_from timestamptz,
                                         created_to timestamptz, after_created timestamp, after_id uuid,
                                         page_size integer)
    RETURNS TABLE (id uuid, name text, slug text, domain text, tier text, subscription_status text,
                   suspended_at timestamptz, user_limit integer, api_rate_limit integer, created_at timestamptz,
                   active_users bigint, closed_at timestamptz, delete_after timestamptz, deleted_at timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
        SELECT t.id, t.name, t.slug, t.domain, t.subscription_tier, t.subscription_status, t.suspended_at,
               coalesce(t.user_limit_override, t.user_limit), coalesce(t.api_rate_limit_override, t.api_rate_limit),
               t.created_at,
               (SELECT count(*) FROM users u WHERE u.tenant_id = t.id AND u.active),
               t.closed_at, t.delete_after, t.deleted_at
          FROM tenants t
         WHERE t.id <> aih_platform_tenant_id()
           AND (search IS NULL
                OR strpos(lower(t.name), lower(search)) > 0 OR strpos(t.slug, lower(search)) > 0)
           AND (tier IS NULL OR t.subscription_tier = tier)
           AND (state IS NULL
                OR (state = 'suspended' AND t.suspended_at IS NOT NULL AND t.closed_at IS NULL)
                OR (state = 'active' AND t.suspended_at IS NULL)
                OR (state = 'past_due' AND t.subscription_status = 'past_due')
                OR (state = 'closed' AND t.closed_at IS NOT NULL))
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
