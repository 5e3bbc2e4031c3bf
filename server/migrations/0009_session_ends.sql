-- Every instance keeps which sessions are live, so that routes answered from memory (the content
-- catalogue, rate-limit status) also refuse an ended session at once: ending one tells them all.
CREATE FUNCTION aih_notify_session_ended() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM pg_notify('aih_invalidate', 'session:' || NEW.id);
        RETURN NULL;
    END $$;

CREATE TRIGGER sessions_ended AFTER UPDATE OF revoked_at ON sessions
    FOR EACH ROW WHEN (OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL)
    EXECUTE FUNCTION aih_notify_session_ended();
