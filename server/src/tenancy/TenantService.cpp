// SPDX-License-Identifier: Apache-2.0
#include "tenancy/TenantService.h"

#include "aih/Validation.h"
#include "errors/ApiError.h"
#include "identity/PlatformTenant.h"
#include "metering/MonthlyQuota.h"
#include "tenancy/TenantPlans.h"
#include "tenancy/TenantStore.h"
#include "users/UserStore.h"
#include "util/JsonText.h"
#include "util/RandomUuid.h"

#include <Poco/JSON/Array.h>

namespace aih::tenancy {
namespace {

using errors::ApiError;
using errors::ErrorCode;

constexpr std::size_t maxSettingsBytes = std::size_t{16} * 1024;

ApiError slugTaken()
{
    return ApiError(ErrorCode::Conflict, "The slug is taken.").withField("slug", "is already in use");
}

void validate(const NewTenant& request, const auth::PasswordPolicy& policy)
{
    ApiError error(ErrorCode::ValidationFailed, "The request has invalid fields.");
    if (request.name.empty() || request.name.size() > 255) {
        error.withField("name", "must be 1 to 255 characters");
    }
    if (!isValidSlug(request.slug)) {
        error.withField("slug", "must be 3 to 63 lowercase letters, digits and single hyphens");
    }
    if (request.tier && !tierFromName(*request.tier)) {
        error.withField("subscription_tier", "must be one of free, basic, pro, enterprise");
    }
    if (request.adminEmail && !isValidEmail(*request.adminEmail)) {
        error.withField("admin_email", "is not a valid email address");
    }
    if (request.adminPassword) {
        if (const auto why = policy.refusal(*request.adminPassword, request.adminEmail.value_or(""))) {
            error.withField("admin_password", *why);
        }
    }
    if (request.adminPassword && !request.adminEmail) {
        error.withField("admin_email", "is required with admin_password");
    }
    if (!error.fieldErrors().empty()) {
        throw ApiError(std::move(error));
    }
}

void requireMemberOrOperator(const identity::Caller& caller, const std::string& id)
{
    // Another tenant's id is answered exactly like an unknown one.
    if (!caller.principal.isOperator() && caller.principal.tenantId != id) {
        throw ApiError(ErrorCode::NotFound, "No such tenant.");
    }
}

} // namespace

TenantService::TenantService(db::Database& database, const auth::PasswordHasher& hasher,
                             const auth::PasswordPolicy& policy, const audit::AuditLog& audit,
                             SignUpThrottle& signUps, db::Announce announce, VerifyOwner verifyOwner)
    : database_(database), hasher_(hasher), policy_(policy), audit_(audit), signUps_(signUps),
      verifyOwner_(std::move(verifyOwner)), announce_(std::move(announce))
{
}

CreatedTenant TenantService::create(identity::Caller& caller, const NewTenant& request)
{
    validate(request, policy_);
    const auto tier = tierFromName(request.tier.value_or("free")).value_or(Tier::Free);
    if (!caller.principal.isOperator()) {
        if (tier != Tier::Free) {
            throw ApiError(ErrorCode::Forbidden,
                           "Self sign-up creates free tenants; upgrade through billing.");
        }
        if (!request.adminEmail || !request.adminPassword) {
            throw ApiError(ErrorCode::ValidationFailed, "Self sign-up needs the first admin's credentials.")
                .withField(request.adminEmail ? "admin_password" : "admin_email", "is required");
        }
        signUps_.admit(caller.origin.ip);
    }
    // A taken slug is refused before the password is hashed; the insert still decides a race.
    if (database_.inPlatform(
            [&](db::Transaction& tx) { return TenantStore::resolveBySlug(tx, request.slug); })) {
        throw slugTaken();
    }
    return insert(request, tier, audit::eventFrom(caller, "tenant.create"), !caller.principal.isOperator());
}

CreatedTenant TenantService::insert(const NewTenant& request, Tier tier, audit::AuditEvent event,
                                    bool selfService)
{
    const auto hash = request.adminPassword ? std::optional<std::string>(hasher_.hash(
                                                  auth::PasswordPolicy::normalize(*request.adminPassword)))
                                            : std::nullopt;
    const auto& plan = planFor(tier);
    Tenant tenant;
    tenant.id = util::randomUuid();
    tenant.name = request.name;
    tenant.slug = request.slug;
    tenant.tier = tier;
    tenant.userLimit = plan.userLimit;
    tenant.apiRateLimit = plan.apiCallsPerHour;
    tenant.monthlyQuota = plan.monthlyCallQuota;
    // Row-level security only admits rows of the transaction's tenant, so the new tenant's
    // rows are written in a transaction scoped to its freshly chosen id.
    return database_.inTenant(tenant.id, [&](db::Transaction& tx) {
        if (!TenantStore::insert(tx, tenant)) {
            throw slugTaken();
        }
        CreatedTenant created;
        event.on("tenant", tenant.id).with("tier", std::string(tierName(tier)));
        if (request.adminEmail) {
            const auto userId = users::UserStore::insert(tx, *request.adminEmail, "", Role::Admin, hash);
            created.owner = users::UserStore::findById(tx, *userId);
            if (selfService) {
                verifyOwner_(tx, *created.owner, request.language);
                created.owner = users::UserStore::findById(tx, *userId);
            }
            event.about(*userId, {{"email", *request.adminEmail}}).with("owner_role", "admin");
        }
        created.tenant = *TenantStore::find(tx, tenant.id);
        audit_.record(tx, event);
        return created;
    });
}

Tenant TenantService::get(identity::Caller& caller, const std::string& id)
{
    requireMemberOrOperator(caller, id);
    const auto work = [&](db::Transaction& tx) { return TenantStore::find(tx, id); };
    const auto tenant =
        caller.principal.isOperator() ? database_.inTenant(id, work) : caller.inTenant(database_, work);
    if (!tenant) {
        throw ApiError(ErrorCode::NotFound, "No such tenant.");
    }
    return *tenant;
}

Tenant TenantService::update(identity::Caller& caller, const std::string& id, const TenantChange& change)
{
    requireMemberOrOperator(caller, id);
    const bool operatorCall = caller.principal.isOperator();
    if (!change.limits.empty() && !operatorCall) {
        throw ApiError(ErrorCode::Forbidden, "Only the platform operator can override a tenant's limits.");
    }
    if (change.status && !operatorCall) {
        throw ApiError(ErrorCode::Forbidden,
                       "Only the platform operator can suspend or reactivate a tenant.");
    }
    if (change.status && *change.status != "active" && *change.status != "suspended") {
        throw ApiError::validation("status", "must be active or suspended");
    }
    if (change.status && identity::isPlatformTenant(id)) {
        // Suspending it would lock every operator out, with nobody left to undo it.
        throw ApiError(ErrorCode::Conflict, "The platform tenant cannot be suspended.");
    }
    if (change.mfaRequired && *change.mfaRequired != "everyone" && identity::isPlatformTenant(id)) {
        throw ApiError(
            ErrorCode::Conflict,
            "The platform tenant's mfa_required stays everyone: operators always use a second factor.");
    }
    if (change.name && (change.name->empty() || change.name->size() > 255)) {
        throw ApiError::validation("name", "must be 1 to 255 characters");
    }
    change.limits.validate();
    if (change.mfaRequired && *change.mfaRequired != "none" && *change.mfaRequired != "admins" &&
        *change.mfaRequired != "everyone") {
        throw ApiError::validation("mfa_required", "must be none, admins or everyone");
    }
    std::optional<std::string> settingsJson;
    if (change.settings) {
        settingsJson = util::toJsonText(change.settings);
        if (settingsJson->size() > maxSettingsBytes) {
            throw ApiError::validation("settings", "must serialise to at most 16 KiB");
        }
    }
    const auto work = [&](db::Transaction& tx) {
        // Locked, so two operators' overrides are audited in the order they were applied.
        const auto before = TenantStore::findForUpdate(tx, id);
        if (!before) {
            throw ApiError(ErrorCode::NotFound, "No such tenant.");
        }
        if (before->closure.closed() && before->closure.deletedAt.empty() &&
            !(change.status && *change.status == "active")) {
            // Its archive shows the tenant as it was closed; a change now would be in neither
            // the archive nor, after the grace, the data.
            throw ApiError(ErrorCode::Conflict,
                           "The tenant is closing; reactivate it (status active) before changing it.");
        }
        // Every change first, then the audit entries: the chain's lock is taken last (AuditLog),
        // after the row locks a quota change takes, as the usage flush takes them.
        std::optional<audit::AuditEvent> updated;
        if (change.name || change.settings || change.mfaRequired ||
            (change.limits.empty() && !change.status)) {
            TenantStore::update(tx, id, change.name, settingsJson, change.mfaRequired);
            // Which fields changed, not their values: names and settings are free text.
            Poco::JSON::Array::Ptr fields = new Poco::JSON::Array;
            if (change.name) {
                fields->add("name");
            }
            if (change.settings) {
                fields->add("settings");
            }
            auto event = audit::eventFrom(caller, "tenant.update").on("tenant", id);
            if (change.mfaRequired) {
                fields->add("mfa_required");
                event.with("mfa_required_from", before->mfaRequired)
                    .with("mfa_required_to", *change.mfaRequired);
            }
            updated = event.with("fields", fields);
        }
        if (!before->closure.deletedAt.empty()) {
            throw ApiError(ErrorCode::Conflict, "The tenant was closed and its data deleted.");
        }
        std::optional<bool> suspend;
        if (change.status && (*change.status == "suspended") == before->suspendedAt.empty()) {
            suspend = *change.status == "suspended";
            TenantStore::setSuspended(tx, id, *suspend);
        }
        if (!change.limits.empty()) {
            changeLimits(tx, caller, *before, change.limits);
        }
        if (updated) {
            audit_.record(tx, *updated);
        }
        if (suspend) {
            // In the tenant's own trail: its admins see who suspended it and when.
            auto event = audit::eventFrom(caller, *suspend ? "tenant.suspended" : "tenant.reactivated")
                             .on("tenant", id);
            if (!*suspend && before->closure.closed()) {
                event.with("closing_cancelled", true);
            }
            audit_.record(tx, event);
        }
        return *TenantStore::find(tx, id);
    };
    // The operator acts in no tenant of its own: the transaction takes the tenant from the path.
    auto updated = operatorCall ? database_.inTenant(id, work) : caller.inTenant(database_, work);
    if (!change.limits.empty() || change.status) {
        // Other instances hear it from the database's notification; this one drops its copy now.
        announce_(db::Change::tenant(id));
    }
    return updated;
}

TenantSummaryPage TenantService::search(identity::Caller& caller, const TenantFilter& filter, int limit,
                                        const std::optional<std::string>& cursor)
{
    if (!caller.principal.isOperator()) {
        throw ApiError(ErrorCode::Forbidden, "Only the platform operator lists tenants.");
    }
    const auto position = db::Keyset::parse(cursor);
    return database_.inPlatform(
        [&](db::Transaction& tx) { return TenantStore::platformPage(tx, filter, limit, position); });
}

void TenantService::changeLimits(db::Transaction& tx, identity::Caller& caller, const Tenant& before,
                                 const LimitOverridesChange& change)
{
    const auto after = change.appliedTo(before.overrides);
    TenantStore::setLimitOverrides(tx, before.id, after);
    if (after.monthlyQuota != before.overrides.monthlyQuota) {
        // A quota lowered below what the period has used announces the thresholds now exceeded.
        metering::MonthlyQuota::count(tx, 0, monthlyQuotaOf(before.tier, after.monthlyQuota), audit_);
    }
    audit_.record(tx, audit::eventFrom(caller, "tenant.limits_changed")
                          .on("tenant", before.id)
                          .with("before", toJson(before.overrides))
                          .with("after", toJson(after)));
}

void TenantService::ensureTenant(const NewTenant& request)
{
    const auto existing = database_.inPlatform(
        [&](db::Transaction& tx) { return TenantStore::resolveBySlug(tx, request.slug); });
    if (!existing) {
        validate(request, policy_);
        audit::AuditEvent event;
        event.action = "tenant.create";
        event.actor.type = audit::ActorType::System;
        insert(request, tierFromName(request.tier.value_or("free")).value_or(Tier::Free), event, false);
    }
}

} // namespace aih::tenancy
