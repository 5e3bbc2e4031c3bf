-- Idempotency-Key on mutating POSTs: the first request with a key claims it, runs, and stores
-- its answer; a retry with the same key and the same request gets that answer again for 24 hours,
-- the same key with another request gets a 422, and one that arrives while the first still runs
-- gets a 409. A claim whose request died with its server is released after `locked_until`.
--
-- Keys belong to the credential that sent them (`scope`: a user, an API key, or the operator in a
-- tenant or on the platform): another caller's key is simply another key. Rows of an operator's
-- platform calls have no tenant and are seen only outside any tenant. The answer is sealed with a
-- server key (it may hold a secret shown once, such as a new API key), and the request is known
-- only by a keyed hash of it.
CREATE TABLE idempotency_keys (
    scope        text NOT NULL CHECK (length(scope) <= 120),
    key          text NOT NULL CHECK (length(key) BETWEEN 1 AND 255),
    tenant_id    uuid REFERENCES tenants (id) ON DELETE CASCADE,
    fingerprint  text NOT NULL,
    -- Who holds the claim: only its holder stores the answer or releases it.
    claim        uuid NOT NULL,
    status       integer,
    content_type text,
    body         bytea,
    locked_until timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    PRIMARY KEY (scope, key)
);
CREATE INDEX idempotency_keys_expiry ON idempotency_keys (tenant_id, expires_at);

ALTER TABLE idempotency_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE idempotency_keys FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON idempotency_keys
    USING (tenant_id IS NOT DISTINCT FROM aih_current_tenant())
    WITH CHECK (tenant_id IS NOT DISTINCT FROM aih_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON idempotency_keys TO aih_app;
