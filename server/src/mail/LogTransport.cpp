// SPDX-License-Identifier: Apache-2.0
#include "mail/LogTransport.h"

#include "logging/Logger.h"
#include "mail/MailComposer.h"

namespace aih::mail {
namespace {

const logging::Logger logTransportLogger("mail");

} // namespace

SendResult LogTransport::send(const OutgoingMail& mail)
{
    try {
        compose(mail); // the same checks as a real send
    } catch (const UnsafeMail& error) {
        return SendResult::refused(error.what());
    }
    logTransportLogger.info(
        "mail not sent (SMTP_URL is unset)",
        {{"to", mail.to}, {"subject", mail.subject}, {"message_id", mail.messageId}, {"text", mail.text}});
    return SendResult::sent();
}

} // namespace aih::mail
