// SPDX-License-Identifier: Apache-2.0
#include "gdpr/ErasureJson.h"

namespace aih::gdpr {

Poco::JSON::Object::Ptr toJson(const Erasure& erasure)
{
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("user_id", erasure.userId);
    out->set("erased", true);
    out->set("audit_entries_pseudonymised", erasure.auditEntriesKept);
    return out;
}

} // namespace aih::gdpr
