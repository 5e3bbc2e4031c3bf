// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/net/ApiClient.h"
#include "features/support/SupportGrant.h"

namespace aih::console {

/// The tenant admin's calls about support access: list, grant and revoke.
class SupportApi
{
public:
    explicit SupportApi(const ApiClient& client) : client_(client) {}

    Pending<QList<SupportGrant>> grants() const;
    Pending<SupportGrant> grant(int minutes, const QString& reason) const;
    /// Ends the grant now, and every view opened under it.
    Pending<SupportGrant> revoke(const QString& id) const;

private:
    const ApiClient& client_;
};

} // namespace aih::console
