-- A plan change ends the current history row and starts the next at one instant. Until now that
-- instant was now(), the start of the transaction: a transaction that began first but changed the
-- plan second (it waited on the tenant's row lock, as concurrent Stripe deliveries do) ended a row
-- before it had begun, and the CHECK (held_until >= held_from) refused the whole delivery.
-- The instant is now the clock when the change is written, and never earlier than the row it ends.
CREATE OR REPLACE FUNCTION aih_record_tier_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
    DECLARE
        changed_at timestamptz := clock_timestamp();
    BEGIN
        IF TG_OP = 'UPDATE' THEN
            IF NEW.subscription_tier IS NOT DISTINCT FROM OLD.subscription_tier THEN
                RETURN NULL;
            END IF;
            SELECT greatest(changed_at, max(held_from)) INTO changed_at
                FROM tenant_tier_history
                WHERE tenant_id = NEW.id AND held_until IS NULL;
            UPDATE tenant_tier_history SET held_until = changed_at
                WHERE tenant_id = NEW.id AND held_until IS NULL;
        END IF;
        INSERT INTO tenant_tier_history (tenant_id, subscription_tier, held_from)
            VALUES (NEW.id, NEW.subscription_tier, changed_at);
        RETURN NULL;
    END $$;
