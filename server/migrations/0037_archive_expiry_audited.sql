-- A deleted tenant's archive expiring is recorded in its audit trail: the function now names the
-- tenants whose archive it deleted, and the caller records an entry for each in the same
-- transaction (offboarding/ClosureService::deleteDue). What it deletes is unchanged.
DROP FUNCTION aih_expire_tenant_archives(integer);
CREATE FUNCTION aih_expire_tenant_archives(keep_days integer)
    RETURNS SETOF uuid
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
    BEGIN
        UPDATE tenants t SET closing_archive_id = NULL
         WHERE t.deleted_at < now() - make_interval(days => keep_days) AND t.closing_archive_id IS NOT NULL;
        RETURN QUERY
            WITH gone AS (
                DELETE FROM tenant_archives a
                 USING tenants t
                 WHERE a.tenant_id = t.id AND t.deleted_at < now() - make_interval(days => keep_days)
             RETURNING a.tenant_id)
            SELECT DISTINCT g.tenant_id FROM gone g;
    END
    $$;
ALTER FUNCTION aih_expire_tenant_archives(integer) OWNER TO aih_definer;
REVOKE ALL ON FUNCTION aih_expire_tenant_archives(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aih_expire_tenant_archives(integer) TO aih_app;
