// SPDX-License-Identifier: Apache-2.0
#include "sso/SsoDomainJson.h"

#include "branding/DomainName.h"
#include "http/Response.h"

namespace aih::sso {
Poco::JSON::Object::Ptr toJson(const SsoDomain& domain)
{
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("id", domain.id);
    out->set("domain", domain.domain);
    out->set("connection_id", http::textOrNull(domain.connectionId));
    out->set("status", domain.status);
    // The shape of a custom domain's proof, so one DNS how-to serves both.
    Poco::JSON::Object::Ptr verification = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    verification->set("type", "TXT");
    verification->set("name", branding::verificationRecordName(domain.domain));
    verification->set("value", branding::verificationRecordValue(domain.token));
    out->set("verification", verification);
    out->set("created_at", domain.createdAt);
    out->set("checked_at", http::textOrNull(domain.checkedAt));
    out->set("verified_at", http::textOrNull(domain.verifiedAt));
    out->set("last_error", http::textOrNull(domain.lastError));
    return out;
}

} // namespace aih::sso
