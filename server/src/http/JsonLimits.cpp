// SPDX-License-Identifier: Apache-2.0
#include "http/JsonLimits.h"

#include "aih/Validation.h"
#include "errors/ApiError.h"

namespace aih::http {

void checkJsonWithinLimits(std::string_view text, const JsonLimits& limits)
{
    const auto refuse = [](const char* why) {
        throw errors::ApiError(errors::ErrorCode::MalformedJson, why);
    };
    if (!isValidUtf8(text)) {
        refuse("The body is not valid UTF-8.");
    }
    std::size_t depth = 0;
    bool inString = false;
    std::size_t stringStart = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\0') {
            refuse("The body contains a NUL byte.");
        }
        if (inString) {
            if (c == '\\') {
                // An escaped NUL would become a raw NUL after decoding.
                if (text.substr(i, 6) == "\\u0000") {
                    refuse("The body contains a NUL character.");
                }
                ++i;
            } else if (c == '"') {
                inString = false;
                if (i - stringStart - 1 > limits.maxStringBytes) {
                    refuse("A string in the body is too long.");
                }
            }
            continue;
        }
        if (c == '"') {
            inString = true;
            stringStart = i;
        } else if (c == '{' || c == '[') {
            if (++depth > limits.maxDepth) {
                refuse("The body is nested too deeply.");
            }
        } else if ((c == '}' || c == ']') && depth > 0) {
            --depth;
        }
    }
}

} // namespace aih::http
