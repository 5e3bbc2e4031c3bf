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
    /// HEAD matches the GET route of a path that has no HEAD route of its own.
    RouteMatch match(std::string_view method, std::string_view path) const;
    /// The methods `path` is served for, sorted, for `Allow`: its routes' methods, HEAD where
    /// GET is served, and OPTIONS; empty for a path no route matches.
    std::vector<std::string> methodsFor(std::string_view path) const;
    const std::vector<Route>& routes() const { return routes_; }

private:
    /// A pattern split once at start-up, so matching a request allocates nothing per route.
    struct Segment
    {
        std::string text; // the literal, or the parameter's name
        bool isParameter = false;
    };
    using CompiledPattern = std::vector<Segment>;

    static bool matches(const CompiledPattern& pattern, const std::vector<std::string_view>& path,
                        std::size_t& parameters);

    std::vector<Route> routes_;
    std::vector<CompiledPattern> patterns_; // patterns_[i] belongs to routes_[i]
    /// Indexes of the routes with n segments at [n]: a path is only compared with its own kind.
    std::vector<std::vector<std::size_t>> bySegmentCount_;
};

std::vector<std::string_view> splitPath(std::string_view path);

} // namespace aih::http
