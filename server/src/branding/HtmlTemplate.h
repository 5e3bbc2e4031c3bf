// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace aih::branding {

/// A page with `{{name}}` placeholders. Values set with text() are always escaped; only
/// fragments this code built itself (from escaped parts) go in through fragment(). A
/// placeholder left unfilled is a programming error, not an empty string.
class HtmlTemplate
{
public:
    explicit HtmlTemplate(std::string_view source) : source_(source) {}

    HtmlTemplate& text(const std::string& name, std::string_view value);
    HtmlTemplate& fragment(const std::string& name, std::string html);
    std::string render() const;

private:
    std::string_view source_;
    std::map<std::string, std::string> values_;
};

} // namespace aih::branding
