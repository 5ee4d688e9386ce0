import json

import pytest

from escalation.transports.base import PermanentError, TransientError
from escalation.transports.testing import fake_alert, fake_ctx, fake_person
from escalation.transports.webhook.transport import WebhookTransport, sign, verify


def _ctx(httpserver):
    return fake_ctx("webhook", {"url": httpserver.url_for("/hook")}, {"secret": "s3cret"})


def test_body_is_signed_and_carries_the_idempotency_key(httpserver):
    httpserver.expect_request("/hook").respond_with_data("", status=204)
    ctx = _ctx(httpserver)
    WebhookTransport().send(fake_alert(), fake_person(), ctx=ctx)
    request = httpserver.log[0][0]
    assert verify("s3cret", request.headers["X-CrisisOps-Signature"], request.get_data())
    assert request.headers["Idempotency-Key"] == ctx.idempotency_key
    assert json.loads(request.get_data())["alert"]["severity"] == "P1"


def test_verify_rejects_old_or_forged_signatures():
    body = b'{"a":1}'
    assert verify("k", sign("k", 1000, body), body, now=1100)
    assert not verify("k", sign("k", 1000, body), body, now=2000)
    assert not verify("k", sign("other", 1000, body), body, now=1000)
    assert not verify("k", sign("k", 1000, body), body + b" ", now=1000)


@pytest.mark.parametrize(
    ("status", "error"), [(404, PermanentError), (410, PermanentError), (503, TransientError)]
)
def test_errors_are_classified(httpserver, status, error):
    httpserver.expect_request("/hook").respond_with_data("x", status=status)
    with pytest.raises(error):
        WebhookTransport().send(fake_alert(), fake_person(), ctx=_ctx(httpserver))
