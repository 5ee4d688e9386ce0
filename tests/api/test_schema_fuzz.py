"""Schemathesis over the tenant API's own OpenAPI schema (/api/schema/): every operation gets
generated requests — valid ones and deliberately invalid ones (negative mode) — sent as a signed-in
crisis manager with a real source API key, and no request may answer 5xx. Bounded examples per
operation so the suite stays short; the data goes through the whole Django stack (middleware,
tenant routing, throttles, serializers, services) inside the test transaction.

Sent through Django's WSGI test client without OpenTelemetry's Django middleware: production
serves ASGI (Daphne, where the middleware reads the ASGI scope), while the WSGI variant of that
middleware quotes PATH_INFO as latin-1 and fails on a generated non-latin-1 path — a 500 of the
test transport, not of the platform. (Importing config.asgi, as some test modules do, installs
the middleware for the whole test session.)"""

from __future__ import annotations

import json
from urllib.parse import urlencode, urlsplit

import pytest
import schemathesis
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode

from ingestion.selectors import source_key_cache_clear
from ingestion.services import source_api_key_create
from tests.command_center import factories as f

EXAMPLES = 20  # per operation and mode
MANAGER = "manager@a.test"
DROP_HEADERS = {"host", "content-length", "connection", "accept-encoding", "cookie"}


@pytest.fixture
def without_wsgi_tracing():
    from opentelemetry.instrumentation.django import DjangoInstrumentor

    from config import telemetry

    instrumentor = DjangoInstrumentor()
    was_on = instrumentor.is_instrumented_by_opentelemetry
    if was_on:
        instrumentor.uninstrument()
    yield
    if was_on:
        telemetry._instrument_django()


@pytest.fixture
def fuzz(in_a, tenant_client, without_wsgi_tracing):
    source_key_cache_clear()
    key = source_api_key_create(source=f.source(kind="generic"))
    f.crisis(events=[f.event(text="Acme breach", severity="P1", category="security")])
    client = tenant_client(email=MANAGER)
    raw = client.get("/api/schema/?format=json")
    assert raw.status_code == 200, raw.content[:300]
    return client, key, schemathesis.openapi.from_dict(json.loads(raw.content))


def _send(client: Client, case, key: str):
    kwargs = case.as_transport_kwargs(base_url="http://a.localhost")
    url = urlsplit(kwargs["url"])
    query = urlencode(kwargs.get("params") or {}, doseq=True)
    headers = {k: str(v) for k, v in (kwargs.get("headers") or {}).items() if k.lower() not in DROP_HEADERS}
    headers.setdefault("X-API-Key", key)
    content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), "application/json")
    headers = {k: v for k, v in headers.items() if k.lower() != "content-type"}
    if "json" in kwargs:
        body: bytes | str = json.dumps(kwargs["json"])
    else:
        body = kwargs.get("data") or b""
    return client.generic(
        kwargs["method"],
        url.path + (f"?{query}" if query else ""),
        data=body,
        content_type=content_type,
        headers=headers,
    )


def test_no_generated_request_gets_a_server_error(fuzz):
    client, key, schema = fuzz
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 15, [o.label for o in operations]  # the schema documents the API
    server_errors: list[str] = []
    answered: dict[int, int] = {}
    no_negative: list[str] = []

    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @settings(
                max_examples=EXAMPLES, database=None, deadline=None, suppress_health_check=list(HealthCheck)
            )
            @given(case=operation.as_strategy(generation_mode=mode))
            def run(case) -> None:
                response = _send(client, case, key)
                answered[response.status_code] = answered.get(response.status_code, 0) + 1
                if response.status_code >= 500:
                    server_errors.append(f"{response.status_code} {case.as_curl_command()}")

            try:
                run()
            except Unsatisfiable:
                # nothing to get wrong (no parameters, no body): no negative case exists
                assert mode is GenerationMode.NEGATIVE, operation.label
                no_negative.append(operation.label)

    print("answers by status:", dict(sorted(answered.items())), "no negative case:", no_negative)
    assert sum(answered.values()) >= len(operations) * 2  # every operation was exercised
    assert any(200 <= s < 300 for s in answered), answered  # and some requests were valid enough
    assert not server_errors, "\n".join(server_errors[:10])
