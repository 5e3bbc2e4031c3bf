// SPDX-License-Identifier: Apache-2.0
#include "app/Routes.h"

#include "accounts/InvitationRoutes.h"
#include "accounts/PasswordRoutes.h"
#include "accounts/PortalInvitationRoutes.h"
#include "accounts/PortalMfaRoutes.h"
#include "accounts/PortalPasswordRoutes.h"
#include "accounts/VerificationRoutes.h"
#include "analytics/AnalyticsRoutes.h"
#include "apidocs/ApiDocsRoutes.h"
#include "apikeys/ApiKeyRoutes.h"
#include "app/Components.h"
#include "audit/AuditRoutes.h"
#include "auth/AuthRoutes.h"
#include "auth/MfaRoutes.h"
#include "auth/SessionRoutes.h"
#include "billing/BillingRoutes.h"
#include "branding/BrandingRoutes.h"
#include "content/ContentRoutes.h"
#include "db/Migrations.h"
#include "gdpr/GdprRoutes.h"
#include "metering/QuotaAlertRoutes.h"
#include "offboarding/ClosureRoutes.h"
#include "operators/OperatorRoutes.h"
#include "ops/HealthRoutes.h"
#include "ops/MetricsRoutes.h"
#include "ratelimit/RateLimitRoutes.h"
#include "scim/ScimRoutes.h"
#include "sso/PortalSsoRoutes.h"
#include "sso/SsoRoutes.h"
#include "support/SupportAccessRoutes.h"
#include "tenancy/TenantRoutes.h"
#include "users/UserRoutes.h"
#include "webhooks/WebhookRoutes.h"

namespace aih::app {

void registerRoutes(http::Router& router, Components& components)
{
    ops::addHealthRoutes(router, components.database, components.changes, db::embeddedMigrations().size(),
                         components.rateLimiter, components.mailSender.transportKind());
    tenancy::addTenantRoutes(router, components.tenantService);
    auth::addAuthRoutes(router, components.authService);
    accounts::addPasswordRoutes(router, components.passwordService);
    auth::addSessionRoutes(router, components.sessionService);
    auth::addMfaRoutes(router, components.mfaService);
    users::addUserRoutes(router, components.userService, components.invitationService);
    accounts::addInvitationRoutes(router, components.invitationService);
    operators::addOperatorRoutes(router, components.operatorService);
    offboarding::addClosureRoutes(router, components.closures);
    support::addSupportAccessRoutes(router, components.supportAccess);
    accounts::addVerificationRoutes(router, components.emailVerification);
    apikeys::addApiKeyRoutes(router, components.keyService);
    ratelimit::addRateLimitRoutes(router, components.requestLimits);
    metering::addQuotaAlertRoutes(router, components.quotaAlerts);
    content::addContentRoutes(router, components.catalog);
    billing::addBillingRoutes(router, components.billingService, components.stripeWebhooks);
    audit::addAuditRoutes(router, components.auditService);
    gdpr::addGdprRoutes(router, components.gdprService);
    branding::addBrandingRoutes(router, components.brandingService, components.assetService,
                                components.domainService);
    branding::addPortalRoutes(router, components.brandingService, components.assetService,
                              components.tenantDirectory);
    branding::addPortalSignInRoutes(router, components.brandingService, components.tenantDirectory,
                                    components.authService, components.signer);
    accounts::addPortalPasswordRoutes(router, components.passwordService, components.brandingService,
                                      components.tenantDirectory);
    accounts::addPortalInvitationRoutes(router, components.invitationService, components.brandingService,
                                        components.tenantDirectory, components.authService.refreshTtl());
    accounts::addPortalMfaRoutes(router, components.mfaService, components.brandingService,
                                 components.tenantDirectory, components.authService.refreshTtl());
    accounts::addPortalVerificationRoutes(router, components.emailVerification, components.brandingService,
                                          components.tenantDirectory);
    webhooks::addWebhookRoutes(router, components.webhookEndpoints);
    sso::addSsoRoutes(router, {components.ssoConnections, components.ssoDomains, components.ssoSignIn});
    sso::addPortalSsoRoutes(router, components.ssoSignIn, components.brandingService,
                            components.tenantDirectory, components.authService);
    scim::addScimRoutes(router,
                        {components.scim, components.scimTokens, components.plans, components.publicUrl});
    analytics::addAnalyticsRoutes(router, components.analyticsService);
    ops::addMetricsRoutes(router, components.metrics);
    apidocs::addApiDocsRoutes(router);
}

} // namespace aih::app
