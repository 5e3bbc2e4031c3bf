// SPDX-License-Identifier: Apache-2.0
#include "sso/SsoDomainService.h"

#include "branding/DomainName.h"
#include "branding/DomainProof.h"
#include "crypto/Hex.h"
#include "errors/ApiError.h"
#include "sso/SsoConnectionStore.h"

#include <sodium.h>

namespace aih::sso {
namespace {

using errors::ApiError;
using errors::ErrorCode;

/// 32 hex digits, the custom domains' token format.
std::string newToken()
{
    std::string bytes(16, '\0');
    randombytes_buf(bytes.data(), bytes.size());
    return crypto::toHex(bytes);
}

ApiError domainNotFound()
{
    return {ErrorCode::NotFound, "No such single sign-on domain."};
}

SsoDomain existing(db::Transaction& tx, const std::string& id)
{
    auto domain = SsoDomainStore::find(tx, id);
    if (!domain) {
        throw domainNotFound();
    }
    return *domain;
}

} // namespace

SsoDomainService::SsoDomainService(db::Database& database, const audit::AuditLog& audit,
                                   branding::DnsTxtResolver resolver, std::string baseDomain)
    : database_(database), audit_(audit), resolver_(std::move(resolver)), baseDomain_(std::move(baseDomain))
{
}

std::vector<SsoDomain> SsoDomainService::list(identity::Caller& caller)
{
    return caller.inTenant(database_, [](db::Transaction& tx) { return SsoDomainStore::list(tx); });
}

SsoDomain SsoDomainService::claim(identity::Caller& caller, const std::string& domain,
                                  const std::string& connectionId)
{
    const auto check = branding::checkCustomDomain(domain, baseDomain_);
    if (!check.problem.empty()) {
        throw ApiError::validation("domain", check.problem);
    }
    return caller.inTenant(database_, [&](db::Transaction& tx) {
        if (!connectionId.empty() && !SsoConnectionStore::find(tx, connectionId)) {
            throw ApiError::validation("connection_id", "is not a connection of this tenant");
        }
        if (SsoDomainStore::list(tx).size() >= maxDomains) {
            throw ApiError(ErrorCode::Conflict,
                           "A tenant claims at most " + std::to_string(maxDomains) + " domains.");
        }
        const auto id = SsoDomainStore::insert(tx, check.domain, connectionId, newToken());
        if (!id) {
            throw ApiError(ErrorCode::Conflict, "This tenant has claimed the domain already.")
                .withField("domain", "is claimed already");
        }
        audit_.record(tx, audit::eventFrom(caller, "sso.domain_claimed")
                              .on("sso_domain", *id)
                              .with("domain", check.domain));
        return existing(tx, *id);
    });
}

SsoDomain SsoDomainService::verify(identity::Caller& caller, const std::string& id)
{
    auto claim = caller.inTenant(database_, [&](db::Transaction& tx) { return existing(tx, id); });
    if (claim.status == "verified") {
        return claim;
    }
    // The lookup runs outside any transaction: no connection is held while DNS answers.
    const auto proof = branding::lookUpProof(resolver_, claim.domain, claim.token);
    if (!proof.proven) {
        caller.inTenant(database_, [&](db::Transaction& tx) {
            SsoDomainStore::recordFailure(tx, id, proof.failure);
            audit_.record(tx, audit::eventFrom(caller, "sso.domain_verify")
                                  .on("sso_domain", id)
                                  .with("domain", claim.domain)
                                  .failed(proof.failure));
        });
        throw branding::unproven(proof);
    }
    return caller.inTenant(database_, [&](db::Transaction& tx) {
        const auto current = existing(tx, id);
        if (current.token != claim.token) {
            throw ApiError(ErrorCode::Conflict, "The domain changed while it was being verified.");
        }
        if (!SsoDomainStore::markVerified(tx, id)) {
            throw ApiError(ErrorCode::Conflict, "Another tenant has verified this domain.");
        }
        audit_.record(
            tx,
            audit::eventFrom(caller, "sso.domain_verify").on("sso_domain", id).with("domain", claim.domain));
        return existing(tx, id);
    });
}

void SsoDomainService::remove(identity::Caller& caller, const std::string& id)
{
    caller.inTenant(database_, [&](db::Transaction& tx) {
        const auto domain = existing(tx, id);
        SsoDomainStore::remove(tx, id);
        audit_.record(tx, audit::eventFrom(caller, "sso.domain_removed")
                              .on("sso_domain", id)
                              .with("domain", domain.domain)
                              .with("was_verified", domain.status == "verified"));
    });
}

} // namespace aih::sso
