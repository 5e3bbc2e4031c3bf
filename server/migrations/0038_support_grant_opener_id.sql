-- A grant's last opener is kept as the operator account's id, as the tenant's audit entries name
-- operators, not by email: an operator's address is not the tenant's to keep (it went into the
-- tenant's archive, and an erased operator's would have stayed there in clear). Rows written
-- before name the operator by email: matched to the account's id, or 'erased' when none matches.
-- Both tables force row-level security on their owner too, so that is lifted for this update alone.
ALTER TABLE support_grants NO FORCE ROW LEVEL SECURITY;
ALTER TABLE users NO FORCE ROW LEVEL SECURITY;
UPDATE support_grants g
   SET last_opened_by = coalesce((SELECT u.id::text FROM users u
                                   WHERE u.tenant_id = aih_platform_tenant_id()
                                     AND lower(u.email) = lower(g.last_opened_by)), 'erased')
 WHERE g.last_opened_by LIKE '%@%';
ALTER TABLE users FORCE ROW LEVEL SECURITY;
ALTER TABLE support_grants FORCE ROW LEVEL SECURITY;
COMMENT ON COLUMN support_grants.last_opened_by IS 'the operator account (users.id in the platform tenant) that opened it last';
