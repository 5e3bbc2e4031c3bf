// SPDX-License-Identifier: Apache-2.0
#include "branding/DomainService.h"

#include "branding/DomainName.h"
#include "branding/DomainProof.h"
#include "errors/ApiError.h"
#include "tenancy/PlanGate.h"

#include <sodium.h>

namespace aih::branding {
namespace {

using errors::ApiError;
using errors::ErrorCode;

std::string newToken()
{
    unsigned char bytes[16];
    randombytes_buf(bytes, sizeof bytes);
    char hex[sizeof bytes * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, bytes, sizeof bytes);
    return hex;
}

DomainClaim existingClaim(db::Transaction& tx)
{
    auto claim = DomainStore::find(tx);
    if (!claim) {
        throw ApiError(ErrorCode::NotFound, "No custom domain is set; PUT one first.");
    }
    return *claim;
}

ApiError claimedElsewhere()
{
    return {ErrorCode::Conflict, "This domain is already in use by another tenant."};
}

} // namespace

DomainService::DomainService(db::Database& database, tenancy::TenantPlans& plans,
                             const audit::AuditLog& audit, db::Announce announce, DnsTxtResolver resolver,
                             std::string baseDomain)
    : database_(database), plans_(plans), audit_(audit), announce_(std::move(announce)),
      resolver_(std::move(resolver)), baseDomain_(std::move(baseDomain))
{
}

DomainClaim DomainService::claim(identity::Caller& caller, const std::string& domain)
{
    tenancy::requireFeature(plans_.get(caller.tenantId), "custom_domain");
    const auto check = checkCustomDomain(domain, baseDomain_);
    if (!check.problem.empty()) {
        throw ApiError::validation("domain", check.problem);
    }
    std::optional<std::string> released;
    auto claim = caller.inTenant(database_, [&](db::Transaction& tx) {
        const auto owner = DomainStore::servingTenant(tx, check.domain);
        if (owner && *owner != caller.tenantId) {
            throw claimedElsewhere();
        }
        const auto current = DomainStore::find(tx);
        if (current && current->domain == check.domain) {
            return *current;
        }
        if (current && current->status == "verified") {
            released = current->domain;
        }
        DomainStore::serveOn(tx, std::nullopt);
        DomainStore::put(tx, check.domain, newToken());
        auto event = audit::eventFrom(caller, "domain.set").on("domain", check.domain);
        if (current) {
            event.with("replaced", current->domain);
        }
        audit_.record(tx, event);
        return *DomainStore::find(tx);
    });
    if (released) {
        announce_(db::Change::domain(*released));
    }
    return claim;
}

DomainClaim DomainService::get(identity::Caller& caller)
{
    return caller.inTenant(database_, [](db::Transaction& tx) { return existingClaim(tx); });
}

DomainClaim DomainService::verify(identity::Caller& caller)
{
    tenancy::requireFeature(plans_.get(caller.tenantId), "custom_domain");
    auto claim = get(caller);
    if (claim.status == "verified") {
        return claim;
    }
    // The lookup runs outside any transaction: no connection is held while DNS answers.
    const auto proof = lookUpProof(resolver_, claim.domain, claim.token);
    if (!proof.proven) {
        caller.inTenant(database_, [&](db::Transaction& tx) {
            DomainStore::recordFailure(tx, proof.failure);
            audit_.record(
                tx,
                audit::eventFrom(caller, "domain.verify").on("domain", claim.domain).failed(proof.failure));
        });
        throw unproven(proof);
    }
    auto verified = caller.inTenant(database_, [&](db::Transaction& tx) {
        const auto current = existingClaim(tx);
        if (current.domain != claim.domain || current.token != claim.token) {
            throw ApiError(ErrorCode::Conflict, "The custom domain changed while it was being verified.");
        }
        if (!DomainStore::serveOn(tx, current.domain)) {
            throw claimedElsewhere();
        }
        DomainStore::markVerified(tx);
        audit_.record(tx, audit::eventFrom(caller, "domain.verify").on("domain", current.domain));
        return *DomainStore::find(tx);
    });
    announce_(db::Change::domain(verified.domain));
    return verified;
}

void DomainService::remove(identity::Caller& caller)
{
    const auto removed = caller.inTenant(database_, [&](db::Transaction& tx) {
        const auto claim = existingClaim(tx);
        DomainStore::serveOn(tx, std::nullopt);
        DomainStore::remove(tx);
        audit_.record(tx, audit::eventFrom(caller, "domain.remove")
                              .on("domain", claim.domain)
                              .with("was_verified", claim.status == "verified"));
        return claim.domain;
    });
    announce_(db::Change::domain(removed));
}

} // namespace aih::branding
