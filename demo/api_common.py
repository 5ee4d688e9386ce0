"""What the demo world's API handlers share: the demo credentials, errors, parameter helpers."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, overload

# The demo credentials the world accepts (seed_demo configures the Sources with them).
CREDENTIALS = {
    "x_bearer_token": "demo-x-bearer-token",
    "reddit_client_id": "demo-reddit-client",
    "reddit_client_secret": "demo-reddit-secret",
    "newsapi_key": "demo-newsapi-key",
    "zendesk_email": "integrations@northwindbank.example",
    "zendesk_api_token": "demo-zendesk-token",
    "elasticsearch_api_key": "ZGVtby1lcy1pZDpkZW1vLWVzLWtleQ==",  # base64("demo-es-id:demo-es-key")
    "elasticsearch_user": "elastic",
    "elasticsearch_password": "demo-es-password",
}
ES_INDEX = "logs-northwind-prod"
REDDIT_TOKEN_PREFIX = "demo-reddit-access-"


class HttpError(Exception):
    def __init__(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        super().__init__(status)
        self.status, self.body, self.headers = status, body, headers or {}


def bearer(headers: Any) -> str:
    auth = headers.get("Authorization", "")
    scheme, _, token = auth.partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


@overload
def one(params: dict[str, list[str]], key: str, default: str) -> str: ...
@overload
def one(params: dict[str, list[str]], key: str, default: None = None) -> str | None: ...
def one(params: dict[str, list[str]], key: str, default: str | None = None) -> str | None:
    values = params.get(key)
    return values[0] if values else default


def parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
