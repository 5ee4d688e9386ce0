import json

import pytest

from escalation.transports.base import PermanentError, TransientError
from escalation.transports.slack.transport import SlackTransport
from escalation.transports.testing import fake_alert, fake_ctx, fake_person


def _ctx(httpserver):
    return fake_ctx("slack", {"base_url": httpserver.url_for("/api/")}, {"bot_token": "xoxb-1"})


def test_posts_block_kit_with_ack_and_resolve_buttons_to_the_users_dm(httpserver):
    httpserver.expect_request("/api/chat.postMessage").respond_with_json(
        {"ok": True, "channel": "D1", "ts": "1.2"}
    )
    result = SlackTransport().send(fake_alert(), fake_person(), ctx=_ctx(httpserver))
    body = json.loads(httpserver.log[0][0].get_data())
    assert body["channel"] == "USAM" and result.provider_message_id == "D1:1.2"
    actions = next(b for b in body["blocks"] if b["type"] == "actions")
    assert [e["action_id"] for e in actions["elements"]] == [
        "alert_ack",
        "alert_false_alarm",
        "alert_resolve",
        "alert_open",
    ]
    assert body["metadata"]["event_payload"]["alert_id"] == 42


@pytest.mark.parametrize(
    ("status", "payload", "error", "scope"),
    [
        (500, None, TransientError, None),
        (429, {"ok": False, "error": "ratelimited"}, TransientError, None),
        (200, {"ok": False, "error": "token_revoked"}, PermanentError, "tenant"),
        (200, {"ok": False, "error": "invalid_auth"}, PermanentError, "tenant"),
        (200, {"ok": False, "error": "user_not_found"}, PermanentError, "recipient"),
        (200, {"ok": False, "error": "channel_not_found"}, PermanentError, "recipient"),
    ],
)
def test_errors_are_classified(httpserver, status, payload, error, scope):
    handler = httpserver.expect_request("/api/chat.postMessage")
    if payload is None:
        handler.respond_with_data("oops", status=status)
    else:
        handler.respond_with_json(payload, status=status)
    with pytest.raises(error) as exc:
        SlackTransport().send(fake_alert(), fake_person(), ctx=_ctx(httpserver))
    if scope:
        assert exc.value.scope == scope
