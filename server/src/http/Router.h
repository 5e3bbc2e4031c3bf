// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/Route.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace aih::http {

using PathParams = std::map<std::string, std::string>;

struct RouteMatch
{
    const Route* route = nullptr;
    PathParams params;
    /// Set when the path exists but not for this method (405 rather than 404).
    bool pathMatchedOtherMethod = false;
};

/// Matches method + path against the routing table. Patterns are literal segments and
/// `{name}` parameters; a parameter matches exactly one non-empty segment.
class Router
{
public:
    void add(Route route);
    RouteMatch match(std::string_view method, std::string_view path) const;
    const std::vector<Route>& routes() const { return routes_; }

private:
    std::vector<Route> routes_;
};

std::vector<std::string_view> splitPath(std::string_view path);

} // namespace aih::http
