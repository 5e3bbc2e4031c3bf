// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cache/InvalidatingCache.h"
#include "db/Change.h"
#include "db/Database.h"

#include <map>
#include <memory>
#include <string>

namespace aih::content {

/// A tenant's view of the catalogue, pre-rendered as JSON: the platform's entries plus its own.
struct TenantCatalog
{
    std::string gurus;                         ///< all gurus
    std::map<std::string, std::string> byKind; ///< gurus of one kind
    std::string meditations;
};

/// The content API's data, cached per tenant as ready-to-send response bodies: the catalogue
/// changes rarely and is read on every content call, so the hot path serves it from memory.
/// Entries are dropped when the database announces a catalogue change (`content:<tenant|*>`)
/// and after five minutes regardless.
class ContentCatalog
{
public:
    explicit ContentCatalog(db::Database& database);

    std::shared_ptr<const TenantCatalog> forTenant(const std::string& tenantId);
    void onChange(const db::Change& change);

private:
    std::shared_ptr<const TenantCatalog> load(const std::string& tenantId);

    db::Database& database_;
    cache::InvalidatingCache<std::shared_ptr<const TenantCatalog>> cache_;
};

} // namespace aih::content
