// SPDX-License-Identifier: Apache-2.0
#include "http/Router.h"

#include <stdexcept>

namespace aih::http {
namespace {

bool isParameter(std::string_view segment)
{
    return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

std::optional<PathParams> matchPattern(std::string_view pattern, const std::vector<std::string_view>& path)
{
    const auto parts = splitPath(pattern);
    if (parts.size() != path.size()) {
        return std::nullopt;
    }
    PathParams params;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (isParameter(parts[i])) {
            params.emplace(std::string(parts[i].substr(1, parts[i].size() - 2)), std::string(path[i]));
        } else if (parts[i] != path[i]) {
            return std::nullopt;
        }
    }
    return params;
}

} // namespace

std::vector<std::string_view> splitPath(std::string_view path)
{
    std::vector<std::string_view> segments;
    std::size_t start = 0;
    while (start <= path.size()) {
        auto end = path.find('/', start);
        if (end == std::string_view::npos) {
            end = path.size();
        }
        if (end > start) {
            segments.push_back(path.substr(start, end - start));
        }
        start = end + 1;
    }
    return segments;
}

namespace {

std::string shapeOf(std::string_view pattern)
{
    // Parameter names do not matter for matching: /a/{id} and /a/{name} are the same route.
    std::string shape;
    for (const auto segment : splitPath(pattern)) {
        shape += "/";
        shape += isParameter(segment) ? std::string_view("{}") : segment;
    }
    return shape;
}

} // namespace

void Router::add(Route route)
{
    for (const auto& existing : routes_) {
        if (existing.method == route.method && shapeOf(existing.pattern) == shapeOf(route.pattern)) {
            throw std::logic_error("duplicate route " + route.method + " " + route.pattern);
        }
    }
    routes_.push_back(std::move(route));
}

RouteMatch Router::match(std::string_view method, std::string_view path) const
{
    const auto segments = splitPath(path);
    RouteMatch result;
    // Literal routes win over parameterised ones, so `/api/gurus/x` can coexist with `{kind}`.
    std::size_t bestParams = SIZE_MAX;
    for (const auto& route : routes_) {
        auto params = matchPattern(route.pattern, segments);
        if (!params) {
            continue;
        }
        if (route.method != method) {
            result.pathMatchedOtherMethod = true;
            continue;
        }
        if (params->size() < bestParams) {
            bestParams = params->size();
            result.route = &route;
            result.params = std::move(*params);
        }
    }
    return result;
}

} // namespace aih::http
