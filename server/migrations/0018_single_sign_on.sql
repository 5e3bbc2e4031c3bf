-- Single sign-on through a tenant's own identity provider (OpenID Connect).
--
-- A connection names the provider by its issuer; endpoints and keys come from the provider's
-- discovery document at sign-in time. The client secret is sealed (XChaCha20-Poly1305 under a
-- key derived from SECRET_KEY), so a copy of the database alone cannot redeem codes.
CREATE TABLE sso_connections (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id           uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name                text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    protocol            text NOT NULL CHECK (protocol IN ('oidc')),
    enabled             boolean NOT NULL DEFAULT true,
    issuer              text NOT NULL CHECK (length(issuer) <= 512),
    client_id           text NOT NULL CHECK (length(client_id) BETWEEN 1 AND 255),
    client_secret       bytea,
    scopes              text NOT NULL DEFAULT 'openid email profile' CHECK (length(scopes) <= 512),
    -- The claim that lists a user's groups, each group's role, and the role of everyone else.
    groups_claim        text NOT NULL DEFAULT 'groups' CHECK (length(groups_claim) BETWEEN 1 AND 100),
    role_map            jsonb NOT NULL DEFAULT '{}',
    default_role        text NOT NULL DEFAULT 'user' CHECK (default_role IN ('admin', 'manager', 'user')),
    -- Members whose address is in a verified domain of this connection sign in only through it;
    -- the break-glass user keeps the password for when the provider is down.
    require_sso         boolean NOT NULL DEFAULT false,
    break_glass_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sso_connections_tenant ON sso_connections (tenant_id, created_at, id);

-- Email domains a tenant proves it controls by DNS TXT, as custom domains are proven. A
-- verified domain sends its addresses' sign-ins to the tenant's connection, so one domain is
-- verified by one tenant at most (else tenant B could catch tenant A's people by their email).
CREATE TABLE sso_domains (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id     uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    connection_id uuid REFERENCES sso_connections (id) ON DELETE SET NULL,
    domain        text NOT NULL CHECK (domain = lower(domain) AND length(domain) BETWEEN 3 AND 253),
    token         text NOT NULL CHECK (token ~ '^[0-9a-f]{32}$'),
    status        text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'verified')),
    created_at    timestamptz NOT NULL DEFAULT now(),
    checked_at    timestamptz,
    verified_at   timestamptz,
    last_error    text,
    UNIQUE (tenant_id, domain)
);
CREATE UNIQUE INDEX sso_domains_verified_once ON sso_domains (domain) WHERE status = 'verified';

-- One sign-in in flight, found by a SHA-256 of its `state` and used once. The nonce and the
-- PKCE verifier are derived from the state with a server key, so neither is stored. When the
-- provider's answer is accepted, the row holds the user and a hand-off code (again hashed)
-- that the application that started the sign-in redeems, proving itself with its own PKCE
-- verifier (RFC 8252: the console's browser returns to a loopback port).
CREATE TABLE sso_sign_ins (
    state_hash        bytea PRIMARY KEY,
    tenant_id         uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    connection_id     uuid NOT NULL REFERENCES sso_connections (id) ON DELETE CASCADE,
    redirect_uri      text NOT NULL,
    client_state      text NOT NULL DEFAULT '',
    client_challenge  text NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    expires_at        timestamptz NOT NULL,
    answered_at       timestamptz,
    user_id           uuid REFERENCES users (id) ON DELETE CASCADE,
    handoff_hash      bytea UNIQUE,
    handoff_used_at   timestamptz
);
CREATE INDEX sso_sign_ins_expiry ON sso_sign_ins (expires_at);

-- The provider's account (its issuer is the connection's) -> our user. Email addresses can
-- change or be reassigned at the provider; the subject cannot.
CREATE TABLE sso_identities (
    connection_id   uuid NOT NULL REFERENCES sso_connections (id) ON DELETE CASCADE,
    tenant_id       uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    subject         text NOT NULL CHECK (length(subject) BETWEEN 1 AND 255),
    user_id         uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at      timestamptz NOT NULL DEFAULT now(),
    last_sign_in_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (connection_id, subject)
);
CREATE INDEX sso_identities_user ON sso_identities (user_id);

DO $$
DECLARE
    name text;
BEGIN
    FOREACH name IN ARRAY ARRAY['sso_connections', 'sso_domains', 'sso_sign_ins', 'sso_identities'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', name);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', name);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = aih_current_tenant()) '
                       'WITH CHECK (tenant_id = aih_current_tenant())', name);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO aih_app', name);
    END LOOP;
END
$$;
CREATE POLICY definer_access ON sso_sign_ins TO aih_definer USING (true) WITH CHECK (true);
CREATE POLICY definer_access ON sso_domains TO aih_definer USING (true) WITH CHECK (true);
GRANT SELECT ON sso_sign_ins, sso_domains TO aih_definer;

-- A state or a hand-off code arrives without its tenant: these find the tenant, and nothing else.
CREATE FUNCTION aih_sso_state_tenant(hash bytea)
    RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$ SELECT s.tenant_id FROM sso_sign_ins s WHERE s.state_hash = hash $$;
CREATE FUNCTION aih_sso_handoff_tenant(hash bytea)
    RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$ SELECT s.tenant_id FROM sso_sign_ins s WHERE s.handoff_hash = hash $$;
-- Sign-in by email: the tenant that verified the address's domain, if any.
CREATE FUNCTION aih_sso_domain_tenant(name text)
    RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$ SELECT d.tenant_id FROM sso_domains d WHERE d.domain = lower(name) AND d.status = 'verified' $$;

DO $$
DECLARE
    fn text;
BEGIN
    FOREACH fn IN ARRAY ARRAY['aih_sso_state_tenant(bytea)', 'aih_sso_handoff_tenant(bytea)',
                              'aih_sso_domain_tenant(text)'] LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO aih_definer', fn);
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', fn);
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO aih_app', fn);
    END LOOP;
END
$$;
