-- Admin analytics read the usage rollups; the platform operator's view reads every tenant's.

-- Minute rollups are kept for 48 hours and hour rollups for 400 days (day rollups for good):
-- the metering flush deletes a tenant's older rows in the same transaction that writes new
-- ones, so the fine-grained tables stay bounded by traffic of the recent past.
GRANT DELETE ON usage_minute, usage_hour TO aih_app;

-- Every tenant's tier, status and since when it is in that status, for the operator. Past due
-- counts from past_due_since; any other status from the last change of the tenant row.
CREATE FUNCTION aih_platform_tenants()
    RETURNS TABLE (id uuid, slug text, tier text, status text, since timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
        SELECT t.id, t.slug, t.subscription_tier, t.subscription_status,
               CASE WHEN t.subscription_status = 'past_due' THEN coalesce(t.past_due_since, t.updated_at)
                    ELSE t.updated_at END
        FROM tenants t
    $$;

-- Calls of all tenants in hour buckets from `since` on: one primary-key range scan per tenant,
-- so no index on the bucket alone has to be kept up by every flush.
CREATE FUNCTION aih_platform_calls_since(since timestamptz)
    RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
        SELECT coalesce(sum(c.calls), 0)::bigint
        FROM tenants t
        CROSS JOIN LATERAL (SELECT sum(h.calls) AS calls FROM usage_hour h
                            WHERE h.tenant_id = t.id AND h.bucket >= since) c
    $$;

REVOKE ALL ON FUNCTION aih_platform_tenants(), aih_platform_calls_since(timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aih_platform_tenants(), aih_platform_calls_since(timestamptz) TO aih_app;
