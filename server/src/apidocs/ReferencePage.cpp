// SPDX-License-Identifier: Apache-2.0
#include "apidocs/ReferencePage.h"

#include "branding/HtmlTemplate.h"
#include "crypto/Secrets.h"
#include "util/MarkupEscape.h"

namespace aih::apidocs {
namespace {

// Redoc's options: system fonts (its default Roboto and Montserrat would need a font CDN), the
// success responses open, and the document's own tag order.
constexpr const char* initScript =
    "Redoc.init(\"/api/openapi.json\", {"
    "expandResponses: \"200,201,202\", hideHostname: true, pathInMiddlePanel: true, "
    "theme: {typography: {fontFamily: \"system-ui, sans-serif\", "
    "headings: {fontFamily: \"system-ui, sans-serif\"}, "
    "code: {fontFamily: \"ui-monospace, Menlo, Consolas, monospace\"}}}"
    "}, document.getElementById(\"reference\"));";

constexpr const char* pageStyle =
    "body{margin:0}"
    ".docs-bar{font:14px/1.4 system-ui,sans-serif;display:flex;flex-wrap:wrap;gap:.4rem 1.4rem;"
    "align-items:center;padding:.6rem 1.2rem;background:#1f2430;color:#f1f3f7}"
    ".docs-bar a{color:#bcd4ff}.docs-bar strong{margin-right:auto}"
    ".no-script{font:16px/1.5 system-ui,sans-serif;margin:2rem 1.2rem}";

} // namespace

PolicedPage renderReferencePage(const std::string& title, const std::string& bundleUrl,
                                const std::string& bundle)
{
    // One hash names the bundle twice: in its integrity attribute and in the policy.
    const auto integrity = "sha256-" + crypto::sha256Base64(bundle);
    const auto bundleHash = "'" + integrity + "'";
    auto html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
                util::escapeMarkup(title) + "</title>\n<style>" + pageStyle +
                "</style>\n</head>\n<body>\n<nav class=\"docs-bar\">\n<strong>" + util::escapeMarkup(title) +
                "</strong>\n<a href=\"/api/docs/getting-started\">Getting started</a>\n"
                "<a href=\"/api/openapi.json\">OpenAPI document</a>\n"
                "<a href=\"/api/docs/postman.json\" download=\"aih.postman_collection.json\">Postman "
                "collection</a>\n<a href=\"/api/docs/plain\">Without JavaScript</a>\n</nav>\n"
                "<noscript><p class=\"no-script\">This reference is drawn by JavaScript. <a "
                "href=\"/api/docs/plain\">Read it without JavaScript</a>.</p></noscript>\n"
                "<div id=\"reference\"></div>\n<script src=\"" +
                util::escapeMarkup(bundleUrl) + "\" integrity=\"" + integrity + "\"></script>\n<script>" +
                initScript + "</script>\n</body>\n</html>\n";
    // Scripts: the bundle (matched through its integrity attribute) and the call above, by hash.
    // Redoc's search index runs in a worker the bundle makes from a blob of its own code; the
    // document is fetched from this origin; styled-components writes <style> elements at run
    // time, which only 'unsafe-inline' admits (and only for styles).
    auto policy = "default-src 'none'; script-src " + bundleHash + " " + hashSource(initScript) +
                  "; worker-src blob:; connect-src 'self'; style-src 'unsafe-inline'; img-src 'self' "
                  "data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    return {std::move(html), std::move(policy)};
}

} // namespace aih::apidocs
