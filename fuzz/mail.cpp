// SPDX-License-Identifier: Apache-2.0
// Fuzz target `mail`: what a tenant or a client controls on its way into a message. The input is
// split into an Accept-Language header and a tenant name. Asserts, beyond no crash and no
// sanitizer report:
//  - mailLanguage always answers one of en, de, fr, es;
//  - a reset mail with that name as the brand composes without refusal, and its wire form has
//    exactly the headers the composer writes (no name can add one), and the envelope sender Poco
//    derives from From is the configured address whatever the name holds.
#include "accounts/AccountMail.h"
#include "mail/MailComposer.h"
#include "mail/MailLanguage.h"

#include <Poco/Net/MessageHeader.h>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <sstream>
#include <string>
#include <string_view>

namespace {

void fail(const char* what, std::string_view detail)
{
    std::fprintf(stderr, "mail: %s\n---\n%.*s\n---\n", what, static_cast<int>(detail.size()), detail.data());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto split = input.find('|');
    const auto header = input.substr(0, split);
    const auto name = split == std::string_view::npos ? std::string_view() : input.substr(split + 1);

    const auto language = aih::mail::mailLanguage(header);
    if (language != "en" && language != "de" && language != "fr" && language != "es") {
        fail("mailLanguage answered a language mail is not written in", language);
    }

    const aih::accounts::MailBrand brand{aih::accounts::singleLine(name), "#4F46E5", ""};
    const auto content = aih::accounts::passwordResetMail(
        language, brand, "https://acme.aih.example/portal/reset-password?token=t", 30);
    aih::mail::OutgoingMail mail{"no-reply@aih.example", brand.name,   "user@acme.example",   content.subject,
                                 content.text,           content.html, "mail-1.t@aih.example"};
    std::string wire;
    try {
        wire = aih::mail::render(*aih::mail::compose(mail));
    } catch (const aih::mail::UnsafeMail& error) {
        fail("a name made single-line was still refused", error.what());
    }
    std::istringstream in(wire);
    Poco::Net::MessageHeader headers;
    headers.setFieldLimit(0);
    try {
        headers.read(in);
    } catch (const std::exception& error) {
        fail("the composed message's headers do not parse", wire);
    }
    static const std::set<std::string> expected{"Auto-Submitted", "Content-Type", "Date",    "From",
                                                "Message-ID",     "Mime-Version", "Subject", "To"};
    std::set<std::string> seen;
    for (const auto& [field, value] : headers) {
        seen.insert(field);
    }
    if (seen != expected) {
        fail("the headers are not the composer's own", wire);
    }
    // Poco takes the envelope sender (MAIL FROM) from the first '<' of From: it must be ours.
    const std::string_view from = headers.get("From");
    constexpr std::string_view ours = "<no-reply@aih.example>";
    const bool bare = from == ours.substr(1, ours.size() - 2); // no name at all
    const bool named = from.ends_with(ours) && from.find('<') == from.size() - ours.size();
    if (!bare && !named) {
        fail("a name can choose the envelope sender", from);
    }
    return 0;
}
