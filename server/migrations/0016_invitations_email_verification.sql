-- Invitations: a seat promised to an email address, with the role it will have. A pending
-- invitation counts against the plan's user limit exactly like an active user, so inviting
-- cannot overshoot the plan however many invitations are out. Accepting one creates the user.
-- Like the mailed tokens of 0014, only a SHA-256 of the invitation's token is kept; resending
-- replaces it, so an earlier mail's link stops working.
CREATE TABLE invitations (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id        uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    email            text NOT NULL CHECK (length(email) <= 254),
    role             text NOT NULL CHECK (role IN ('admin', 'manager', 'user')),
    invited_by       uuid REFERENCES users (id) ON DELETE SET NULL,
    token_hash       bytea NOT NULL UNIQUE,
    created_at       timestamptz NOT NULL DEFAULT now(),
    sent_at          timestamptz NOT NULL DEFAULT now(),
    expires_at       timestamptz NOT NULL,
    accepted_at      timestamptz,
    accepted_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
    revoked_at       timestamptz
);
-- One open invitation per address. An expired one is still open until it is revoked, which a
-- new invitation to the same address does first.
CREATE UNIQUE INDEX invitations_open_email ON invitations (tenant_id, lower(email))
    WHERE accepted_at IS NULL AND revoked_at IS NULL;
CREATE INDEX invitations_tenant ON invitations (tenant_id, created_at, id);

ALTER TABLE invitations ENABLE ROW LEVEL SECURITY;
ALTER TABLE invitations FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON invitations
    USING (tenant_id = aih_current_tenant()) WITH CHECK (tenant_id = aih_current_tenant());
CREATE POLICY definer_access ON invitations TO aih_definer USING (true) WITH CHECK (true);
GRANT SELECT, INSERT, UPDATE ON invitations TO aih_app;
GRANT SELECT ON invitations TO aih_definer;

-- An invitation's token arrives without its tenant: this finds the tenant, and nothing else.
CREATE FUNCTION aih_invitation_tenant(hash bytea)
    RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$ SELECT i.tenant_id FROM invitations i WHERE i.token_hash = hash $$;
ALTER FUNCTION aih_invitation_tenant(bytea) OWNER TO aih_definer;
REVOKE ALL ON FUNCTION aih_invitation_tenant(bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aih_invitation_tenant(bytea) TO aih_app;

-- Whether the address of an account was proven by a mailed link. Accounts made before this
-- migration, and accounts an operator, an admin or an invitation made, count as proven; a
-- self-service sign-up's owner cannot sign in until the link is followed.
ALTER TABLE users ADD COLUMN email_verified_at timestamptz;
UPDATE users SET email_verified_at = created_at;
ALTER TABLE users ALTER COLUMN email_verified_at SET DEFAULT now();

ALTER TABLE account_tokens DROP CONSTRAINT account_tokens_purpose_check;
ALTER TABLE account_tokens ADD CONSTRAINT account_tokens_purpose_check
    CHECK (purpose IN ('password_reset', 'email_verification'));
