import json

import pytest

from escalation.transports.base import PermanentError, TransientError
from escalation.transports.teams.transport import TeamsTransport
from escalation.transports.testing import fake_alert, fake_ctx, fake_person


def _ctx(httpserver):
    return fake_ctx("teams", {"webhook_url": httpserver.url_for("/wh")}, {})


def test_adaptive_card_is_valid_json_even_with_quotes_in_the_title(httpserver):
    httpserver.expect_request("/wh").respond_with_data("1")
    TeamsTransport().send(fake_alert(title='He said "leak"\n\\ <x>'), fake_person(), ctx=_ctx(httpserver))
    card = json.loads(httpserver.log[0][0].get_data())["attachments"][0]["content"]
    assert card["version"] == "1.4" and card["body"][0]["text"].endswith('He said "leak"\n\\ <x>')
    assert card["actions"][0]["url"].startswith("http://a.localhost:8000/escalation/a/")


@pytest.mark.parametrize(
    ("status", "error"), [(404, PermanentError), (400, PermanentError), (502, TransientError)]
)
def test_http_errors_are_classified(httpserver, status, error):
    httpserver.expect_request("/wh").respond_with_data("x", status=status)
    with pytest.raises(error):
        TeamsTransport().send(fake_alert(), fake_person(), ctx=_ctx(httpserver))


# Teams' documented throttling answer: HTTP 200 whose body carries the real status.
THROTTLED = (
    "Microsoft Teams endpoint returned HTTP error 429 with ContextId "
    "tcid=0,server=msgapi-canary-eus2-0,cv=deadbeef-0000-0000-0000-000000000000.0"
)


def test_http_error_429_inside_a_200_body_is_transient(httpserver):
    httpserver.expect_request("/wh").respond_with_data(THROTTLED, status=200)
    with pytest.raises(TransientError) as caught:
        TeamsTransport().send(fake_alert(), fake_person(), ctx=_ctx(httpserver))
    assert "HTTP 429" in str(caught.value)


def test_http_error_5xx_inside_a_200_body_is_transient_and_4xx_permanent(httpserver):
    httpserver.expect_oneshot_request("/wh").respond_with_data(
        "Microsoft Teams endpoint returned HTTP error 503 with ContextId tcid=1", status=200
    )
    httpserver.expect_oneshot_request("/wh").respond_with_data(
        "Microsoft Teams endpoint returned HTTP error 404 with ContextId tcid=2", status=200
    )
    with pytest.raises(TransientError):
        TeamsTransport().send(fake_alert(), fake_person(), ctx=_ctx(httpserver))
    with pytest.raises(PermanentError) as caught:
        TeamsTransport().send(fake_alert(), fake_person(), ctx=_ctx(httpserver))
    assert caught.value.scope == "tenant"


def test_an_error_text_without_a_status_stays_permanent(httpserver):
    httpserver.expect_request("/wh").respond_with_data(
        "Webhook message delivery failed with error: bad card", status=200
    )
    with pytest.raises(PermanentError):
        TeamsTransport().send(fake_alert(), fake_person(), ctx=_ctx(httpserver))
