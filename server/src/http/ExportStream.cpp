// SPDX-License-Identifier: Apache-2.0
#include "http/ExportStream.h"

#include <Poco/Exception.h>
#include <algorithm>
#include <cerrno>
#include <ostream>

namespace aih::http {
namespace {

constexpr int sendBufferBytes = 256 * 1024;

ExportCutOff cutOff(bool deadlineFirst)
{
    return deadlineFirst ? ExportCutOff(CutOff::Deadline, "the export passed its deadline")
                         : ExportCutOff(CutOff::Stall, "the reader took nothing for the stall limit");
}

} // namespace

ExportStreamBuf::ExportStreamBuf(std::streambuf& body, const Poco::Net::StreamSocket& socket,
                                 std::chrono::steady_clock::time_point deadline,
                                 std::chrono::seconds stallTimeout)
    : body_(body), socket_(socket), deadline_(deadline), stallTimeout_(stallTimeout),
      ownSendTimeout_(socket_.getSendTimeout())
{
    // A fixed send buffer: left to autotuning, the kernel grows it towards 4 MB while the reader
    // takes nothing, so a stalled reader looks like one that still accepts bytes for seconds on
    // end, and each slow reader pins megabytes of kernel memory.
    socket_.setSendBufferSize(sendBufferBytes);
    setp(buffer_.data(), buffer_.data() + buffer_.size());
}

ExportStreamBuf::~ExportStreamBuf()
{
    try {
        socket_.setSendTimeout(ownSendTimeout_);
    } catch (const Poco::Exception&) {
        // The connection is gone; nothing is sent on it again.
    }
}

void ExportStreamBuf::finish()
{
    forward(true);
}

ExportStreamBuf::int_type ExportStreamBuf::overflow(int_type ch)
{
    forward(false);
    if (!traits_type::eq_int_type(ch, traits_type::eof())) {
        *pptr() = traits_type::to_char_type(ch);
        pbump(1);
    }
    return traits_type::not_eof(ch);
}

int ExportStreamBuf::sync()
{
    forward(false);
    return 0;
}

void ExportStreamBuf::forward(bool toSocket)
{
    const auto now = std::chrono::steady_clock::now();
    if (now >= deadline_) {
        throw cutOff(true);
    }
    const auto left = std::chrono::duration_cast<std::chrono::microseconds>(deadline_ - now);
    const bool deadlineFirst = left < stallTimeout_;
    const auto timeout = std::min<std::chrono::microseconds>(left, stallTimeout_);
    socket_.setSendTimeout(Poco::Timespan(timeout.count()));
    const auto pending = static_cast<std::streamsize>(pptr() - pbase());
    try {
        // Through the body's buffer itself, not an ostream over it: an ostream would swallow
        // the socket's exception and leave only a bad bit, losing why the send failed.
        if (body_.sputn(pbase(), pending) != pending || (toSocket && body_.pubsync() != 0)) {
            throw std::runtime_error("the connection closed while the export was sent");
        }
    } catch (const Poco::TimeoutException&) {
        throw cutOff(deadlineFirst);
    } catch (const Poco::IOException& error) {
        // Poco 1.11 reports a send that timed out as an IOException carrying EAGAIN.
        if (error.code() == EAGAIN || error.code() == EWOULDBLOCK) {
            throw cutOff(deadlineFirst);
        }
        throw;
    }
    setp(buffer_.data(), buffer_.data() + buffer_.size());
}

util::StreamWriter withinExportLimits(util::StreamWriter writer, const Poco::Net::StreamSocket& socket,
                                      const ExportLimits& limits)
{
    return [writer = std::move(writer), socket, limits](std::ostream& body) {
        ExportStreamBuf guarded(*body.rdbuf(), socket, std::chrono::steady_clock::now() + limits.deadline,
                                limits.stallTimeout);
        std::ostream out(&guarded);
        // What the buffer throws reaches the pipeline instead of becoming a quiet bad bit.
        out.exceptions(std::ios::badbit);
        writer(out);
        guarded.finish();
    };
}

} // namespace aih::http
