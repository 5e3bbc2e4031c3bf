// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "branding/DnsTxtResolver.h"
#include "errors/ApiError.h"

#include <string>

namespace aih::branding {

/// Whether a domain publishes the TXT record that proves a tenant controls it, and if not, why.
struct DomainProof
{
    bool proven = false;
    bool lookupFailed = false; ///< DNS gave no verdict (timeout, SERVFAIL): try again later
    std::string recordName;
    std::string recordValue;
    std::string failure; ///< empty when proven
};

/// Looks up `verificationRecordName(domain)` for `verificationRecordValue(token)`. Takes a DNS
/// round trip: call it outside any transaction. Custom domains and single sign-on domains alike.
DomainProof lookUpProof(const DnsTxtResolver& resolver, const std::string& domain, const std::string& token);

/// The answer to a proof that failed: 503 with Retry-After when DNS gave no verdict, else 422
/// naming the record to publish (also as `record_name` and `record_value`).
errors::ApiError unproven(const DomainProof& proof);

} // namespace aih::branding
