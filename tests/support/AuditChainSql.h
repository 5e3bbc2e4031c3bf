// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace aih::test {

/// The chain hash of docs/api.md "Audit log", written again in SQL from the documentation alone: an
/// independent implementation that proves an auditor can recompute every hash, and lets tests
/// rewrite history the way an attacker with the database owner's password could. Creates
/// session-local functions (pg_temp): pg_temp.aih_entry_hash(audit_log, prev bytea) and
/// pg_temp.aih_rehash(tenant uuid), which recomputes every link and hash of a tenant's chain.
inline constexpr const char* auditChainSql = R"sql(
CREATE OR REPLACE FUNCTION pg_temp.aih_field(v text) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN v IS NULL THEN '\x00'::bytea
                ELSE '\x01'::bytea || int4send(octet_length(convert_to(v, 'UTF8'))) || convert_to(v, 'UTF8') END $$;
CREATE OR REPLACE FUNCTION pg_temp.aih_bytes(v bytea) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN v IS NULL THEN '\x00'::bytea ELSE '\x01'::bytea || int4send(length(v)) || v END $$;
CREATE OR REPLACE FUNCTION pg_temp.aih_entry_hash(a audit_log, prev bytea) RETURNS bytea LANGUAGE sql AS $$
    SELECT sha256(convert_to('aih-audit-v1', 'UTF8') || prev
        || pg_temp.aih_field(a.tenant_id::text) || pg_temp.aih_field(a.seq::text) || pg_temp.aih_field(a.id::text)
        || pg_temp.aih_field(((extract(epoch FROM a.occurred_at) * 1000000)::bigint)::text)
        || pg_temp.aih_field(a.action) || pg_temp.aih_field(a.actor_type) || pg_temp.aih_field(a.actor_id::text)
        || pg_temp.aih_field(a.actor_role) || pg_temp.aih_field(a.api_key_id::text)
        || pg_temp.aih_field(a.subject_id::text) || pg_temp.aih_field(a.resource_type)
        || pg_temp.aih_field(a.resource_id) || pg_temp.aih_field(a.ip_address) || pg_temp.aih_field(a.user_agent)
        || pg_temp.aih_field(a.method) || pg_temp.aih_field(a.path) || pg_temp.aih_field(a.request_id)
        || pg_temp.aih_field(a.success::text) || pg_temp.aih_field(a.error_detail)
        || pg_temp.aih_field(a.metadata::text) || pg_temp.aih_bytes(a.actor_sealed)
        || pg_temp.aih_bytes(a.subject_sealed)) $$;
CREATE OR REPLACE FUNCTION pg_temp.aih_rehash(tenant uuid) RETURNS void LANGUAGE plpgsql AS $$
    DECLARE
        r audit_log;
        previous bytea;
    BEGIN
        FOR r IN SELECT * FROM audit_log WHERE tenant_id = tenant ORDER BY seq LOOP
            IF previous IS NOT NULL THEN
                r.prev_hash := previous;
            ELSIF r.seq = 1 THEN
                r.prev_hash := decode(repeat('00', 32), 'hex');
            END IF;
            previous := pg_temp.aih_entry_hash(r, r.prev_hash);
            UPDATE audit_log SET prev_hash = r.prev_hash, hash = previous WHERE tenant_id = tenant AND seq = r.seq;
        END LOOP;
    END $$;
)sql";

} // namespace aih::test
