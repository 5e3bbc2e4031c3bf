// SPDX-License-Identifier: Apache-2.0
#include "branding/HtmlTemplate.h"

#include "util/MarkupEscape.h"

#include <stdexcept>

namespace aih::branding {

HtmlTemplate& HtmlTemplate::text(const std::string& name, std::string_view value)
{
    values_[name] = util::escapeMarkup(value);
    return *this;
}

HtmlTemplate& HtmlTemplate::fragment(const std::string& name, std::string html)
{
    values_[name] = std::move(html);
    return *this;
}

std::string HtmlTemplate::render() const
{
    std::string out;
    std::size_t pos = 0;
    while (true) {
        const auto open = source_.find("{{", pos);
        if (open == std::string_view::npos) {
            out.append(source_.substr(pos));
            return out;
        }
        const auto close = source_.find("}}", open);
        if (close == std::string_view::npos) {
            throw std::logic_error("unterminated placeholder in template");
        }
        out.append(source_.substr(pos, open - pos));
        const std::string name(source_.substr(open + 2, close - open - 2));
        const auto it = values_.find(name);
        if (it == values_.end()) {
            throw std::logic_error("template placeholder not filled: " + name);
        }
        out += it->second;
        pos = close + 2;
    }
}

} // namespace aih::branding
