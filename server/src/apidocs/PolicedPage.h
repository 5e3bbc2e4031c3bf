// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>

namespace aih::apidocs {

/// An HTML page that needs more than the default page policy (no script, stylesheets from this
/// origin only), with the Content-Security-Policy that allows exactly what it carries.
struct PolicedPage
{
    std::string html;
    std::string contentSecurityPolicy;
};

/// The CSP source that allows one inline element, or one external script whose `integrity` names
/// the same hash: `'sha256-<base64>'`.
std::string hashSource(std::string_view text);

/// A static page whose only style is its single inline `<style>` element, and which runs no
/// script: the policy allows that stylesheet by its hash and nothing else.
PolicedPage withInlineStylesheet(std::string html);

} // namespace aih::apidocs
