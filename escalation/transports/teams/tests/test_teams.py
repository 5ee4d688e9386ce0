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
