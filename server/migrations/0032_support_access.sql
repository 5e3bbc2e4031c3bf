-- Support access ("view as"): a tenant's admin grants the platform's operators read-only access
-- to the tenant until a time they choose, and can end it early. An operator opens the tenant with
-- a grant in force and gets a short-lived, read-only token bound to the grant; each opening is
-- counted here, and recorded in the tenant's audit chain and the platform's.
CREATE TABLE support_grants (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id      uuid NOT NULL REFERENCES tenants (id),
    granted_by     uuid REFERENCES users (id) ON DELETE SET NULL,
    reason         text NOT NULL DEFAULT '' CHECK (length(reason) <= 500),
    created_at     timestamptz NOT NULL DEFAULT now(),
    expires_at     timestamptz NOT NULL CHECK (expires_at > created_at),
    revoked_at     timestamptz,
    revoked_by     uuid REFERENCES users (id) ON DELETE SET NULL,
    opened_count   integer NOT NULL DEFAULT 0 CHECK (opened_count >= 0),
    last_opened_at timestamptz,
    -- The operator account's email at the time: the tenant cannot read the platform's members.
    last_opened_by text
);
CREATE INDEX support_grants_tenant ON support_grants (tenant_id, created_at DESC);

ALTER TABLE support_grants ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON support_grants
    USING (tenant_id = aih_current_tenant()) WITH CHECK (tenant_id = aih_current_tenant());
ALTER TABLE support_grants FORCE ROW LEVEL SECURITY;
CREATE POLICY definer_access ON support_grants TO aih_definer USING (true) WITH CHECK (true);
GRANT SELECT, INSERT ON support_grants TO aih_app;
GRANT UPDATE (revoked_at, revoked_by, opened_count, last_opened_at, last_opened_by) ON support_grants TO aih_app;
GRANT SELECT, DELETE ON support_grants TO aih_definer;

-- A closed tenant's deletion removes its grants with the rest of its data.
CREATE OR REPLACE FUNCTION aih_delete_closed_tenant()
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
        DELETE FROM support_grants WHERE tenant_id = tenant;
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
