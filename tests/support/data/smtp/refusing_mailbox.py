# SPDX-License-Identifier: Apache-2.0
# An aiosmtpd handler for the tests: a Maildir like aiosmtpd.handlers.Mailbox, except that it
# refuses for good (550) any recipient whose address starts with "bounce", as a real server
# refuses an unknown mailbox.
from aiosmtpd.handlers import Mailbox


class RefusingMailbox(Mailbox):
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower().startswith("bounce"):
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"
