// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "gui/Page.h"

namespace aih::console {

/// A page of the operator mode: listed and open only for operator accounts, which sign in to
/// the platform tenant.
class OperatorPage : public Page
{
    Q_OBJECT

public:
    using Page::Page;

    bool isAvailableTo(const Session& session) const override;
    bool isIncludedIn(const Tenant& tenant) const override;
    bool servesOperators() const override { return true; }
};

} // namespace aih::console
