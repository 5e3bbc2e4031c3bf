-- White-label customisation: per-tenant branding, uploaded brand assets (content-addressed by
-- SHA-256) and custom-domain claims. A verified domain is written to tenants.domain, whose
-- UNIQUE constraint makes "one tenant per domain" hold even under concurrent verifications.

CREATE TABLE branding_assets (
    tenant_id   uuid NOT NULL REFERENCES tenants (id),
    sha256      text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    media_type  text NOT NULL
                CHECK (media_type IN ('image/png', 'image/jpeg', 'image/webp', 'image/vnd.microsoft.icon')),
    width       integer NOT NULL CHECK (width > 0),
    height      integer NOT NULL CHECK (height > 0),
    byte_size   integer NOT NULL CHECK (byte_size > 0),
    content     bytea NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, sha256)
);

CREATE TABLE branding (
    tenant_id              uuid PRIMARY KEY REFERENCES tenants (id),
    company_name           text NOT NULL DEFAULT '' CHECK (length(company_name) <= 100),
    primary_color          text NOT NULL CHECK (primary_color ~ '^#[0-9A-Fa-f]{6}$'),
    secondary_color        text NOT NULL CHECK (secondary_color ~ '^#[0-9A-Fa-f]{6}$'),
    accent_color           text NOT NULL CHECK (accent_color ~ '^#[0-9A-Fa-f]{6}$'),
    welcome_message        text NOT NULL DEFAULT '' CHECK (length(welcome_message) <= 500),
    footer_text            text NOT NULL DEFAULT '' CHECK (length(footer_text) <= 300),
    -- Only ever the sanitiser's output, never what the tenant sent.
    custom_css             text NOT NULL DEFAULT '' CHECK (octet_length(custom_css) <= 131072),
    logo_sha256            text,
    favicon_sha256         text,
    show_meditations       boolean NOT NULL DEFAULT true,
    show_gurus             boolean NOT NULL DEFAULT true,
    hide_platform_branding boolean NOT NULL DEFAULT false,
    updated_at             timestamptz NOT NULL DEFAULT now(),
    updated_by             uuid REFERENCES users (id),
    FOREIGN KEY (tenant_id, logo_sha256) REFERENCES branding_assets (tenant_id, sha256),
    FOREIGN KEY (tenant_id, favicon_sha256) REFERENCES branding_assets (tenant_id, sha256)
);

-- One claim per tenant. Pending claims of the same name by several tenants may coexist: only
-- the DNS proof decides, so nobody can squat a name by claiming it first.
CREATE TABLE custom_domains (
    tenant_id    uuid PRIMARY KEY REFERENCES tenants (id),
    domain       text NOT NULL CHECK (domain = lower(domain) AND length(domain) BETWEEN 3 AND 253),
    token        text NOT NULL CHECK (token ~ '^[0-9a-f]{32}$'),
    status       text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'verified')),
    created_at   timestamptz NOT NULL DEFAULT now(),
    checked_at   timestamptz,
    verified_at  timestamptz,
    last_error   text
);

ALTER TABLE branding_assets ENABLE ROW LEVEL SECURITY;
ALTER TABLE branding ENABLE ROW LEVEL SECURITY;
ALTER TABLE custom_domains ENABLE ROW LEVEL SECURITY;

CREATE POLICY tenant_isolation ON branding_assets
    USING (tenant_id = aih_current_tenant()) WITH CHECK (tenant_id = aih_current_tenant());
CREATE POLICY tenant_isolation ON branding
    USING (tenant_id = aih_current_tenant()) WITH CHECK (tenant_id = aih_current_tenant());
CREATE POLICY tenant_isolation ON custom_domains
    USING (tenant_id = aih_current_tenant()) WITH CHECK (tenant_id = aih_current_tenant());

GRANT SELECT, INSERT, DELETE ON branding_assets TO aih_app;
GRANT SELECT, INSERT, UPDATE ON branding TO aih_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON custom_domains TO aih_app;

-- Host resolution happens before the request knows its tenant: a verified domain selects the
-- tenant, with its tier so that a downgraded tenant's domain stops resolving.
CREATE FUNCTION aih_find_tenant_by_domain(host text)
    RETURNS TABLE (id uuid, subscription_tier text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$ SELECT t.id, t.subscription_tier FROM tenants t WHERE t.domain = lower(host) $$;
REVOKE ALL ON FUNCTION aih_find_tenant_by_domain(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aih_find_tenant_by_domain(text) TO aih_app;

-- Every instance caches host -> tenant; tell them all when a domain is won or given up.
CREATE FUNCTION aih_notify_domain() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        IF OLD.domain IS NOT NULL THEN
            PERFORM pg_notify('aih_invalidate', 'domain:' || OLD.domain);
        END IF;
        IF NEW.domain IS NOT NULL THEN
            PERFORM pg_notify('aih_invalidate', 'domain:' || NEW.domain);
        END IF;
        RETURN NULL;
    END $$;
CREATE TRIGGER tenants_domain_invalidate AFTER UPDATE OF domain ON tenants
    FOR EACH ROW WHEN (OLD.domain IS DISTINCT FROM NEW.domain) EXECUTE FUNCTION aih_notify_domain();
