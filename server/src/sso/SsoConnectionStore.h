// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Transaction.h"
#include "sso/SsoConnection.h"

#include <optional>
#include <string>
#include <vector>

namespace aih::sso {

/// SQL for a tenant's SSO connections; every call runs in a transaction scoped to the tenant.
class SsoConnectionStore
{
public:
    static std::vector<SsoConnection> list(db::Transaction& tx);
    static std::optional<SsoConnection> find(db::Transaction& tx, const std::string& id);
    /// The connection sign-ins of the tenant use when none is named: the oldest enabled one.
    static std::optional<SsoConnection> firstEnabled(db::Transaction& tx);
    static std::string insert(db::Transaction& tx, const SsoConnection& connection);
    static void update(db::Transaction& tx, const SsoConnection& connection);
    static bool remove(db::Transaction& tx, const std::string& id);
    /// Whether `id` is a SAML connection of any tenant (platform scope).
    static bool isSamlConnection(db::Transaction& tx, const std::string& id);
    /// Whether a verified domain of the tenant sends `email` to a connection that requires single
    /// sign-on and does not name `userId` as its break-glass user.
    static bool passwordRefused(db::Transaction& tx, const std::string& email, const std::string& userId);
};

} // namespace aih::sso
