// SPDX-License-Identifier: Apache-2.0
#include "apidocs/PolicedPage.h"

#include "crypto/Secrets.h"

#include <stdexcept>

namespace aih::apidocs {

std::string hashSource(std::string_view text)
{
    return "'sha256-" + crypto::sha256Base64(text) + "'";
}

PolicedPage withInlineStylesheet(std::string html)
{
    constexpr std::string_view open = "<style>";
    const auto start = html.find(open);
    const auto end = html.find("</style>", start);
    if (start == std::string::npos || end == std::string::npos) {
        // The page is compiled in, so this stops the server at start-up, never a request.
        throw std::logic_error("a policed static page needs one <style> element");
    }
    const auto stylesheet = std::string_view(html).substr(start + open.size(), end - start - open.size());
    auto policy = "default-src 'none'; style-src " + hashSource(stylesheet) +
                  "; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    return {std::move(html), std::move(policy)};
}

} // namespace aih::apidocs
