// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/net/ApiClient.h"
#include "features/domain/CustomDomain.h"

namespace aih::console {

/// The calls of the domain page: `/api/customization/domain`.
class DomainApi
{
public:
    explicit DomainApi(const ApiClient& client) : client_(client) {}

    /// The domain set; a 404 problem when there is none.
    Pending<CustomDomain> get() const;
    /// Sets (or replaces) the domain: pending, with a new TXT record to publish.
    Pending<CustomDomain> claim(const QString& domain) const;
    /// Has the server look the TXT record up now.
    Pending<CustomDomain> verify() const;
    Pending<Done> remove() const;

private:
    const ApiClient& client_;
};

} // namespace aih::console
