// SPDX-License-Identifier: Apache-2.0
#include "offboarding/TenantTables.h"

namespace aih::offboarding {

const std::vector<TenantTable>& tenantTables()
{
    static const std::vector<TenantTable> tables{
        {"tenants", ""},
        {"users", ""},
        {"sessions", ""},
        {"api_keys", ""},
        {"invitations", ""},
        {"totp_factors", ""},
        {"branding", ""},
        {"branding_assets", ""},
        {"custom_domains", ""},
        {"sso_connections", ""},
        {"sso_domains", ""},
        {"sso_identities", ""},
        {"scim_tokens", ""},
        {"scim_groups", ""},
        {"scim_group_members", ""},
        {"webhook_endpoints", ""},
        {"webhook_events", ""},
        {"webhook_deliveries", ""},
        {"support_grants", ""},
        {"gurus", ""},
        {"meditations", ""},
        {"usage_minute", ""},
        {"usage_hour", ""},
        {"usage_day", ""},
        {"usage_week", ""},
        {"usage_tenant_minute", ""},
        {"usage_tenant_hour", ""},
        {"usage_tenant_day", ""},
        {"usage_periods", ""},
        {"billing_history", ""},
        {"stripe_events", ""},
        {"tenant_tier_history", ""},
        {"audit_log", ""},
        {"audit_checkpoints", ""},
        {"audit_purges", ""},
        {"refresh_tokens", "credentials only"},
        {"account_tokens", "credentials only: pending password-reset and verification links"},
        {"mfa_recovery_codes", "credentials only"},
        {"mfa_challenges", "sign-ins in progress, valid for minutes"},
        {"sso_sign_ins", "sign-ins in progress, valid for minutes"},
        {"sso_saml_assertions", "replay guard of SAML assertions already used"},
        {"idempotency_keys", "stored answers to retried requests, kept for a day"},
        {"mail_outbox", "mail to send, which carries one-time links"},
        {"audit_subject_keys", "wrapped keys that only this deployment can open"},
        {"tenant_archives", "the archive itself"},
        {"tenant_archive_chunks", "the archive itself"},
    };
    return tables;
}

} // namespace aih::offboarding
