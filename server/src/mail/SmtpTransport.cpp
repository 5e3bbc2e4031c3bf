// SPDX-License-Identifier: Apache-2.0
#include "mail/SmtpTransport.h"

#include "crypto/ClientTls.h"
#include "mail/MailComposer.h"

#include <Poco/Net/NetException.h>
#include <Poco/Net/SMTPClientSession.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <memory>

namespace aih::mail {
namespace {

/// Poco's session, with STARTTLS done here: Poco's SecureSMTPClientSession either connects
/// without a timeout (from a host name) or checks the certificate against no name (from a
/// connected socket). This one connects with a timeout and checks against the configured host.
class Session : public Poco::Net::SMTPClientSession
{
public:
    using SMTPClientSession::SMTPClientSession;

    bool startTls(const std::string& host)
    {
        std::string response;
        if (!isPositiveCompletion(sendCommand("STARTTLS", response))) {
            return false;
        }
        const Poco::Net::SecureStreamSocket secure =
            Poco::Net::SecureStreamSocket::attach(socket(), host, crypto::clientTlsContext());
        socket() = secure;
        return true;
    }
};

std::unique_ptr<Session> connect(const SmtpSettings& settings)
{
    const Poco::Net::SocketAddress address(settings.host, static_cast<Poco::UInt16>(settings.port));
    const Poco::Timespan timeout(settings.timeout.count(), 0);
    if (settings.implicitTls) {
        Poco::Net::SecureStreamSocket socket(crypto::clientTlsContext());
        socket.setPeerHostName(settings.host); // checked against the certificate
        socket.connect(address, timeout);
        return std::make_unique<Session>(socket);
    }
    Poco::Net::StreamSocket socket;
    socket.connect(address, timeout);
    return std::make_unique<Session>(socket);
}

// Poco names the step that failed; only the recipient's and the message's own refusals are
// about this message. A refused MAIL FROM, login or greeting is the server's configuration or
// state, and would refuse every message alike: that is worth retrying, never giving up on.
bool refusesThisMessage(const Poco::Net::SMTPException& error)
{
    const auto& text = error.message();
    return error.code() >= 500 && error.code() < 600 &&
           (text.find("Recipient rejected") != std::string::npos ||
            text.find("rejected the message") != std::string::npos);
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
            if (!session->startTls(settings_.host)) {
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
        return refusesThisMessage(error) ? SendResult::refused(error.displayText())
                                         : SendResult::retry(error.displayText());
    } catch (const Poco::Exception& error) {
        return SendResult::retry(error.displayText());
    } catch (const std::exception& error) {
        return SendResult::retry(error.what());
    }
}

} // namespace aih::mail
