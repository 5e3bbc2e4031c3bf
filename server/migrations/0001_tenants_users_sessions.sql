-- Tenants, users and sign-in sessions, with row-level security keyed on aih.tenant_id.
--
-- Roles: the role that runs migrations owns the tables. Requests run as aih_app (NOLOGIN,
-- NOBYPASSRLS), which every pooled connection switches to with SET ROLE; RLS is enabled on
-- every tenant-owned table, so aih_app sees only the rows of the tenant set for the
-- current transaction, and nothing when none is set.

DO $$
BEGIN
    CREATE ROLE aih_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL; -- roles are cluster-wide: another database of this cluster created it first
END
$$;
GRANT aih_app TO CURRENT_USER;
GRANT USAGE ON SCHEMA public TO aih_app;

CREATE FUNCTION aih_current_tenant() RETURNS uuid
    LANGUAGE sql STABLE
    AS $$ SELECT NULLIF(current_setting('aih.tenant_id', true), '')::uuid $$;

CREATE TABLE tenants (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name                text NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
    slug                text NOT NULL UNIQUE
                        CHECK (length(slug) BETWEEN 3 AND 63 AND slug ~ '^[a-z0-9](-?[a-z0-9])*$'),
    domain              text UNIQUE,
    subscription_tier   text NOT NULL DEFAULT 'free'
                        CHECK (subscription_tier IN ('free', 'basic', 'pro', 'enterprise')),
    subscription_status text NOT NULL DEFAULT 'active',
    user_limit          integer NOT NULL DEFAULT 5 CHECK (user_limit >= 0),
    api_rate_limit      integer NOT NULL DEFAULT 1000 CHECK (api_rate_limit >= 0),
    settings            jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id       uuid NOT NULL REFERENCES tenants (id),
    email           text NOT NULL CHECK (length(email) <= 254),
    name            text CHECK (length(name) <= 255),
    role            text NOT NULL DEFAULT 'user' CHECK (role IN ('admin', 'manager', 'user')),
    -- libsodium's argon2id string: algorithm, version, memory, passes and salt travel with it.
    password_hash   text,
    active          boolean NOT NULL DEFAULT true,
    api_usage_count bigint NOT NULL DEFAULT 0,
    last_login_at   timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_tenant_email ON users (tenant_id, lower(email));
CREATE INDEX users_tenant_created ON users (tenant_id, created_at, id);

-- A session is one sign-in; its refresh tokens form a family that rotates on every use.
CREATE TABLE sessions (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id    uuid NOT NULL REFERENCES tenants (id),
    user_id      uuid NOT NULL REFERENCES users (id),
    ip_address   text,
    user_agent   text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    revoked_at   timestamptz,
    revoke_reason text
);
CREATE INDEX sessions_user ON sessions (tenant_id, user_id) WHERE revoked_at IS NULL;

CREATE TABLE refresh_tokens (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id   uuid NOT NULL REFERENCES tenants (id),
    session_id  uuid NOT NULL REFERENCES sessions (id),
    -- SHA-256 of a 256-bit random token: a slow hash adds nothing for secrets this strong.
    token_hash  bytea NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz
);
CREATE INDEX refresh_tokens_session ON refresh_tokens (session_id);

ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
ALTER TABLE refresh_tokens ENABLE ROW LEVEL SECURITY;

CREATE POLICY tenant_isolation ON tenants
    USING (id = aih_current_tenant()) WITH CHECK (id = aih_current_tenant());
CREATE POLICY tenant_isolation ON users
    USING (tenant_id = aih_current_tenant()) WITH CHECK (tenant_id = aih_current_tenant());
CREATE POLICY tenant_isolation ON sessions
    USING (tenant_id = aih_current_tenant()) WITH CHECK (tenant_id = aih_current_tenant());
CREATE POLICY tenant_isolation ON refresh_tokens
    USING (tenant_id = aih_current_tenant()) WITH CHECK (tenant_id = aih_current_tenant());

GRANT SELECT, INSERT, UPDATE ON tenants, users, sessions, refresh_tokens TO aih_app;

-- Cross-tenant lookups the request path needs before it knows the tenant. They run as the
-- owner (SECURITY DEFINER) and return only what selecting a tenant requires.
CREATE FUNCTION aih_find_tenant(key text)
    RETURNS TABLE (id uuid, slug text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$ SELECT t.id, t.slug FROM tenants t WHERE t.slug = key OR t.id::text = lower(key) LIMIT 1 $$;

CREATE FUNCTION aih_refresh_token_tenant(hash bytea)
    RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$ SELECT r.tenant_id FROM refresh_tokens r WHERE r.token_hash = hash $$;

REVOKE ALL ON FUNCTION aih_find_tenant(text), aih_refresh_token_tenant(bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aih_find_tenant(text), aih_refresh_token_tenant(bytea) TO aih_app;
GRANT EXECUTE ON FUNCTION aih_current_tenant() TO aih_app;
