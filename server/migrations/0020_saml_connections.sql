-- Single sign-on over SAML 2.0 beside OpenID Connect.
--
-- A SAML connection is its identity provider's metadata document, as the admin pasted it: the
-- provider's entity id (kept in `issuer`), its sign-in endpoint and its signing certificates.
-- It has no client id or scopes; those checks now apply to OpenID Connect connections only.
ALTER TABLE sso_connections DROP CONSTRAINT sso_connections_protocol_check,
                            DROP CONSTRAINT sso_connections_client_id_check,
                            ADD COLUMN idp_metadata text CHECK (length(idp_metadata) <= 200000),
                            ADD CONSTRAINT sso_connections_protocol_check CHECK (
                                (protocol = 'oidc' AND length(client_id) BETWEEN 1 AND 255 AND idp_metadata IS NULL)
                                OR (protocol = 'saml' AND client_id = '' AND idp_metadata IS NOT NULL));

-- The assertions a connection accepted, until they expire: one is never accepted twice, even
-- if it arrives with a fresh sign-in of its own.
CREATE TABLE sso_saml_assertions (
    connection_id uuid NOT NULL REFERENCES sso_connections (id) ON DELETE CASCADE,
    tenant_id     uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    assertion_id  text NOT NULL CHECK (length(assertion_id) BETWEEN 1 AND 256),
    expires_at    timestamptz NOT NULL,
    PRIMARY KEY (connection_id, assertion_id)
);
CREATE INDEX sso_saml_assertions_expiry ON sso_saml_assertions (expires_at);
ALTER TABLE sso_saml_assertions ENABLE ROW LEVEL SECURITY;
ALTER TABLE sso_saml_assertions FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON sso_saml_assertions USING (tenant_id = aih_current_tenant())
    WITH CHECK (tenant_id = aih_current_tenant());
GRANT SELECT, INSERT, DELETE ON sso_saml_assertions TO aih_app;

-- A provider fetches a connection's service-provider metadata without any tenant context: this
-- says whether the id is a SAML connection, and nothing else.
CREATE POLICY definer_access ON sso_connections TO aih_definer USING (true) WITH CHECK (true);
GRANT SELECT (id, protocol) ON sso_connections TO aih_definer;
CREATE FUNCTION aih_sso_is_saml_connection(connection uuid)
    RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$ SELECT EXISTS (SELECT 1 FROM sso_connections c WHERE c.id = connection AND c.protocol = 'saml') $$;
ALTER FUNCTION aih_sso_is_saml_connection(uuid) OWNER TO aih_definer;
REVOKE ALL ON FUNCTION aih_sso_is_saml_connection(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aih_sso_is_saml_connection(uuid) TO aih_app;
