-- Which shares of the monthly quota a tenant is told about, chosen by its admins: each one reached
-- is announced once per period as the webhook event usage.threshold and an audit entry, and by mail
-- to the admins unless they turned the mail off. 50, 80 and 100 % until they choose.
ALTER TABLE tenants
    ADD COLUMN quota_thresholds smallint[] NOT NULL DEFAULT '{50,80,100}',
    ADD COLUMN quota_alert_mail boolean NOT NULL DEFAULT true,
    ADD CONSTRAINT tenants_quota_thresholds CHECK (
        cardinality(quota_thresholds) BETWEEN 1 AND 5
        AND 1 <= ALL (quota_thresholds) AND 100 >= ALL (quota_thresholds));
