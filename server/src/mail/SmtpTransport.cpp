// SPDX-License-Identifier: Apache-2.0
#include "mail/SmtpTransport.h"

#include "crypto/ClientTls.h"
#include "mail/MailComposer.h"

#include <Poco/Net/NetException.h>
#include <Poco/Net/SecureSMTPClientSession.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <memory>

namespace aih::mail {
namespace {

using Session = Poco::Net::SecureSMTPClientSession;

std::unique_ptr<Session> connect(const SmtpSettings& settings)
{
    const auto port = static_cast<Poco::UInt16>(settings.port);
    if (settings.implicitTls) {
        Poco::Net::SecureStreamSocket socket(crypto::clientTlsContext());
        socket.setPeerHostName(settings.host); // checked against the certificate
        socket.connect(Poco::Net::SocketAddress(settings.host, port),
                       Poco::Timespan(settings.timeout.count(), 0));
        return std::make_unique<Session>(socket);
    }
    // Constructed from the host name, so that STARTTLS checks the certificate against it.
    return std::make_unique<Session>(settings.host, port);
}

} // namespace

SmtpTransport::SmtpTransport(SmtpSettings settings) : settings_(std::move(settings)) {}

SendResult SmtpTransport::send(const OutgoingMail& mail)
{
    std::unique_ptr<Poco::Net::MailMessage> message;
    try {
        message = compose(mail);
    } catch (const UnsafeMail& error) {
        return SendResult::refused(error.what());
    }
    try {
        auto session = connect(settings_);
        session->setTimeout(Poco::Timespan(settings_.timeout.count(), 0));
        session->login(); // EHLO
        // A loopback relay is reached in the clear; anything else only over TLS.
        if (settings_.requireStartTls) {
            if (!session->startTLS(crypto::clientTlsContext())) {
                session->close();
                return SendResult::retry("the SMTP server does not offer STARTTLS; mail to a remote host "
                                         "is only sent encrypted");
            }
            session->login(); // EHLO again, as RFC 3207 asks after STARTTLS
        }
        if (!settings_.user.empty()) {
            session->login(Session::AUTH_LOGIN, settings_.user, settings_.password);
        }
        session->sendMessage(*message);
        session->close();
        return SendResult::sent();
    } catch (const Poco::Net::SMTPException& error) {
        const int status = error.code();
        if (status >= 500 && status < 600) {
            return SendResult::refused(error.displayText());
        }
        return SendResult::retry(error.displayText());
    } catch (const Poco::Exception& error) {
        return SendResult::retry(error.displayText());
    } catch (const std::exception& error) {
        return SendResult::retry(error.what());
    }
}

} // namespace aih::mail
