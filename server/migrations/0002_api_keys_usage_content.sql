-- API keys, usage rollups, the content catalogue, and change notifications for caches.

CREATE TABLE api_keys (
    id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id              uuid NOT NULL REFERENCES tenants (id),
    user_id                uuid NOT NULL REFERENCES users (id),
    name                   text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    mode                   text NOT NULL DEFAULT 'live' CHECK (mode IN ('live', 'test')),
    -- Non-secret lookup id, shown in lists and embedded in the key itself.
    public_id              text NOT NULL UNIQUE,
    -- HMAC-SHA256 of the secret under a server key (see ApiKeyHasher for why not argon2id).
    secret_hash            text NOT NULL,
    -- After a rotation the previous secret stays valid until previous_valid_until.
    previous_secret_hash   text,
    previous_valid_until   timestamptz,
    previous_last_used_at  timestamptz,
    rotated_at             timestamptz,
    scopes                 text[] NOT NULL CHECK (scopes <@ ARRAY['read', 'write', 'admin'] AND cardinality(scopes) > 0),
    rate_limit             integer NOT NULL CHECK (rate_limit > 0),
    expires_at             timestamptz,
    created_at             timestamptz NOT NULL DEFAULT now(),
    last_used_at           timestamptz,
    usage_count            bigint NOT NULL DEFAULT 0,
    revoked_at             timestamptz
);
CREATE INDEX api_keys_owner ON api_keys (tenant_id, user_id, created_at, id);
CREATE INDEX api_keys_tenant ON api_keys (tenant_id, created_at, id);

-- Usage rollups per tenant, key (the nil UUID for signed-in sessions), status class and bucket.
-- Written in batches by the metering flusher, never once per request.
CREATE TABLE usage_minute (
    tenant_id    uuid NOT NULL REFERENCES tenants (id),
    api_key_id   uuid NOT NULL,
    bucket       timestamptz NOT NULL,
    status_class smallint NOT NULL CHECK (status_class BETWEEN 1 AND 5),
    calls        bigint NOT NULL,
    PRIMARY KEY (tenant_id, bucket, api_key_id, status_class)
);
CREATE TABLE usage_hour (LIKE usage_minute INCLUDING ALL);
CREATE TABLE usage_day (LIKE usage_minute INCLUDING ALL);
ALTER TABLE usage_hour ADD FOREIGN KEY (tenant_id) REFERENCES tenants (id);
ALTER TABLE usage_day ADD FOREIGN KEY (tenant_id) REFERENCES tenants (id);

-- The content catalogue: platform entries (tenant_id NULL) visible to every tenant, plus a
-- tenant's own additions.
CREATE TABLE gurus (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id   uuid REFERENCES tenants (id),
    kind        text NOT NULL CHECK (kind ~ '^[a-z][a-z0-9_-]{0,31}$'),
    name        text NOT NULL,
    tagline     text NOT NULL,
    description text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX gurus_kind ON gurus (kind);
CREATE TABLE meditations (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id        uuid REFERENCES tenants (id),
    title            text NOT NULL,
    guru_kind        text NOT NULL,
    duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 1 AND 180),
    description      text NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE api_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE usage_minute ENABLE ROW LEVEL SECURITY;
ALTER TABLE usage_hour ENABLE ROW LEVEL SECURITY;
ALTER TABLE usage_day ENABLE ROW LEVEL SECURITY;
ALTER TABLE gurus ENABLE ROW LEVEL SECURITY;
ALTER TABLE meditations ENABLE ROW LEVEL SECURITY;

CREATE POLICY tenant_isolation ON api_keys
    USING (tenant_id = aih_current_tenant()) WITH CHECK (tenant_id = aih_current_tenant());
CREATE POLICY tenant_isolation ON usage_minute
    USING (tenant_id = aih_current_tenant()) WITH CHECK (tenant_id = aih_current_tenant());
CREATE POLICY tenant_isolation ON usage_hour
    USING (tenant_id = aih_current_tenant()) WITH CHECK (tenant_id = aih_current_tenant());
CREATE POLICY tenant_isolation ON usage_day
    USING (tenant_id = aih_current_tenant()) WITH CHECK (tenant_id = aih_current_tenant());
-- Catalogue rows: the platform's are readable by every tenant, a tenant's only by itself.
CREATE POLICY catalogue_read ON gurus FOR SELECT
    USING (tenant_id IS NULL AND aih_current_tenant() IS NOT NULL OR tenant_id = aih_current_tenant());
CREATE POLICY tenant_write ON gurus FOR INSERT WITH CHECK (tenant_id = aih_current_tenant());
CREATE POLICY catalogue_read ON meditations FOR SELECT
    USING (tenant_id IS NULL AND aih_current_tenant() IS NOT NULL OR tenant_id = aih_current_tenant());
CREATE POLICY tenant_write ON meditations FOR INSERT WITH CHECK (tenant_id = aih_current_tenant());

GRANT SELECT, INSERT, UPDATE ON api_keys TO aih_app;
GRANT SELECT, INSERT, UPDATE ON usage_minute, usage_hour, usage_day TO aih_app;
GRANT SELECT, INSERT ON gurus, meditations TO aih_app;

-- Verifying a key happens before the request knows its tenant: the key's public id selects
-- the row, with what authorisation needs from its owner and tenant.
CREATE FUNCTION aih_find_api_key(key_public_id text)
    RETURNS TABLE (id uuid, tenant_id uuid, user_id uuid, secret_hash text, previous_secret_hash text,
                   previous_valid_until timestamptz, scopes text[], rate_limit integer,
                   expires_at timestamptz, revoked boolean, owner_role text, owner_active boolean,
                   tenant_tier text, tenant_status text, tenant_rate_limit integer)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
        SELECT k.id, k.tenant_id, k.user_id, k.secret_hash, k.previous_secret_hash, k.previous_valid_until,
               k.scopes, k.rate_limit, k.expires_at, k.revoked_at IS NOT NULL, u.role, u.active,
               t.subscription_tier, t.subscription_status, t.api_rate_limit
        FROM api_keys k JOIN users u ON u.id = k.user_id JOIN tenants t ON t.id = k.tenant_id
        WHERE k.public_id = key_public_id
    $$;
REVOKE ALL ON FUNCTION aih_find_api_key(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aih_find_api_key(text) TO aih_app;

-- Every instance caches verified keys, tenants' plans and the catalogue; these triggers tell
-- all of them (LISTEN aih_invalidate) the moment something they cached changes.
CREATE FUNCTION aih_notify_invalidate() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_TABLE_NAME = 'api_keys' THEN
            PERFORM pg_notify('aih_invalidate', 'key:' || NEW.public_id);
        ELSIF TG_TABLE_NAME = 'users' THEN
            IF NEW.role IS DISTINCT FROM OLD.role OR NEW.active IS DISTINCT FROM OLD.active THEN
                PERFORM pg_notify('aih_invalidate', 'user:' || NEW.id);
            END IF;
        ELSIF TG_TABLE_NAME = 'tenants' THEN
            IF NEW.subscription_tier IS DISTINCT FROM OLD.subscription_tier
               OR NEW.api_rate_limit IS DISTINCT FROM OLD.api_rate_limit
               OR NEW.subscription_status IS DISTINCT FROM OLD.subscription_status THEN
                PERFORM pg_notify('aih_invalidate', 'tenant:' || NEW.id);
            END IF;
        ELSE
            PERFORM pg_notify('aih_invalidate', 'content:' || coalesce(NEW.tenant_id::text, '*'));
        END IF;
        RETURN NULL;
    END $$;
-- Only the columns caches hold: usage counters written by the metering flush must not evict.
CREATE TRIGGER api_keys_invalidate
    AFTER UPDATE OF secret_hash, previous_secret_hash, previous_valid_until, scopes, rate_limit, expires_at,
                    revoked_at ON api_keys
    FOR EACH ROW EXECUTE FUNCTION aih_notify_invalidate();
CREATE TRIGGER users_invalidate AFTER UPDATE OF role, active ON users
    FOR EACH ROW EXECUTE FUNCTION aih_notify_invalidate();
CREATE TRIGGER tenants_invalidate AFTER UPDATE OF subscription_tier, subscription_status, api_rate_limit ON tenants
    FOR EACH ROW EXECUTE FUNCTION aih_notify_invalidate();
CREATE TRIGGER gurus_invalidate AFTER INSERT OR UPDATE ON gurus
    FOR EACH ROW EXECUTE FUNCTION aih_notify_invalidate();
CREATE TRIGGER meditations_invalidate AFTER INSERT OR UPDATE ON meditations
    FOR EACH ROW EXECUTE FUNCTION aih_notify_invalidate();

-- The platform's own catalogue.
INSERT INTO gurus (kind, name, tagline, description) VALUES
    ('spiritual', 'Asha', 'Stillness before answers',
     'Guides reflective practice drawn from contemplative traditions, one question at a time.'),
    ('spiritual', 'Tenzin', 'Compassion as a daily habit',
     'Short teachings on loving-kindness and on meeting difficulty with patience.'),
    ('mindfulness', 'Mira', 'Attention, gently trained',
     'Breath- and body-based exercises for focus during the working day.'),
    ('wellness', 'Kofi', 'Rest is productive',
     'Sleep, recovery and stress routines grounded in behavioural science.'),
    ('philosophy', 'Elena', 'Think clearly, live deliberately',
     'Stoic and existential prompts for decisions and setbacks.');
INSERT INTO meditations (title, guru_kind, duration_minutes, description) VALUES
    ('Morning arrival', 'mindfulness', 5, 'Settle into the day with three minutes of breath counting.'),
    ('Body scan for sleep', 'wellness', 20, 'A slow scan from head to feet that hands you over to sleep.'),
    ('Loving-kindness', 'spiritual', 12, 'Wish yourself, a friend, a stranger and a rival well.'),
    ('Evening review', 'philosophy', 8, 'Three questions to close the day without rumination.'),
    ('Walking meditation', 'mindfulness', 15, 'Attention on each step, indoors or out.');
