// SPDX-License-Identifier: Apache-2.0
#include "http/Router.h"

#include <algorithm>
#include <stdexcept>

namespace aih::http {
namespace {

bool isParameter(std::string_view segment)
{
    return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
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
    CompiledPattern pattern;
    for (const auto segment : splitPath(route.pattern)) {
        if (isParameter(segment)) {
            pattern.push_back({std::string(segment.substr(1, segment.size() - 2)), true});
        } else {
            pattern.push_back({std::string(segment), false});
        }
    }
    if (bySegmentCount_.size() <= pattern.size()) {
        bySegmentCount_.resize(pattern.size() + 1);
    }
    bySegmentCount_[pattern.size()].push_back(routes_.size());
    routes_.push_back(std::move(route));
    patterns_.push_back(std::move(pattern));
}

bool Router::matches(const CompiledPattern& pattern, const std::vector<std::string_view>& path,
                     std::size_t& parameters)
{
    if (pattern.size() != path.size()) {
        return false;
    }
    parameters = 0;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i].isParameter) {
            ++parameters;
        } else if (pattern[i].text != path[i]) {
            return false;
        }
    }
    return true;
}

RouteMatch Router::match(std::string_view method, std::string_view path) const
{
    const auto segments = splitPath(path);
    RouteMatch result;
    // Literal routes win over parameterised ones, so `/api/gurus/x` can coexist with `{kind}`.
    std::size_t best = routes_.size();
    std::size_t bestParameters = SIZE_MAX;
    if (segments.size() >= bySegmentCount_.size()) {
        return result;
    }
    // RFC 9110 9.3.2: HEAD is answered wherever GET is, by the GET handler (the body is dropped
    // when the answer is written).
    const bool head = method == "HEAD";
    for (const auto i : bySegmentCount_[segments.size()]) {
        std::size_t parameters = 0;
        if (!matches(patterns_[i], segments, parameters)) {
            continue;
        }
        if (routes_[i].method != method && !(head && routes_[i].method == "GET")) {
            result.pathMatchedOtherMethod = true;
            continue;
        }
        if (parameters < bestParameters) {
            bestParameters = parameters;
            best = i;
        }
    }
    if (best == routes_.size()) {
        return result;
    }
    result.route = &routes_[best];
    const auto& pattern = patterns_[best];
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i].isParameter) {
            result.params.emplace(pattern[i].text, std::string(segments[i]));
        }
    }
    return result;
}

std::vector<std::string> Router::methodsFor(std::string_view path) const
{
    const auto segments = splitPath(path);
    std::vector<std::string> methods;
    if (segments.size() >= bySegmentCount_.size()) {
        return methods;
    }
    for (const auto i : bySegmentCount_[segments.size()]) {
        std::size_t parameters = 0;
        if (matches(patterns_[i], segments, parameters)) {
            methods.push_back(routes_[i].method);
        }
    }
    if (methods.empty()) {
        return methods;
    }
    if (std::ranges::find(methods, "GET") != methods.end()) {
        methods.emplace_back("HEAD");
    }
    methods.emplace_back("OPTIONS");
    std::sort(methods.begin(), methods.end());
    methods.erase(std::unique(methods.begin(), methods.end()), methods.end());
    return methods;
}

} // namespace aih::http
