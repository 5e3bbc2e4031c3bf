-- pgbench script: the statements aihd sends PostgreSQL for GET /api/enterprise/admin/users with
-- a signed-in admin's access token, once the session and its role are cached (auth/LiveSessions:
-- the actor check reads the database only after a change to the session or the user), written as
-- an application without aihd's round-trip savings sends them: a transaction, the tenant for
-- row-level security, the first page of 50 users (users/UserStore.cpp), COMMIT; four round trips.
-- aihd sends the same work in one, which scripts/bench-db-route measures too. The ids come in
-- with -D: tenant; after and after_id are '-' for the first page (NULL, as aihd binds them).
-- Run as aih_pool acting as aih_app (PGOPTIONS='-c role=aih_app'), as aihd's pool does.
-- scripts/bench-db-route runs it. The colons of the time formats are written \x3A: pgbench would take `:MI` for a variable.
BEGIN;
SELECT set_config('aih.tenant_id', :tenant, true);
SELECT id, tenant_id, email, coalesce(name, '') AS name, role, active,
       coalesce(password_hash, '') AS password_hash,
       email_verified_at IS NOT NULL AS email_verified,
       coalesce(to_char(last_login_at AT TIME ZONE 'UTC', E'YYYY-MM-DD"T"HH24\x3AMI\x3ASS"Z"'), '') AS last_login_at_utc,
       to_char(created_at AT TIME ZONE 'UTC', E'YYYY-MM-DD"T"HH24\x3AMI\x3ASS"Z"') AS created_at_utc,
       to_char(created_at AT TIME ZONE 'UTC', E'YYYY-MM-DD"T"HH24\x3AMI\x3ASS.US') AS created_at_micros
  FROM users
 WHERE erased_at IS NULL
   AND (nullif(:after::text, '-') IS NULL
        OR (created_at, id) > (nullif(:after::text, '-')::timestamp AT TIME ZONE 'UTC', nullif(:after_id::text, '-')::uuid))
 ORDER BY created_at, id
 LIMIT 51;
COMMIT;
