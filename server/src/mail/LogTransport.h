// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "mail/MailTransport.h"

namespace aih::mail {

/// Without SMTP_URL, mail is written to the server's log instead of sent: a development server
/// still shows its reset links, and nothing pretends mail went out (/readyz says it did not).
class LogTransport : public MailTransport
{
public:
    SendResult send(const OutgoingMail& mail) override;
    std::string kind() const override { return "log"; }
};

} // namespace aih::mail
