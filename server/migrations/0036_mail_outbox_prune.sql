-- The mail outbox kept every message it ever handled. A message sent or given up is kept for
-- `keep` (as the webhook delivery log is), then deleted, in every tenant; one with a dedupe key
-- stays, because it is what keeps its cause (a quota threshold, a key's expiry) from being mailed
-- again, and it holds no text by then (sending and giving up empty the bodies). Returns how many
-- went.
CREATE FUNCTION aih_mail_prune(keep interval)
    RETURNS bigint
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
        DECLARE
            removed bigint;
        BEGIN
            DELETE FROM mail_outbox m
             WHERE m.dedupe_key IS NULL AND coalesce(m.sent_at, m.abandoned_at) < now() - keep;
            GET DIAGNOSTICS removed = ROW_COUNT;
            RETURN removed;
        END
    $$;
ALTER FUNCTION aih_mail_prune(interval) OWNER TO aih_definer;
REVOKE ALL ON FUNCTION aih_mail_prune(interval) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aih_mail_prune(interval) TO aih_app;
