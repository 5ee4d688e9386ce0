import json

import pytest

from escalation.transports.base import PermanentError, TransientError
from escalation.transports.pagerduty.transport import PagerDutyTransport
from escalation.transports.testing import fake_alert, fake_ctx


def _ctx(httpserver, purpose="notify"):
    return fake_ctx("pagerduty", {"base_url": httpserver.url_for("/")}, {"routing_key": "RK1234"}, purpose)


def test_trigger_and_resolve_events_follow_the_events_v2_schema(httpserver):
    httpserver.expect_request("/v2/enqueue").respond_with_json(
        {"status": "success", "dedup_key": "k"}, status=202
    )
    PagerDutyTransport().send(fake_alert(severity="P2"), None, ctx=_ctx(httpserver))
    PagerDutyTransport().send(fake_alert(), None, ctx=_ctx(httpserver, "resolve"))
    trigger, resolve = (json.loads(r.get_data()) for r, _ in httpserver.log)
    assert trigger["event_action"] == "trigger" and trigger["payload"]["severity"] == "error"
    assert {"summary", "source", "severity"} <= set(trigger["payload"])
    assert resolve == {"routing_key": "RK1234", "event_action": "resolve", "dedup_key": trigger["dedup_key"]}


@pytest.mark.parametrize(
    ("status", "error"), [(400, PermanentError), (429, TransientError), (500, TransientError)]
)
def test_errors_are_classified(httpserver, status, error):
    httpserver.expect_request("/v2/enqueue").respond_with_json({"status": "invalid event"}, status=status)
    with pytest.raises(error):
        PagerDutyTransport().send(fake_alert(), None, ctx=_ctx(httpserver))
