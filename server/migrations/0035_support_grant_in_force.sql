-- A support grant is in force while it is neither revoked nor expired and the admin who gave it
-- is still an active admin of the tenant: a grant is the admin's consent, so it ends with their
-- rights (demoted, deactivated, erased or deleted), as their API keys' admin scope does. One
-- definition for every statement that asks (support/SupportGrantStore.cpp). Invoker's rights:
-- row-level security scopes both tables to the caller's tenant.
CREATE FUNCTION aih_support_grant_in_force(g support_grants)
    RETURNS boolean
    LANGUAGE sql STABLE SET search_path = pg_catalog, public
    AS $$
        SELECT g.revoked_at IS NULL AND g.expires_at > now()
           AND EXISTS (SELECT 1 FROM users u
                        WHERE u.id = g.granted_by AND u.active AND u.role = 'admin' AND u.erased_at IS NULL)
    $$;
GRANT EXECUTE ON FUNCTION aih_support_grant_in_force(support_grants) TO aih_app;

-- And the end is recorded as it happens, as a revocation: the grant shows as ended by the change,
-- and an admin promoted again gives consent anew rather than finding the old grant back in force.
CREATE FUNCTION aih_end_support_grants_of_former_admin()
    RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public
    AS $$
    BEGIN
        IF OLD.role = 'admin' AND (NEW.role <> 'admin' OR NOT NEW.active OR NEW.erased_at IS NOT NULL) THEN
            UPDATE support_grants
               SET revoked_at = now()
             WHERE granted_by = NEW.id AND revoked_at IS NULL AND expires_at > now();
        END IF;
        RETURN NULL;
    END
    $$;
CREATE TRIGGER users_end_support_grants AFTER UPDATE OF role, active, erased_at ON users
    FOR EACH ROW EXECUTE FUNCTION aih_end_support_grants_of_former_admin();
