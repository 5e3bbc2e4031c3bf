-- Two-factor sign-in with TOTP (RFC 6238). A user's authenticator secret is kept sealed
-- (XChaCha20-Poly1305 under a key derived from SECRET_KEY), so a copy of the database alone does
-- not yield codes. last_step is the time step of the last code accepted: a code is accepted only
-- for a later step, so each code works once.
CREATE TABLE totp_factors (
    user_id      uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    tenant_id    uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    secret       bytea NOT NULL,
    confirmed_at timestamptz,
    last_step    bigint NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL DEFAULT now()
);

-- Ten single-use codes for a lost authenticator, kept as keyed hashes (HMAC under a key derived
-- from SECRET_KEY): they carry about 50 bits, too few for a plain hash to hide them.
CREATE TABLE mfa_recovery_codes (
    user_id   uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    code_hash bytea NOT NULL,
    used_at   timestamptz,
    PRIMARY KEY (user_id, code_hash)
);

-- The second step of a sign-in: the password was right, the code is still to come. Only a
-- SHA-256 of the token is kept. A challenge allows a few attempts and a few minutes.
CREATE TABLE mfa_challenges (
    token_hash bytea PRIMARY KEY,
    tenant_id  uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    attempts   integer NOT NULL DEFAULT 0,
    used_at    timestamptz
);
CREATE INDEX mfa_challenges_expiry ON mfa_challenges (expires_at);

DO $$
DECLARE
    name text;
BEGIN
    FOREACH name IN ARRAY ARRAY['totp_factors', 'mfa_recovery_codes', 'mfa_challenges'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', name);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', name);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = aih_current_tenant()) '
                       'WITH CHECK (tenant_id = aih_current_tenant())', name);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO aih_app', name);
    END LOOP;
END
$$;
CREATE POLICY definer_access ON mfa_challenges TO aih_definer USING (true) WITH CHECK (true);
GRANT SELECT ON mfa_challenges TO aih_definer;

-- A challenge token arrives without its tenant: this finds the tenant, and nothing else.
CREATE FUNCTION aih_mfa_challenge_tenant(hash bytea)
    RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$ SELECT c.tenant_id FROM mfa_challenges c WHERE c.token_hash = hash $$;
ALTER FUNCTION aih_mfa_challenge_tenant(bytea) OWNER TO aih_definer;
REVOKE ALL ON FUNCTION aih_mfa_challenge_tenant(bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aih_mfa_challenge_tenant(bytea) TO aih_app;

-- Who must use a second factor: nobody, the admins, or everyone. Members it applies to who have
-- not enrolled get sessions that can do nothing but enrol.
ALTER TABLE tenants ADD COLUMN mfa_required text NOT NULL DEFAULT 'none'
    CHECK (mfa_required IN ('none', 'admins', 'everyone'));
