-- tenants.closing_archive_id references tenant_archives: deleting an archive (a cancelled closing,
-- an expired one) looks for the tenants that point at it, by this index rather than by a scan.
CREATE INDEX tenants_closing_archive ON tenants (closing_archive_id) WHERE closing_archive_id IS NOT NULL;
