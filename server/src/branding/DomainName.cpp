// SPDX-License-Identifier: Apache-2.0
#include "branding/DomainName.h"

#include <algorithm>
#include <cctype>

namespace aih::branding {
namespace {

bool validLabel(std::string_view label)
{
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') {
        return false;
    }
    return std::ranges::all_of(
        label, [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

std::string lowered(std::string_view text)
{
    std::string out(text);
    std::ranges::transform(out, out.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

bool isSameOrUnder(std::string_view name, std::string_view parent)
{
    return name == parent || (name.size() > parent.size() && name.ends_with(parent) &&
                              name[name.size() - parent.size() - 1] == '.');
}

} // namespace

DomainCheck checkCustomDomain(std::string_view input, std::string_view baseDomain)
{
    DomainCheck check{lowered(input), {}};
    auto& domain = check.domain;
    if (domain.ends_with('.')) {
        domain.pop_back();
    }
    if (std::ranges::any_of(domain, [](unsigned char c) { return c >= 0x80; })) {
        check.problem = "use the ASCII (xn--) form of an internationalised domain name";
        return check;
    }
    if (domain.empty() || domain.size() > 253) {
        check.problem = "must be a host name of at most 253 characters";
        return check;
    }
    std::size_t labels = 0;
    std::string_view last;
    for (std::size_t start = 0; start <= domain.size();) {
        const auto end = std::min(domain.find('.', start), domain.size());
        last = std::string_view(domain).substr(start, end - start);
        if (!validLabel(last)) {
            check.problem = "must be a host name made of letters, digits, hyphens and dots";
            return check;
        }
        ++labels;
        start = end + 1;
    }
    if (labels < 2 || std::ranges::all_of(last, [](char c) { return c >= '0' && c <= '9'; })) {
        check.problem = "must be a fully qualified domain name, not a single label or an IP address";
        return check;
    }
    const auto base = lowered(baseDomain);
    if (isSameOrUnder(domain, base) || isSameOrUnder(base, domain) || domain == "localhost" ||
        domain.ends_with(".localhost")) {
        check.problem = "belongs to the platform and cannot be claimed";
    }
    return check;
}

std::string verificationRecordName(const std::string& domain)
{
    return "_aih-verification." + domain;
}

std::string verificationRecordValue(const std::string& token)
{
    return "aih-verification=" + token;
}

} // namespace aih::branding
