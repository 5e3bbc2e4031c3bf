// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>

namespace aih::mail {

/// One message as the outbox holds it: plain values, composed into MIME only when sent.
struct OutgoingMail
{
    std::string fromAddress;
    std::string fromName; ///< shown as the sender; the tenant's name for tenant mail
    std::string to;
    std::string subject;
    std::string text;
    std::string html;
    /// Stable across retries, so a receiving system can tell a resend from a new message.
    std::string messageId;
};

} // namespace aih::mail
