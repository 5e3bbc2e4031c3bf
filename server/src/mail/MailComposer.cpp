// SPDX-License-Identifier: Apache-2.0
#include "mail/MailComposer.h"

#include "aih/Validation.h"

#include <Poco/Net/MailRecipient.h>
#include <Poco/Net/StringPartSource.h>
#include <Poco/Timestamp.h>
#include <algorithm>
#include <sstream>

namespace aih::mail {
namespace {

bool hasLineBreak(std::string_view value)
{
    return std::ranges::any_of(value, [](char c) { return c == '\r' || c == '\n' || c == '\0'; });
}

void requireSingleLine(std::string_view what, std::string_view value)
{
    if (hasLineBreak(value)) {
        throw UnsafeMail(std::string(what) + " contains a line break");
    }
}

void requireAddress(std::string_view what, const std::string& address)
{
    requireSingleLine(what, address);
    if (!isValidEmail(address) || address.find_first_of("<>,;\" ") != std::string::npos) {
        throw UnsafeMail(std::string(what) + " is not a single plain address");
    }
}

bool isAscii(std::string_view text)
{
    return std::ranges::all_of(text, [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// A display name as a quoted string, or as an RFC 2047 encoded word when it is not ASCII. Angle
// brackets are dropped: Poco takes the envelope sender (MAIL FROM) from the first '<' of the
// From header, which a name such as "Acme <ceo@bank.example>" would otherwise choose.
std::string displayName(std::string name)
{
    std::erase_if(name, [](char c) { return c == '<' || c == '>'; });
    if (!isAscii(name)) {
        return Poco::Net::MailMessage::encodeWord(name, "UTF-8");
    }
    std::string quoted = "\"";
    for (const char c : name) {
        if (c == '"' || c == '\\') {
            quoted += '\\';
        }
        quoted += c;
    }
    return quoted + "\"";
}

} // namespace

std::unique_ptr<Poco::Net::MailMessage> compose(const OutgoingMail& mail)
{
    requireAddress("the sender address", mail.fromAddress);
    requireAddress("the recipient address", mail.to);
    requireSingleLine("the sender name", mail.fromName);
    requireSingleLine("the subject", mail.subject);
    requireSingleLine("the message id", mail.messageId);

    auto message = std::make_unique<Poco::Net::MailMessage>();
    message->setSender(mail.fromName.empty() ? mail.fromAddress
                                             : displayName(mail.fromName) + " <" + mail.fromAddress + ">");
    message->addRecipient(Poco::Net::MailRecipient(Poco::Net::MailRecipient::PRIMARY_RECIPIENT, mail.to));
    message->setSubject(isAscii(mail.subject) ? mail.subject
                                              : Poco::Net::MailMessage::encodeWord(mail.subject, "UTF-8"));
    message->setDate(Poco::Timestamp());
    if (!mail.messageId.empty()) {
        message->set("Message-ID", "<" + mail.messageId + ">");
    }
    message->set("Auto-Submitted", "auto-generated");
    message->setContentType("multipart/alternative");
    message->addContent(new Poco::Net::StringPartSource(mail.text, "text/plain; charset=UTF-8"),
                        Poco::Net::MailMessage::ENCODING_QUOTED_PRINTABLE);
    message->addContent(new Poco::Net::StringPartSource(mail.html, "text/html; charset=UTF-8"),
                        Poco::Net::MailMessage::ENCODING_QUOTED_PRINTABLE);
    return message;
}

std::string render(const Poco::Net::MailMessage& message)
{
    std::ostringstream out;
    message.write(out);
    return out.str();
}

} // namespace aih::mail
