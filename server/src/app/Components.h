// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "accounts/EmailVerification.h"
#include "accounts/InvitationService.h"
#include "accounts/MailSender.h"
#include "accounts/PasswordService.h"
#include "analytics/AnalyticsService.h"
#include "apikeys/ApiKeyHasher.h"
#include "apikeys/ApiKeyService.h"
#include "apikeys/ApiKeyVerifier.h"
#include "apikeys/KeyLifecycle.h"
#include "audit/AuditKeys.h"
#include "audit/AuditLog.h"
#include "audit/AuditMaintenance.h"
#include "audit/AuditService.h"
#include "audit/DenialRecorder.h"
#include "auth/AuthService.h"
#include "auth/Authenticator.h"
#include "auth/LoginThrottle.h"
#include "auth/MfaService.h"
#include "auth/PasswordHasher.h"
#include "auth/PasswordPolicy.h"
#include "auth/SessionService.h"
#include "auth/TokenSigner.h"
#include "billing/BillingService.h"
#include "billing/GraceSweeper.h"
#include "billing/StripeClient.h"
#include "billing/WebhookService.h"
#include "branding/AssetService.h"
#include "branding/BrandingService.h"
#include "branding/DomainService.h"
#include "config/Config.h"
#include "content/ContentCatalog.h"
#include "db/ChangeListener.h"
#include "db/ConnectionPool.h"
#include "db/Database.h"
#include "gdpr/GdprService.h"
#include "http/RequestMetrics.h"
#include "metering/QuotaAlerts.h"
#include "metering/QuotaGuard.h"
#include "metering/UsageMeter.h"
#include "metering/UsageStore.h"
#include "observability/ConnectionCounters.h"
#include "observability/MetricsRegistry.h"
#include "offboarding/ClosureService.h"
#include "offboarding/DeletionSweeper.h"
#include "operators/OperatorService.h"
#include "ratelimit/FailoverRateLimiter.h"
#include "ratelimit/RequestLimits.h"
#include "redis/Client.h"
#include "scim/ScimService.h"
#include "scim/ScimTokenService.h"
#include "sso/OidcProviders.h"
#include "sso/SsoConnectionService.h"
#include "sso/SsoDomainService.h"
#include "sso/SsoKeys.h"
#include "sso/SsoSignInService.h"
#include "sso/SsoStartThrottle.h"
#include "support/SupportAccessService.h"
#include "tenancy/SignUpThrottle.h"
#include "tenancy/TenantDirectory.h"
#include "tenancy/TenantPlans.h"
#include "tenancy/TenantService.h"
#include "users/UserService.h"
#include "webhooks/WebhookDispatcher.h"
#include "webhooks/WebhookEndpointService.h"
#include "webhooks/WebhookSigning.h"

namespace aih::app {

/// The long-lived parts of a running server, built once at start-up in dependency order.
struct Components
{
    Components(const config::Config& config, const std::string& databaseUrl);

    /// Starts the background work: change notifications, usage flushing, billing grace, audit.
    void start();
    /// Stops it, writing out the usage and audit denials still in memory.
    void stop();
    /// Lists the metric sources in `metrics`; call once the components are built.
    void registerMetrics();

    /// Every component that reports to /metrics, in the order of the exposition.
    observability::MetricsRegistry metrics;
    http::RequestMetrics requestMetrics;
    observability::ConnectionCounters connections;
    /// One connection pool to the Redis primary for every Redis user; null without Redis.
    std::shared_ptr<redis::Client> redisClient;
    db::ConnectionPool pool;
    db::Database database;
    db::ChangeListener changes;
    tenancy::TenantPlans plans;
    auth::PasswordHasher hasher;
    auth::PasswordPolicy passwordPolicy;
    auth::TokenSigner signer;
    std::unique_ptr<auth::SignInThrottle> signInThrottle;
    apikeys::ApiKeyHasher keyHasher;
    apikeys::ApiKeyVerifier keyVerifier;
    audit::AuditKeys auditKeys;
    auth::MfaKeys mfaKeys;
    audit::AuditLog auditLog;
    apikeys::ApiKeyService keyService;
    auth::LiveSessions liveSessions;
    auth::Authenticator authenticator;
    ratelimit::FailoverRateLimiter rateLimiter;
    metering::QuotaGuard quotaGuard;
    ratelimit::RequestLimits requestLimits;
    tenancy::SignUpThrottle signUps;
    metering::UsageStore usageStore;
    metering::UsageMeter usageMeter;
    content::ContentCatalog catalog;
    tenancy::TenantDirectory tenantDirectory;
    tenancy::TenantService tenantService;
    auth::AuthService authService;
    users::UserService userService;
    billing::StripeClient stripe;
    billing::BillingService billingService;
    billing::WebhookService stripeWebhooks;
    billing::GraceSweeper graceSweeper;
    audit::AuditService auditService;
    audit::DenialRecorder auditDenials;
    audit::AuditMaintenance auditMaintenance;
    gdpr::GdprService gdprService;
    branding::BrandingService brandingService;
    branding::AssetService assetService;
    branding::DomainService domainService;
    analytics::AnalyticsService analyticsService;
    accounts::MailSender mailSender;
    accounts::PasswordService passwordService;
    accounts::EmailVerification emailVerification;
    accounts::InvitationService invitationService;
    operators::OperatorService operatorService;
    auth::SessionService sessionService;
    auth::MfaService mfaService;
    sso::SsoKeys ssoKeys;
    sso::OidcProviders oidcProviders;
    sso::SsoStartThrottle ssoStarts;
    sso::SsoConnectionService ssoConnections;
    sso::SsoDomainService ssoDomains;
    sso::SsoSignInService ssoSignIn;
    scim::ScimTokenService scimTokens;
    scim::ScimService scim;
    webhooks::EndpointSecrets webhookSecrets;
    /// Outbound webhooks reach tenants' URLs through the egress guard (SSRF).
    egress::GuardedHttpClient webhookClient;
    webhooks::WebhookEndpointService webhookEndpoints;
    webhooks::WebhookDispatcher webhookDispatcher;
    apikeys::KeyLifecycle keyLifecycle;
    offboarding::ClosureService closures;
    offboarding::DeletionSweeper deletionSweeper;
    support::SupportAccessService supportAccess;
    metering::QuotaAlertService quotaAlerts;
    /// AIH_PUBLIC_URL, or the listening address: where clients reach this server.
    std::string publicUrl;
};

} // namespace aih::app
