// SPDX-License-Identifier: Apache-2.0
// Fuzz target `css`: tenant CSS through the tokenizer, parser, selector and value checks and the
// serializer (sanitizeCss), from arbitrary bytes.
// Asserts, beyond no crash and no sanitizer report:
//  - nothing but CssRejected escapes, and only for input that is too large, not UTF-8 or nested
//    too deeply;
//  - the output is printable ASCII and newlines, and never holds `<` (it goes into a <style>);
//  - the output, sanitised again, is unchanged and nothing is dropped from it (a fixed point);
//  - the tokenizer accepts any valid UTF-8 on its own.
#include "aih/Validation.h"
#include "branding/css/CssSanitizer.h"
#include "branding/css/CssTokenizer.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

using namespace aih::branding::css;

namespace {

void fail(const char* what, std::string_view detail)
{
    std::fprintf(stderr, "css: %s\n---\n%.*s\n---\n", what, static_cast<int>(detail.size()), detail.data());
    std::abort();
}

CssPolicy policy()
{
    CssPolicy result;
    // Some URLs pass, so the url() paths are reached both ways.
    result.allowUrl = [](std::string_view url) {
        return url.starts_with("/portal/assets/") && url.find("..") == std::string_view::npos;
    };
    return result;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    if (aih::isValidUtf8(input)) {
        (void)tokenize(input);
    }
    SanitizedCss once;
    try {
        once = sanitizeCss(input, policy());
    } catch (const CssRejected&) {
        return 0;
    }
    for (const char c : once.css) {
        if (c != '\n' && (c < 0x20 || c >= 0x7F)) {
            fail("output holds a byte that is not printable ASCII", once.css);
        }
        if (c == '<') {
            fail("output holds '<'", once.css);
        }
    }
    // The output may be larger than the input limit (escapes); it is bounded by the output limit.
    auto again = policy();
    again.maxInputBytes = again.maxOutputBytes;
    SanitizedCss twice;
    try {
        twice = sanitizeCss(once.css, again);
    } catch (const CssRejected& rejected) {
        fail(rejected.what(), once.css);
    }
    if (twice.css != once.css) {
        fail("sanitising the output again changed it", once.css + "\n--- became ---\n" + twice.css);
    }
    if (!twice.dropped.empty()) {
        fail(("sanitising the output again dropped: " + twice.dropped[0].message).c_str(), once.css);
    }
    return 0;
}
