// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "mail/OutgoingMail.h"

#include <string>

namespace aih::mail {

struct SendResult
{
    enum class Outcome
    {
        Sent,
        Retry,
        Refused
    };
    Outcome outcome = Outcome::Sent;
    /// For Retry and Refused: what the server or the network said.
    std::string error;

    static SendResult sent() { return {}; }
    static SendResult retry(std::string why) { return {Outcome::Retry, std::move(why)}; }
    /// Permanent: the server refused this message (5xx), or it cannot be written safely.
    static SendResult refused(std::string why) { return {Outcome::Refused, std::move(why)}; }
};

/// Hands one message on. Implementations never throw for a failed delivery; they say which
/// kind of failure it was, so the outbox knows whether to try again.
class MailTransport
{
public:
    virtual ~MailTransport() = default;
    virtual SendResult send(const OutgoingMail& mail) = 0;
    /// For /readyz: "smtp", "smtps" or "log".
    virtual std::string kind() const = 0;
};

} // namespace aih::mail
