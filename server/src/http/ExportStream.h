// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/ExportBudget.h"
#include "util/StreamWriter.h"

#include <Poco/Net/StreamSocket.h>
#include <array>
#include <chrono>
#include <stdexcept>
#include <streambuf>

namespace aih::http {

/// An export ended before its end by its deadline or its reader's stall.
struct ExportCutOff : std::runtime_error
{
    ExportCutOff(CutOff why, const char* what) : std::runtime_error(what), reason(why) {}
    CutOff reason;
};

/// What an export writes through: buffers, then hands the bytes to the response body (Poco's
/// chunked stream) with the socket's send timeout set to the stall limit, or to what is left
/// of the deadline when that is shorter. A send that moves no byte for that long throws
/// ExportCutOff instead of failing quietly: the writer stops, and the pipeline ends the
/// connection without the final chunk, so the reader sees a broken transfer, never a short file
/// that looks complete. Restores the socket's own send timeout when done.
class ExportStreamBuf : public std::streambuf
{
public:
    ExportStreamBuf(std::streambuf& body, const Poco::Net::StreamSocket& socket,
                    std::chrono::steady_clock::time_point deadline, std::chrono::seconds stallTimeout);
    ~ExportStreamBuf() override;
    ExportStreamBuf(const ExportStreamBuf&) = delete;
    ExportStreamBuf& operator=(const ExportStreamBuf&) = delete;

    /// Sends everything written so far through to the socket, under the same limits.
    void finish();

protected:
    int_type overflow(int_type ch) override;
    int sync() override;

private:
    void forward(bool toSocket);

    std::streambuf& body_;
    Poco::Net::StreamSocket socket_;
    std::chrono::steady_clock::time_point deadline_;
    std::chrono::seconds stallTimeout_;
    Poco::Timespan ownSendTimeout_;
    std::array<char, std::size_t{16} * 1024> buffer_{};
};

/// `writer`, run through an ExportStreamBuf on `socket` whose deadline starts when it runs.
util::StreamWriter withinExportLimits(util::StreamWriter writer, const Poco::Net::StreamSocket& socket,
                                      const ExportLimits& limits);

} // namespace aih::http
