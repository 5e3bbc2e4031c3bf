-- The audit trail: an append-only, per-tenant hash chain with signed checkpoints, and the
-- per-subject keys that let GDPR erasure destroy personal data without breaking the chain.
--
-- Integrity model (see server/src/audit/AuditChain.h and README "Audit log"):
--  * Every row stores `hash` = SHA-256(prev_hash || canonical encoding of its columns) and
--    `prev_hash` = the hash of the row before it in the same tenant (seq - 1). The server
--    computes both; the database only refuses to let the application role change or remove a row.
--  * aih_app may INSERT and SELECT, never UPDATE or DELETE (no grant), and a trigger refuses
--    UPDATE, DELETE and TRUNCATE for every role, the owner included, except the one retention
--    path below. Someone with the owner's password can still disable the trigger: that is what
--    the chain and the signed checkpoints, held outside the database, are there to reveal.
--  * Personal fields (email, name, key names, and a user actor's IP address and user agent) are
--    never stored in clear: they are sealed under a key per data subject (audit_subject_keys).
--    Erasure destroys the subject's key; the ciphertext stays, so every hash still verifies, but
--    nobody can read it any more (crypto-shredding).

CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE users ADD COLUMN erased_at timestamptz;

CREATE TABLE audit_log (
    tenant_id      uuid NOT NULL REFERENCES tenants (id),
    seq            bigint NOT NULL CHECK (seq > 0),
    id             uuid NOT NULL UNIQUE,
    occurred_at    timestamptz NOT NULL,
    action         text NOT NULL CHECK (action ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$'),
    actor_type     text NOT NULL CHECK (actor_type IN ('user', 'api_key', 'operator', 'anonymous', 'system')),
    -- Pseudonymous ids only: the user acting (an API key's owner for a key) and, for keys, the key.
    actor_id       uuid,
    actor_role     text CHECK (actor_role IN ('admin', 'manager', 'user')),
    api_key_id     uuid,
    -- The user the entry is about (the account signed in to, the user created, erased, ...).
    subject_id     uuid,
    resource_type  text,
    resource_id    text,
    -- In clear only for actors that are not a user (anonymous callers, the operator); a user's
    -- are sealed in actor_sealed so that erasing the user erases them too.
    ip_address     text,
    user_agent     text,
    method         text,
    path           text,
    request_id     text,
    success        boolean NOT NULL,
    error_detail   text,
    -- json, not jsonb: stored byte for byte as hashed.
    metadata       json,
    actor_sealed   bytea,
    subject_sealed bytea,
    prev_hash      bytea NOT NULL CHECK (length(prev_hash) = 32),
    hash           bytea NOT NULL CHECK (length(hash) = 32),
    PRIMARY KEY (tenant_id, seq)
);

-- What the free-text filter `q` searches: the entry's non-personal text.
CREATE FUNCTION aih_audit_search_text(action text, resource_type text, resource_id text, path text,
                                      error_detail text, request_id text, metadata json)
    RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT coalesce(action, '') || ' ' || coalesce(resource_type, '') || ' ' || coalesce(resource_id, '')
                 || ' ' || coalesce(path, '') || ' ' || coalesce(error_detail, '') || ' '
                 || coalesce(request_id, '') || ' ' || coalesce(metadata::text, '') $$;

-- Lists are newest first by (occurred_at, seq); occurred_at never decreases along a tenant's
-- chain, so this is also chain order. Each filter has an index that serves it in that order.
CREATE INDEX audit_log_time ON audit_log (tenant_id, occurred_at, seq);
CREATE INDEX audit_log_action ON audit_log (tenant_id, action, occurred_at, seq);
CREATE INDEX audit_log_actor ON audit_log (tenant_id, actor_id, occurred_at, seq) WHERE actor_id IS NOT NULL;
CREATE INDEX audit_log_subject ON audit_log (tenant_id, subject_id, seq) WHERE subject_id IS NOT NULL;
CREATE INDEX audit_log_failures ON audit_log (tenant_id, occurred_at, seq) WHERE NOT success;
CREATE INDEX audit_log_search ON audit_log USING gin (
    aih_audit_search_text(action, resource_type, resource_id, path, error_detail, request_id, metadata)
    gin_trgm_ops);

-- One random key per data subject, stored wrapped under a key derived from SECRET_KEY, so a
-- database dump alone does not open the sealed fields. Erasure sets wrapped_key to NULL and
-- keeps the row as a tombstone: nothing is ever sealed for that subject again.
CREATE TABLE audit_subject_keys (
    tenant_id   uuid NOT NULL REFERENCES tenants (id),
    subject_id  uuid NOT NULL,
    wrapped_key bytea,
    created_at  timestamptz NOT NULL DEFAULT now(),
    erased_at   timestamptz,
    PRIMARY KEY (tenant_id, subject_id),
    CHECK ((wrapped_key IS NULL) = (erased_at IS NOT NULL))
);

-- Chain heads signed with the server's Ed25519 key, at intervals and on demand.
CREATE TABLE audit_checkpoints (
    tenant_id  uuid NOT NULL REFERENCES tenants (id),
    seq        bigint NOT NULL,
    head_hash  bytea NOT NULL CHECK (length(head_hash) = 32),
    signed_at  timestamptz NOT NULL,
    key_id     text NOT NULL,
    signature  bytea NOT NULL CHECK (length(signature) = 64),
    PRIMARY KEY (tenant_id, seq)
);

-- Written only by aih_audit_purge: where the retained chain starts after a purge.
CREATE TABLE audit_purges (
    tenant_id      uuid NOT NULL REFERENCES tenants (id),
    through_seq    bigint NOT NULL,
    anchor_hash    bytea NOT NULL CHECK (length(anchor_hash) = 32),
    anchor_at      timestamptz NOT NULL,
    rows_purged    bigint NOT NULL,
    retention_days integer NOT NULL,
    purged_at      timestamptz NOT NULL DEFAULT now(),
    purged_by      text NOT NULL DEFAULT session_user,
    PRIMARY KEY (tenant_id, through_seq)
);

-- How long each plan keeps its audit trail; changed only by a migration.
CREATE TABLE audit_retention (
    subscription_tier text PRIMARY KEY CHECK (subscription_tier IN ('free', 'basic', 'pro', 'enterprise')),
    days              integer NOT NULL CHECK (days >= 30)
);
INSERT INTO audit_retention VALUES ('free', 90), ('basic', 365), ('pro', 730), ('enterprise', 2557);

ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_subject_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_checkpoints ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_purges ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON audit_log
    USING (tenant_id = aih_current_tenant()) WITH CHECK (tenant_id = aih_current_tenant());
CREATE POLICY tenant_isolation ON audit_subject_keys
    USING (tenant_id = aih_current_tenant()) WITH CHECK (tenant_id = aih_current_tenant());
CREATE POLICY tenant_isolation ON audit_checkpoints
    USING (tenant_id = aih_current_tenant()) WITH CHECK (tenant_id = aih_current_tenant());
CREATE POLICY tenant_isolation ON audit_purges
    USING (tenant_id = aih_current_tenant()) WITH CHECK (tenant_id = aih_current_tenant());

GRANT SELECT, INSERT ON audit_log, audit_checkpoints TO aih_app;
GRANT SELECT, INSERT ON audit_subject_keys TO aih_app;
GRANT UPDATE (wrapped_key, erased_at) ON audit_subject_keys TO aih_app;
GRANT SELECT ON audit_purges, audit_retention TO aih_app;

CREATE FUNCTION aih_audit_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'audit_log'
           AND current_setting('aih.audit_purging', true) = 'on' THEN
            RETURN OLD;
        END IF;
        RAISE EXCEPTION 'audit trail is append-only: % on % refused', TG_OP, TG_TABLE_NAME
            USING ERRCODE = 'insufficient_privilege';
    END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION aih_audit_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION aih_audit_append_only();
CREATE TRIGGER audit_checkpoints_append_only BEFORE UPDATE OR DELETE ON audit_checkpoints
    FOR EACH ROW EXECUTE FUNCTION aih_audit_append_only();
CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON audit_checkpoints
    FOR EACH STATEMENT EXECUTE FUNCTION aih_audit_append_only();
CREATE TRIGGER audit_purges_append_only BEFORE UPDATE OR DELETE ON audit_purges
    FOR EACH ROW EXECUTE FUNCTION aih_audit_append_only();
CREATE TRIGGER audit_purges_no_truncate BEFORE TRUNCATE ON audit_purges
    FOR EACH STATEMENT EXECUTE FUNCTION aih_audit_append_only();

-- The only way rows leave audit_log: entries of the transaction's own tenant older than its
-- plan's retention, oldest first, so the retained rows still form one chain. The policy lives
-- here, not in the caller, so the application role cannot purge more than the plan allows;
-- every purge leaves a row in audit_purges (the new anchor of the chain), and aihd adds an
-- `audit.purge` entry to the chain in the same transaction.
CREATE FUNCTION aih_audit_purge()
    RETURNS TABLE (rows_purged bigint, through_seq bigint, anchor_hash bytea, retention_days integer)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
    DECLARE
        tenant uuid := aih_current_tenant();
        keep integer;
        last_seq bigint;
        last_hash bytea;
        last_at timestamptz;
        removed bigint;
    BEGIN
        IF tenant IS NULL THEN
            RAISE EXCEPTION 'aih_audit_purge needs a tenant transaction';
        END IF;
        SELECT r.days INTO keep FROM tenants t JOIN audit_retention r USING (subscription_tier)
            WHERE t.id = tenant;
        SELECT a.seq, a.hash, a.occurred_at INTO last_seq, last_hash, last_at FROM audit_log a
            WHERE a.tenant_id = tenant AND a.occurred_at < now() - make_interval(days => keep)
            ORDER BY a.occurred_at DESC, a.seq DESC LIMIT 1;
        IF last_seq IS NULL THEN
            RETURN;
        END IF;
        PERFORM set_config('aih.audit_purging', 'on', true);
        DELETE FROM audit_log a WHERE a.tenant_id = tenant AND a.seq <= last_seq;
        GET DIAGNOSTICS removed = ROW_COUNT;
        PERFORM set_config('aih.audit_purging', 'off', true);
        INSERT INTO audit_purges (tenant_id, through_seq, anchor_hash, anchor_at, rows_purged, retention_days)
            VALUES (tenant, last_seq, last_hash, last_at, removed, keep);
        RETURN QUERY SELECT removed, last_seq, last_hash, keep;
    END $$;

-- Free-text search for the transaction's own tenant. ILIKE is not leakproof, so under row-level
-- security PostgreSQL may not use it as an index condition and would scan every row the policy
-- admits; running as the owner with the tenant condition written out lets the trigram index
-- answer it. It returns only what aih_app could read itself.
CREATE FUNCTION aih_audit_search(pattern text)
    RETURNS TABLE (seq bigint)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public ROWS 100
    AS $$
        SELECT a.seq FROM audit_log a
        WHERE a.tenant_id = aih_current_tenant()
          AND aih_audit_search_text(a.action, a.resource_type, a.resource_id, a.path, a.error_detail,
                                    a.request_id, a.metadata) ILIKE pattern
    $$;

-- Background maintenance works across tenants: which tenants' chains moved past their latest
-- checkpoint, or hold entries older than their plan keeps.
CREATE FUNCTION aih_audit_tenants_due(checkpoint_older_than interval)
    RETURNS TABLE (tenant_id uuid, needs_checkpoint boolean, needs_purge boolean)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
        SELECT t.id,
               head.seq > coalesce(cp.seq, 0) AND coalesce(cp.signed_at < now() - checkpoint_older_than, true),
               EXISTS (SELECT 1 FROM audit_log o WHERE o.tenant_id = t.id
                       AND o.occurred_at < now() - make_interval(days => r.days))
        FROM tenants t
        JOIN audit_retention r USING (subscription_tier)
        JOIN LATERAL (SELECT a.seq FROM audit_log a WHERE a.tenant_id = t.id ORDER BY a.seq DESC LIMIT 1) head
            ON true
        LEFT JOIN LATERAL (SELECT c.seq, c.signed_at FROM audit_checkpoints c WHERE c.tenant_id = t.id
                           ORDER BY c.seq DESC LIMIT 1) cp ON true
    $$;

REVOKE ALL ON FUNCTION aih_audit_purge(), aih_audit_tenants_due(interval), aih_audit_search(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aih_audit_purge(), aih_audit_tenants_due(interval), aih_audit_search(text) TO aih_app;
GRANT EXECUTE ON FUNCTION aih_audit_search_text(text, text, text, text, text, text, json) TO aih_app;
