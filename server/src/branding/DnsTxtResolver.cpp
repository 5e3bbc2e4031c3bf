// SPDX-License-Identifier: Apache-2.0
#include "branding/DnsTxtResolver.h"

#include <arpa/inet.h>
#include <arpa/nameser.h>
#include <cstring>
#include <memory>
#include <netdb.h>
#include <netinet/in.h>
#include <resolv.h>

namespace aih::branding {
namespace {

constexpr int timeoutSeconds = 2;
constexpr int attempts = 2;

struct ResolverState
{
    struct __res_state state;
    bool open = false;

    ResolverState() { std::memset(&state, 0, sizeof state); }
    ~ResolverState()
    {
        if (open) {
            res_nclose(&state);
        }
    }
};

std::vector<std::string> txtRecords(const unsigned char* answer, int length)
{
    std::vector<std::string> records;
    ns_msg message;
    if (ns_initparse(answer, length, &message) != 0) {
        return records;
    }
    const int count = ns_msg_count(message, ns_s_an);
    for (int i = 0; i < count; ++i) {
        ns_rr rr;
        if (ns_parserr(&message, ns_s_an, i, &rr) != 0 || ns_rr_type(rr) != ns_t_txt) {
            continue;
        }
        const unsigned char* data = ns_rr_rdata(rr);
        const std::size_t size = ns_rr_rdlen(rr);
        std::string joined;
        // RDATA is a run of <length byte><bytes> character-strings.
        for (std::size_t pos = 0; pos < size;) {
            const std::size_t part = data[pos];
            if (pos + 1 + part > size) {
                break;
            }
            joined.append(reinterpret_cast<const char*>(data + pos + 1), part);
            pos += 1 + part;
        }
        records.push_back(std::move(joined));
    }
    return records;
}

} // namespace

DnsTxtResolver::DnsTxtResolver(std::optional<Nameserver> nameserver) : nameserver_(std::move(nameserver)) {}

TxtLookup DnsTxtResolver::lookup(const std::string& name) const
{
    TxtLookup result;
    auto resolver = std::make_unique<ResolverState>();
    auto& state = resolver->state;
    if (res_ninit(&state) != 0) {
        result.error = "the resolver could not be initialised";
        return result;
    }
    resolver->open = true;
    state.retrans = timeoutSeconds;
    state.retry = attempts;
    if (nameserver_) {
        state.nscount = 1;
        state.nsaddr_list[0] = sockaddr_in{};
        state.nsaddr_list[0].sin_family = AF_INET;
        state.nsaddr_list[0].sin_port = htons(nameserver_->port);
        inet_pton(AF_INET, nameserver_->address.c_str(), &state.nsaddr_list[0].sin_addr);
    }
    std::vector<unsigned char> answer(NS_MAXMSG);
    const int length =
        res_nquery(&state, name.c_str(), ns_c_in, ns_t_txt, answer.data(), static_cast<int>(answer.size()));
    if (length >= 0) {
        result.outcome = TxtLookup::Outcome::Answered;
        result.records = txtRecords(answer.data(), length);
        return result;
    }
    switch (state.res_h_errno) {
    case HOST_NOT_FOUND:
        result.outcome = TxtLookup::Outcome::NoSuchName;
        break;
    case NO_DATA:
        result.outcome = TxtLookup::Outcome::Answered;
        break;
    default:
        result.error = "the DNS server did not answer (timeout, SERVFAIL or REFUSED)";
        break;
    }
    return result;
}

} // namespace aih::branding
