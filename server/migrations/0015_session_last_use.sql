-- When a session was last used, for the user's list of their own sessions. Set at sign-in and at
-- each refresh (an active client refreshes every 15 minutes), not on every request: a write per
-- request would cost more than the list is worth.
ALTER TABLE sessions ADD COLUMN last_used_at timestamptz;
UPDATE sessions SET last_used_at = created_at;
ALTER TABLE sessions ALTER COLUMN last_used_at SET DEFAULT now();
ALTER TABLE sessions ALTER COLUMN last_used_at SET NOT NULL;
