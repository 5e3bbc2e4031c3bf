// SPDX-License-Identifier: Apache-2.0
#include "net/AnswerAndLinger.h"

#include <Poco/Exception.h>

namespace aih::net {
namespace {

constexpr auto lingerFor = std::chrono::milliseconds(1000);
constexpr std::size_t maxDiscarded = std::size_t{1024} * 1024;

struct Discard
{
    std::size_t discarded = 0;
    bool operator()() const { return discarded >= maxDiscarded; }
    void consume(const char* /*bytes*/, std::size_t size) { discarded += size; }
};

} // namespace

bool answerAndLinger(Poco::Net::StreamSocket& socket, const std::string& answer)
{
    bool sent = false;
    try {
        socket.setSendTimeout(Poco::Timespan(1, 0));
        socket.sendBytes(answer.data(), static_cast<int>(answer.size()));
        sent = true;
        socket.shutdownSend();
        Discard rest;
        readFor(socket, lingerFor, rest);
    } catch (const Poco::Exception&) {
        // The client is gone, or left while we waited for it to: either way there is no more
        // to tell it.
    }
    return sent;
}

} // namespace aih::net
