// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditQueryStore.h"
#include "audit/ChainVerifier.h"
#include "audit/ExportFormat.h"
#include "http/RequestContext.h"

#include <optional>
#include <string>

namespace aih::audit {

/// `from`, `to`, `action`, `user_id`, `success`, `q` from the query string; 422 naming the
/// parameter at fault.
AuditFilter filterOf(const http::RequestContext& ctx);
/// `from` and `to`, defaulting to the 30 days up to now.
AuditFilter reportRangeOf(const http::RequestContext& ctx);
/// `?cursor=` as issued by a previous page; 422 for anything else.
std::optional<AuditPosition> positionOf(const http::RequestContext& ctx);
std::string cursorOf(const AuditPosition& position);
/// `?format=csv|json`, CSV by default.
ExportFormat exportFormatOf(const http::RequestContext& ctx);
/// `?checkpoint_seq=&checkpoint_hash=`: a head an auditor kept, to verify against.
std::optional<KnownHead> knownHeadOf(const http::RequestContext& ctx);
/// `?cursor=` of a checkpoint page: the seq the previous page ended at.
std::optional<std::int64_t> checkpointCursorOf(const http::RequestContext& ctx);

} // namespace aih::audit
