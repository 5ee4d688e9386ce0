from email import message_from_bytes

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Sink

from escalation.transports.base import PermanentError, TransientError
from escalation.transports.email.transport import EmailTransport
from escalation.transports.testing import fake_alert, fake_ctx, fake_person
from tests.support.processes import free_port


class Inbox(Sink):
    def __init__(self, reject_rcpt: bool = False):
        self.messages = []
        self.reject_rcpt = reject_rcpt

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.reject_rcpt:
            return "550 5.1.1 No such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope.original_content or envelope.content)
        return "250 OK"


@pytest.fixture
def smtp():
    def start(**kw):
        inbox = Inbox(**kw)
        port = free_port()
        controller = Controller(inbox, hostname="127.0.0.1", port=port)
        controller.start()
        started.append(controller)
        return inbox, port

    started = []
    yield start
    for controller in started:
        controller.stop()


def test_sends_html_and_text_with_signed_links(smtp):
    inbox, port = smtp()
    ctx = fake_ctx("email", {"host": "127.0.0.1", "port": port}, {})
    EmailTransport().send(fake_alert(), fake_person(), ctx=ctx)
    msg = message_from_bytes(inbox.messages[0])
    assert msg["Message-ID"] == f"<{ctx.idempotency_key}@crisisops>"
    types = {p.get_content_type() for p in msg.walk() if not p.is_multipart()}
    assert types == {"text/plain", "text/html"}


def test_rejected_recipient_is_permanent_for_that_person(smtp):
    _, port = smtp(reject_rcpt=True)
    with pytest.raises(PermanentError) as exc:
        EmailTransport().send(
            fake_alert(), fake_person(), ctx=fake_ctx("email", {"host": "127.0.0.1", "port": port}, {})
        )
    assert exc.value.scope == "recipient"


def test_unreachable_server_is_transient():
    with pytest.raises(TransientError):
        EmailTransport().send(
            fake_alert(), fake_person(), ctx=fake_ctx("email", {"host": "127.0.0.1", "port": free_port()}, {})
        )
