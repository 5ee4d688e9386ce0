import pytest

from escalation.transports.base import PermanentError, TransientError
from escalation.transports.sms.transport import SmsTransport
from escalation.transports.testing import fake_alert, fake_ctx, fake_person

SID = "AC" + "1" * 32
PATH = f"/2010-04-01/Accounts/{SID}/Messages.json"


def _ctx(httpserver):
    return fake_ctx(
        "sms",
        {"base_url": httpserver.url_for("/").rstrip("/"), "from_number": "+15005550006"},
        {"account_sid": SID, "auth_token": "tok"},
    )


def test_twilio_sdk_posts_to_the_configured_base_url_with_basic_auth(httpserver):
    httpserver.expect_request(PATH, method="POST").respond_with_json(
        {"sid": "SM1", "status": "queued"}, status=201
    )
    result = SmsTransport().send(fake_alert(), fake_person(), ctx=_ctx(httpserver))
    request = httpserver.log[0][0]
    assert result.provider_message_id == "SM1"
    assert request.authorization.username == SID and request.authorization.password == "tok"
    assert request.form["To"] == "+15550001111" and "ACK 123456" in request.form["Body"]


@pytest.mark.parametrize(
    ("status", "code", "error", "scope"),
    [
        (500, 20500, TransientError, None),
        (429, 20429, TransientError, None),
        (400, 21211, PermanentError, "recipient"),
        (401, 20003, PermanentError, "tenant"),
    ],
)
def test_errors_are_classified(httpserver, status, code, error, scope):
    httpserver.expect_request(PATH).respond_with_json(
        {"code": code, "message": "nope", "status": status}, status=status
    )
    with pytest.raises(error) as exc:
        SmsTransport().send(fake_alert(), fake_person(), ctx=_ctx(httpserver))
    if scope:
        assert exc.value.scope == scope
