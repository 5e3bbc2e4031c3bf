-- Admin analytics read the usage rollups; the platform operator's view reads every tenant's.

-- Analytics answer from as few rows as the range allows: calls over time and per status class
-- from per-tenant rollups (no key dimension, so a bucket is at most five rows), and calls per
-- key from the coarsest per-key rollups that tile the range, weeks included (a 90-day range
-- is then at most 13 weeks and 12 days per key instead of 90 days).
CREATE TABLE usage_tenant_minute (
    tenant_id    uuid NOT NULL REFERENCES tenants (id),
    bucket       timestamptz NOT NULL,
    status_class smallint NOT NULL CHECK (status_class BETWEEN 1 AND 5),
    calls        bigint NOT NULL,
    PRIMARY KEY (tenant_id, bucket, status_class)
);
CREATE TABLE usage_tenant_hour (LIKE usage_tenant_minute INCLUDING ALL);
CREATE TABLE usage_tenant_day (LIKE usage_tenant_minute INCLUDING ALL);
-- The per-key rollups that tile a range carry calls in their primary key, so summing up to 23
-- hours, 6 days or 13 weeks of every key is an index-only scan instead of a heap visit per
-- row. The price: an update of calls is no longer HOT (bottom-up deletion keeps the churn small).
ALTER TABLE usage_hour DROP CONSTRAINT usage_hour_pkey,
    ADD PRIMARY KEY (tenant_id, bucket, api_key_id, status_class) INCLUDE (calls);
ALTER TABLE usage_day DROP CONSTRAINT usage_day_pkey,
    ADD PRIMARY KEY (tenant_id, bucket, api_key_id, status_class) INCLUDE (calls);
CREATE TABLE usage_week (LIKE usage_day INCLUDING ALL);
ALTER TABLE usage_tenant_hour ADD FOREIGN KEY (tenant_id) REFERENCES tenants (id);
ALTER TABLE usage_tenant_day ADD FOREIGN KEY (tenant_id) REFERENCES tenants (id);
ALTER TABLE usage_week ADD FOREIGN KEY (tenant_id) REFERENCES tenants (id);

ALTER TABLE usage_tenant_minute ENABLE ROW LEVEL SECURITY;
ALTER TABLE usage_tenant_hour ENABLE ROW LEVEL SECURITY;
ALTER TABLE usage_tenant_day ENABLE ROW LEVEL SECURITY;
ALTER TABLE usage_week ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON usage_tenant_minute
    USING (tenant_id = aih_current_tenant()) WITH CHECK (tenant_id = aih_current_tenant());
CREATE POLICY tenant_isolation ON usage_tenant_hour
    USING (tenant_id = aih_current_tenant()) WITH CHECK (tenant_id = aih_current_tenant());
CREATE POLICY tenant_isolation ON usage_tenant_day
    USING (tenant_id = aih_current_tenant()) WITH CHECK (tenant_id = aih_current_tenant());
CREATE POLICY tenant_isolation ON usage_week
    USING (tenant_id = aih_current_tenant()) WITH CHECK (tenant_id = aih_current_tenant());
GRANT SELECT, INSERT, UPDATE ON usage_tenant_minute, usage_tenant_hour, usage_tenant_day, usage_week TO aih_app;

-- What was metered before this migration, in the new rollups (weeks start on Monday, UTC).
INSERT INTO usage_tenant_minute SELECT tenant_id, bucket, status_class, sum(calls) FROM usage_minute GROUP BY 1, 2, 3;
INSERT INTO usage_tenant_hour SELECT tenant_id, bucket, status_class, sum(calls) FROM usage_hour GROUP BY 1, 2, 3;
INSERT INTO usage_tenant_day SELECT tenant_id, bucket, status_class, sum(calls) FROM usage_day GROUP BY 1, 2, 3;
INSERT INTO usage_week
    SELECT tenant_id, api_key_id, date_trunc('week', bucket, 'UTC'), status_class, sum(calls)
    FROM usage_day GROUP BY 1, 2, 3, 4;

-- Minute rollups are kept for 48 hours and hour rollups for 400 days (day rollups for good):
-- the metering flush deletes a tenant's older rows in the same transaction that writes new
-- ones, so the fine-grained tables stay bounded by traffic of the recent past.
GRANT DELETE ON usage_minute, usage_hour, usage_tenant_minute TO aih_app;

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
        CROSS JOIN LATERAL (SELECT sum(h.calls) AS calls FROM usage_tenant_hour h
                            WHERE h.tenant_id = t.id AND h.bucket >= since) c
    $$;

REVOKE ALL ON FUNCTION aih_platform_tenants(), aih_platform_calls_since(timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aih_platform_tenants(), aih_platform_calls_since(timestamptz) TO aih_app;
