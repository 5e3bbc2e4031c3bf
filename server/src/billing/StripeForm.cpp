// SPDX-License-Identifier: Apache-2.0
#include "billing/StripeForm.h"

namespace aih::billing {
namespace {

void appendEncoded(std::string& out, const std::string& text)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        const bool unreserved = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
                                (byte >= '0' && byte <= '9') || byte == '-' || byte == '.' || byte == '_' ||
                                byte == '~';
        if (unreserved) {
            out += c;
        } else {
            out += '%';
            out += hex[byte >> 4];
            out += hex[byte & 0x0F];
        }
    }
}

} // namespace

std::string encodeForm(const StripeForm& form)
{
    std::string out;
    for (const auto& [key, value] : form) {
        if (!out.empty()) {
            out += '&';
        }
        appendEncoded(out, key);
        out += '=';
        appendEncoded(out, value);
    }
    return out;
}

} // namespace aih::billing
