// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace aih::branding::css {

struct CssPolicy
{
    /// Whether a url() may point at this (decoded) URL; for tenants: their own assets only.
    std::function<bool(std::string_view url)> allowUrl;
    std::size_t maxInputBytes = std::size_t{32} * 1024;
    std::size_t maxOutputBytes = std::size_t{128} * 1024;
    int maxAtRuleDepth = 2; ///< @media inside @supports is fine; deeper is dropped
};

/// Something the sanitiser dropped, for the tenant to see why their CSS did not apply.
struct CssIssue
{
    int line = 0;
    std::string message;
};

struct SanitizedCss
{
    std::string css;
    std::vector<CssIssue> dropped;
};

/// The stylesheet as a whole is unacceptable (too large, not UTF-8, nested too deeply).
struct CssRejected : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

/// Parses tenant CSS per CSS Syntax Level 3 and writes back only what the allow-lists accept:
/// style rules with allowed selectors and properties, @media, @supports and @keyframes around
/// them. Everything else (@import, @font-face, url() outside the tenant's assets, expression(),
/// behavior, -moz-binding, attribute selectors, markup) is dropped and reported. The output is
/// re-serialised from tokens, never copied from the input, so it cannot contain `<` at all.
SanitizedCss sanitizeCss(std::string_view input, const CssPolicy& policy);

} // namespace aih::branding::css
