// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditQueryStore.h"
#include "audit/Checkpoint.h"

#include <Poco/JSON/Object.h>
#include <optional>
#include <vector>

namespace aih::audit {

/// What a compliance reviewer asks first about a period: how much happened, what failed, what
/// admins did, what happened to API keys, how sign-ins were attacked, and where the chain
/// stands.
struct ComplianceReport
{
    std::string from;
    std::string to;
    std::vector<ActionCount> actions;
    std::vector<ActorActionCount> adminActions;
    std::int64_t failedSignIns = 0;
    std::int64_t failedSignInAccounts = 0;
    std::int64_t headSeq = 0;
    std::optional<Checkpoint> latestCheckpoint;

    Poco::JSON::Object::Ptr toJson() const;
};

/// `range` must have both bounds.
ComplianceReport buildReport(db::Transaction& tx, const AuditFilter& range);

} // namespace aih::audit
