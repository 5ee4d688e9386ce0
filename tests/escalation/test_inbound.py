"""Inbound ACK/resolve paths: Slack buttons, Twilio SMS replies, signed email links (the alerts
REST API and the alert page are the command center's: tests/command_center/test_alerts.py).
A forged or tampered request is a 403 and leaves the alert exactly as it was."""

from __future__ import annotations

import json
import time
from urllib.parse import urlencode

from slack_sdk.signature import SignatureVerifier
from twilio.request_validator import RequestValidator

from escalation import links, services
from escalation.models import Alert
from tests.escalation.conftest import SLACK_SECRET, TWILIO_TOKEN, configure_channels, security_setup


def slack_post(
    client, alert, *, action="alert_ack", user_id="U1", secret=SLACK_SECRET, timestamp=None, tamper=False
):
    payload = {
        "type": "block_actions",
        "user": {"id": user_id, "username": "someone"},
        "actions": [{"action_id": action, "value": str(alert.pk), "type": "button"}],
        "response_url": "https://hooks.slack.invalid/actions/1",
    }
    body = urlencode({"payload": json.dumps(payload)})
    ts = str(int(timestamp if timestamp is not None else time.time()))
    signature = SignatureVerifier(secret).generate_signature(timestamp=ts, body=body)
    if tamper:
        body = body.replace("alert_ack", "alert_resolve")
    return client.post(
        "/escalation/slack/interactions",
        data=body,
        content_type="application/x-www-form-urlencoded",
        HTTP_X_SLACK_SIGNATURE=signature,
        HTTP_X_SLACK_REQUEST_TIMESTAMP=ts,
    )


def _alert():
    alert, _ = services.alert_trigger(
        dedup_key="k", title="Breach", severity="P1", category="security", subject="acme"
    )
    return alert


def _snapshot(alert: Alert) -> tuple:
    alert.refresh_from_db()
    return alert.state, alert.acknowledged_at, alert.resolved_at, alert.escalation_version


def test_slack_callback_with_bad_signature_is_403_and_alert_unchanged(in_a, httpserver, smtp, tenant_client):
    security_setup()
    configure_channels(httpserver, smtp.port)
    alert = _alert()
    before = _snapshot(alert)
    client = tenant_client()
    assert slack_post(client, alert, secret="not-the-secret").status_code == 403
    assert slack_post(client, alert, tamper=True).status_code == 403
    assert slack_post(client, alert, timestamp=time.time() - 600).status_code == 403  # replayed
    assert _snapshot(alert) == before


def test_slack_resolve_button_resolves(in_a, httpserver, smtp, tenant_client):
    security_setup()
    configure_channels(httpserver, smtp.port)
    alert = _alert()
    assert slack_post(tenant_client(), alert, action="alert_resolve").status_code == 200
    alert.refresh_from_db()
    assert alert.state == "resolved" and alert.resolved_via == "slack"


def test_signed_email_link_acknowledges_after_one_click(in_a, httpserver, smtp, tenant_client, tenant_a):
    setup = security_setup()
    configure_channels(httpserver, smtp.port)
    alert = _alert()
    url = links.email_action_url(
        alert=alert,
        host=tenant_a.host,
        schema_name=tenant_a.schema,
        action="ack",
        recipient=setup.people["sam"],
    )
    path = url.split(":8000", 1)[1]
    client = tenant_client()
    page = client.get(path)
    assert page.status_code == 200 and b"Acknowledge" in page.content
    assert Alert.objects.get(pk=alert.pk).state == "triggered"  # a GET (mail scanner) changes nothing
    done = client.post(path)
    assert done.status_code == 200
    alert.refresh_from_db()
    assert alert.state == "acknowledged" and alert.acknowledged_via == "email"
    assert alert.acknowledged_actor == "Sam Secops"


def test_tampered_or_foreign_email_link_is_403_and_alert_unchanged(
    in_a, httpserver, smtp, tenant_client, tenant_a
):
    security_setup()
    configure_channels(httpserver, smtp.port)
    alert = _alert()
    before = _snapshot(alert)
    token = links.action_token(alert=alert, schema_name=tenant_a.schema, action="ack", recipient=None)
    tampered = token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB")
    foreign = links.action_token(alert=alert, schema_name="tenant_b", action="ack", recipient=None)
    client = tenant_client()
    for bad in (tampered, foreign):
        assert client.get(f"/escalation/a/{bad}").status_code == 403
        assert client.post(f"/escalation/a/{bad}").status_code == 403
    assert _snapshot(alert) == before


def test_expired_email_link_is_403(in_a, httpserver, smtp, tenant_client, tenant_a, settings):
    security_setup()
    configure_channels(httpserver, smtp.port)
    alert = _alert()
    token = links.action_token(alert=alert, schema_name=tenant_a.schema, action="ack", recipient=None)
    settings.ESCALATION_LINK_MAX_AGE_SECONDS = -1
    assert tenant_client().post(f"/escalation/a/{token}").status_code == 403
    assert Alert.objects.get(pk=alert.pk).state == "triggered"


def _twilio_post(client, params: dict, *, token=TWILIO_TOKEN):
    url = "http://a.localhost/escalation/twilio/sms"
    signature = RequestValidator(token).compute_signature(url, params)
    return client.post("/escalation/twilio/sms", data=params, HTTP_X_TWILIO_SIGNATURE=signature)


def test_sms_reply_ack_code_acknowledges(in_a, httpserver, smtp, tenant_client):
    setup = security_setup()
    configure_channels(httpserver, smtp.port)
    alert = _alert()
    params = {
        "From": setup.people["cleo"].phone,
        "To": "+15005550006",
        "Body": f"ack {alert.ack_code}",
        "MessageSid": "SM123",
        "AccountSid": "AC1",
    }
    response = _twilio_post(tenant_client(), params)
    assert response.status_code == 200 and b"<Response><Message>" in response.content
    alert.refresh_from_db()
    assert (
        alert.state == "acknowledged"
        and alert.acknowledged_via == "sms"
        and alert.acknowledged_actor == "Cleo Ciso"
    )


def test_sms_with_bad_twilio_signature_or_unknown_sender_changes_nothing(
    in_a, httpserver, smtp, tenant_client
):
    setup = security_setup()
    configure_channels(httpserver, smtp.port)
    alert = _alert()
    before = _snapshot(alert)
    params = {"From": setup.people["cleo"].phone, "Body": f"ACK {alert.ack_code}"}
    assert _twilio_post(tenant_client(), params, token="wrong").status_code == 403
    stranger = {"From": "+19999999999", "Body": f"ACK {alert.ack_code}"}
    assert b"not registered" in _twilio_post(tenant_client(), stranger).content
    assert _snapshot(alert) == before


def test_sms_signed_with_repeated_form_parameters_is_accepted(in_a, tenant_client):
    # twilio-python's published vector (tests/unit/test_request_validator.py): a form with a
    # repeated field, signed over every value of it.
    from escalation.models import ChannelConfig

    ChannelConfig.objects.update_or_create(
        kind="sms",
        defaults={
            "config": {"inbound_url": "https://mycompany.com/myapp.php?foo=1&bar=2"},
            "credentials": {"auth_token": "12345"},
            "enabled": True,
        },
    )
    body = "Sid=CA123&SidAccount=AC123&Digits=5678&Digits=1234"
    post = lambda signature: tenant_client().post(  # noqa: E731
        "/escalation/twilio/sms",
        data=body,
        content_type="application/x-www-form-urlencoded",
        HTTP_X_TWILIO_SIGNATURE=signature,
    )

    accepted = post("IK+Dwps556ElfBT0I3Rgjkr1wJU=")
    assert accepted.status_code == 200 and b"not registered with CrisisOps" in accepted.content
    assert post("RSOYDt4T1cUTdK1PDd93/VVr8B8=").status_code == 403  # a signature over other params
