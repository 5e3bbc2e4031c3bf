-- A tenant is found by its id or by its slug, never by "either": aih_find_tenant matched
-- `slug = key OR id = key`, so a tenant whose slug spelled another tenant's id could capture
-- requests and sign-ins meant for that tenant. Slugs that PostgreSQL would read as a UUID (32 hex
-- digits, a hyphen allowed after any group of four) are refused from now on; NOT VALID leaves any such slug already taken
-- in place, and it is harmless now: a key that reads as a UUID is only ever looked up as an id.

ALTER TABLE tenants ADD CONSTRAINT tenants_slug_not_uuid CHECK (slug !~ '^[0-9a-f]{4}(-?[0-9a-f]{4}){7}$') NOT VALID;

DROP FUNCTION aih_find_tenant(text);

CREATE FUNCTION aih_find_tenant_by_id(key uuid)
    RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$ SELECT t.id FROM tenants t WHERE t.id = key $$;

CREATE FUNCTION aih_find_tenant_by_slug(key text)
    RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$ SELECT t.id FROM tenants t WHERE t.slug = key $$;

ALTER FUNCTION aih_find_tenant_by_id(uuid) OWNER TO aih_definer;
ALTER FUNCTION aih_find_tenant_by_slug(text) OWNER TO aih_definer;
REVOKE ALL ON FUNCTION aih_find_tenant_by_id(uuid), aih_find_tenant_by_slug(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aih_find_tenant_by_id(uuid), aih_find_tenant_by_slug(text) TO aih_app;
