// SPDX-License-Identifier: Apache-2.0
#include "branding/DomainProof.h"

#include "branding/DomainName.h"

#include <algorithm>

namespace aih::branding {
namespace {

constexpr int retryAfterSeconds = 30;

} // namespace

DomainProof lookUpProof(const DnsTxtResolver& resolver, const std::string& domain, const std::string& token)
{
    DomainProof proof;
    proof.recordName = verificationRecordName(domain);
    proof.recordValue = verificationRecordValue(token);
    const auto lookup = resolver.lookup(proof.recordName);
    proof.proven = lookup.outcome == TxtLookup::Outcome::Answered &&
                   std::ranges::find(lookup.records, proof.recordValue) != lookup.records.end();
    if (proof.proven) {
        return proof;
    }
    proof.lookupFailed = lookup.outcome == TxtLookup::Outcome::Failed;
    proof.failure = proof.lookupFailed ? "DNS lookup of " + proof.recordName + " failed: " + lookup.error
                    : lookup.outcome == TxtLookup::Outcome::NoSuchName
                        ? proof.recordName + " does not exist"
                        : proof.recordName + " has no TXT record \"" + proof.recordValue + "\"";
    return proof;
}

errors::ApiError unproven(const DomainProof& proof)
{
    using errors::ApiError;
    using errors::ErrorCode;
    if (proof.lookupFailed) {
        return ApiError(ErrorCode::ServiceUnavailable, proof.failure + "; try again shortly.")
            .withRetryAfter(retryAfterSeconds);
    }
    return ApiError(ErrorCode::ValidationFailed, "The domain is not verified yet: " + proof.failure + ".")
        .withField("domain",
                   "publish a TXT record " + proof.recordName + " with the value " + proof.recordValue)
        .withExtension("record_name", proof.recordName)
        .withExtension("record_value", proof.recordValue);
}

} // namespace aih::branding
