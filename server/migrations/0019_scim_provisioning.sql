-- Provisioning by the tenant's identity provider over SCIM 2.0 (RFC 7643, 7644), and the admin's
-- "test connection" of single sign-on.

-- One SCIM bearer token per tenant, kept as a SHA-256 (it carries 256 random bits); a new one
-- replaces the old, which stops at once.
CREATE TABLE scim_tokens (
    tenant_id  uuid PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    token_hash bytea NOT NULL UNIQUE,
    created_by uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- The provider's id for a user (SCIM externalId), and when the provider deleted the user: the
-- account is deactivated and kept for the audit trail, but SCIM no longer shows it.
ALTER TABLE users ADD COLUMN scim_external_id text CHECK (length(scim_external_id) <= 255),
                  ADD COLUMN scim_deleted_at timestamptz;

-- The provider's groups. A group's members get the role its display name has in the role map
-- of the tenant's single sign-on connections.
CREATE TABLE scim_groups (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id    uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 255),
    external_id  text CHECK (length(external_id) <= 255),
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, display_name)
);
CREATE TABLE scim_group_members (
    group_id  uuid NOT NULL REFERENCES scim_groups (id) ON DELETE CASCADE,
    tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_id   uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX scim_group_members_user ON scim_group_members (user_id);

DO $$
DECLARE
    name text;
BEGIN
    FOREACH name IN ARRAY ARRAY['scim_tokens', 'scim_groups', 'scim_group_members'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', name);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', name);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = aih_current_tenant()) '
                       'WITH CHECK (tenant_id = aih_current_tenant())', name);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO aih_app', name);
    END LOOP;
END
$$;
CREATE POLICY definer_access ON scim_tokens TO aih_definer USING (true) WITH CHECK (true);
GRANT SELECT ON scim_tokens TO aih_definer;

-- A SCIM request arrives with its token only: this finds the tenant, and nothing else.
CREATE FUNCTION aih_scim_token_tenant(hash bytea)
    RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$ SELECT t.tenant_id FROM scim_tokens t WHERE t.token_hash = hash $$;
ALTER FUNCTION aih_scim_token_tenant(bytea) OWNER TO aih_definer;
REVOKE ALL ON FUNCTION aih_scim_token_tenant(bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aih_scim_token_tenant(bytea) TO aih_app;

-- SCIM's changes are audited with their own actor.
ALTER TABLE audit_log DROP CONSTRAINT audit_log_actor_type_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_actor_type_check
    CHECK (actor_type IN ('user', 'api_key', 'operator', 'anonymous', 'system', 'scim'));

-- A test of a connection runs the sign-in flow for an admin and keeps what the provider sent
-- (for that admin to read once) instead of signing anyone in.
ALTER TABLE sso_sign_ins ADD COLUMN purpose text NOT NULL DEFAULT 'sign_in'
                             CHECK (purpose IN ('sign_in', 'test')),
                         ADD COLUMN tested_by uuid REFERENCES users (id) ON DELETE CASCADE,
                         ADD COLUMN test_report jsonb;
