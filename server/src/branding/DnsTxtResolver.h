// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace aih::branding {

/// An IPv4 nameserver to ask instead of the system's (tests run a DNS server on loopback).
struct Nameserver
{
    std::string address;
    unsigned short port = 53;
};

struct TxtLookup
{
    enum class Outcome
    {
        Answered, ///< the name exists; `records` may still be empty (no TXT records)
        NoSuchName,
        Failed, ///< timeout, SERVFAIL, REFUSED: nothing can be concluded
    };
    Outcome outcome = Outcome::Failed;
    std::vector<std::string> records; ///< each record's strings joined, as RFC 7208 reads them
    std::string error;
};

/// TXT lookups through the C library's resolver (res_nquery with a private resolver state, so
/// it is thread-safe), retrying over TCP when an answer is truncated. Short timeouts: this runs
/// on a request thread.
class DnsTxtResolver
{
public:
    explicit DnsTxtResolver(std::optional<Nameserver> nameserver = std::nullopt);

    TxtLookup lookup(const std::string& name) const;

private:
    std::optional<Nameserver> nameserver_;
};

} // namespace aih::branding
