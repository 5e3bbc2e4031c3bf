// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>

namespace aih::db {

/// The role the pool logs in as when only the owner's URL is configured.
inline constexpr const char* poolLoginRole = "aih_pool";

/// Makes sure the pool can log in as `aih_pool`, a role that owns nothing and has no privileges
/// of its own (NOINHERIT) beyond becoming aih_app, and returns `ownerUrl` with that login. Where
/// the owner's URL carries a password, the pool's is derived from it, so every aihd given the
/// same URL arrives at the same one. Throws, saying what to configure instead, when the owner
/// cannot create the role or the server refuses the login.
std::string preparePoolLogin(const std::string& ownerUrl);

/// `url` (a URI or key=value connection string) with its user and password replaced, as a
/// key=value connection string.
std::string withLogin(const std::string& url, const std::string& user,
                      const std::optional<std::string>& password);

} // namespace aih::db
