// SPDX-License-Identifier: Apache-2.0
#include "features/platform/OperatorPage.h"

#include "core/ConsoleCore.h"
#include "features/platform/TenantSummary.h"

namespace aih::console {

bool OperatorPage::isAvailableTo(const Session& session) const
{
    return session.user().isOperator();
}

bool OperatorPage::isIncludedIn(const Tenant& tenant) const
{
    return tenant.id == platformTenantId;
}

} // namespace aih::console
