// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "mail/MailTransport.h"
#include "mail/SmtpSettings.h"

namespace aih::mail {

/// Sends through an SMTP server with Poco's client: one connection per message (the outbox
/// sends few, and a fresh connection has no state to go stale), STARTTLS or implicit TLS as the
/// settings say, AUTH when a user is given. A 5xx to the recipient or to the message refuses it
/// for good; anything else (a 4xx, a refused login or sender, a timeout, a refused connection, a
/// TLS failure) is tried again later.
class SmtpTransport : public MailTransport
{
public:
    explicit SmtpTransport(SmtpSettings settings);
    SendResult send(const OutgoingMail& mail) override;
    std::string kind() const override { return settings_.implicitTls ? "smtps" : "smtp"; }

private:
    SmtpSettings settings_;
};

} // namespace aih::mail
