// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "mail/OutgoingMail.h"

#include <Poco/Net/MailMessage.h>
#include <memory>
#include <stdexcept>

namespace aih::mail {

/// A message that cannot be written safely: a header value with a line break (header
/// injection), an address that is not one.
class UnsafeMail : public std::invalid_argument
{
public:
    using std::invalid_argument::invalid_argument;
};

/// multipart/alternative (text, then HTML), UTF-8, quoted-printable; non-ASCII header words
/// encoded by RFC 2047. Throws UnsafeMail rather than write a header from a value that could
/// end it.
std::unique_ptr<Poco::Net::MailMessage> compose(const OutgoingMail& mail);

/// The whole message as it goes on the wire (for the log transport and for tests).
std::string render(const Poco::Net::MailMessage& message);

} // namespace aih::mail
