-- Mail leaves through an outbox written in the transaction of the change that causes it: a
-- rolled-back change sends nothing, a committed one is sent however often the server restarts.
-- A sender claims rows for a lease (next_attempt_at moves past the send) in a short transaction
-- and marks each one after sending it, so no transaction stays open while SMTP talks and two
-- instances never send one row at once. Bodies hold links with live tokens: they are cleared
-- once the message is sent or given up.
CREATE TABLE mail_outbox (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id       uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    kind            text NOT NULL CHECK (length(kind) <= 64),
    recipient       text NOT NULL CHECK (length(recipient) <= 254),
    sender_name     text NOT NULL DEFAULT '' CHECK (length(sender_name) <= 255),
    subject         text NOT NULL,
    text_body       text NOT NULL,
    html_body       text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    -- A message whose content expires (a reset link) is given up rather than sent late.
    send_before     timestamptz,
    last_error      text,
    sent_at         timestamptz,
    -- Set when the sender gives up (a permanent refusal, or retries exhausted).
    abandoned_at    timestamptz
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL AND abandoned_at IS NULL;
CREATE INDEX mail_outbox_tenant ON mail_outbox (tenant_id, id);

ALTER TABLE mail_outbox ENABLE ROW LEVEL SECURITY;
ALTER TABLE mail_outbox FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON mail_outbox
    USING (tenant_id = aih_current_tenant()) WITH CHECK (tenant_id = aih_current_tenant());
CREATE POLICY definer_access ON mail_outbox TO aih_definer USING (true) WITH CHECK (true);
GRANT SELECT, INSERT, UPDATE ON mail_outbox TO aih_app;
GRANT SELECT ON mail_outbox TO aih_definer;

-- Which tenants have mail due: the sender then works inside each tenant's own transaction.
CREATE FUNCTION aih_mail_due_tenants()
    RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
        SELECT DISTINCT m.tenant_id FROM mail_outbox m
        WHERE m.sent_at IS NULL AND m.abandoned_at IS NULL AND m.next_attempt_at <= now()
    $$;
ALTER FUNCTION aih_mail_due_tenants() OWNER TO aih_definer;
REVOKE ALL ON FUNCTION aih_mail_due_tenants() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aih_mail_due_tenants() TO aih_app;

-- Single-use tokens sent by mail. Only a SHA-256 of the token is kept (256 random bits: a slow
-- hash adds nothing); the token itself exists only in the message.
CREATE TABLE account_tokens (
    token_hash bytea PRIMARY KEY,
    tenant_id  uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose    text NOT NULL CHECK (purpose IN ('password_reset')),
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);
CREATE INDEX account_tokens_user ON account_tokens (tenant_id, user_id, purpose) WHERE used_at IS NULL;

ALTER TABLE account_tokens ENABLE ROW LEVEL SECURITY;
ALTER TABLE account_tokens FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON account_tokens
    USING (tenant_id = aih_current_tenant()) WITH CHECK (tenant_id = aih_current_tenant());
CREATE POLICY definer_access ON account_tokens TO aih_definer USING (true) WITH CHECK (true);
GRANT SELECT, INSERT, UPDATE ON account_tokens TO aih_app;
GRANT SELECT ON account_tokens TO aih_definer;

-- A token arrives without its tenant: this finds the tenant, and nothing else about the token.
CREATE FUNCTION aih_account_token_tenant(hash bytea)
    RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$ SELECT t.tenant_id FROM account_tokens t WHERE t.token_hash = hash $$;
ALTER FUNCTION aih_account_token_tenant(bytea) OWNER TO aih_definer;
REVOKE ALL ON FUNCTION aih_account_token_tenant(bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aih_account_token_tenant(bytea) TO aih_app;
