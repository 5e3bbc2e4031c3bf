// SPDX-License-Identifier: Apache-2.0
// Fuzz target `apikey`: bearer tokens through parseKey, and keys formatted from fuzzed parts.
// Asserts, beyond no crash and no sanitizer report:
//  - a key parseKey accepts is exactly `aih_<mode>_<public id>_<secret><checksum>` of what it
//    returned: mode live or test, the display prefix and the secret where the format puts them;
//  - a key formatted from any mode and base62 public id parses back to the same parts;
//  - changing any one character of a formatted key makes parseKey refuse it (the checksum
//    catches every single-character typo).
#include "apikeys/ApiKeyFormat.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

using namespace aih::apikeys;

namespace {

constexpr std::string_view alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

void fail(const char* what, std::string_view detail)
{
    std::fprintf(stderr, "apikey: %s\n---\n%.*s\n---\n", what, static_cast<int>(detail.size()),
                 detail.data());
    std::abort();
}

void checkParsed(std::string_view text, const ParsedKey& key)
{
    if (key.mode != "live" && key.mode != "test") {
        fail("parsed a key with an unknown mode", text);
    }
    const auto prefix = displayPrefix(key.mode, key.publicId);
    if (key.publicId.size() != 12 || key.secret.size() != 32 || !text.starts_with(prefix) ||
        text.substr(prefix.size(), 1) != "_" || text.substr(prefix.size() + 1, 32) != key.secret) {
        fail("the parsed parts are not where the format puts them", text);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    if (const auto parsed = parseKey(input)) {
        checkParsed(input, *parsed);
    }
    if (size < 15) {
        return 0;
    }
    // A formatted key from the input: its mode, its public id, then one typo to make.
    const std::string mode = data[0] % 2 ? "live" : "test";
    std::string publicId;
    for (std::size_t i = 1; i <= 12; ++i) {
        publicId.push_back(alphabet[data[i] % alphabet.size()]);
    }
    const auto key = regenerateSecret(mode, publicId);
    const auto parsed = parseKey(key.text);
    if (!parsed || parsed->mode != mode || parsed->publicId != publicId || parsed->secret != key.secret ||
        key.publicId != publicId) {
        fail("a formatted key does not parse back to its parts", key.text);
    }
    checkParsed(key.text, *parsed);
    auto typo = key.text;
    const auto at = data[13] % typo.size();
    const auto replacement = static_cast<char>(data[14]);
    if (typo[at] == replacement) {
        return 0;
    }
    typo[at] = replacement;
    if (parseKey(typo)) {
        fail("a key with one character changed was accepted", typo);
    }
    return 0;
}
