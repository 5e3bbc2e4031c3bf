-- A notice whose cause repeats (every verification finds the same break in an audit chain, Stripe
-- delivers an event again until it is acknowledged) carries a key: each recipient gets one message
-- per key, however often the cause is seen.
ALTER TABLE mail_outbox ADD COLUMN dedupe_key text CHECK (length(dedupe_key) <= 200);
CREATE UNIQUE INDEX mail_outbox_dedupe ON mail_outbox (tenant_id, recipient, dedupe_key)
    WHERE dedupe_key IS NOT NULL;
