"""HTTP plumbing shared by the pollers: one httpx client per poll run, status codes mapped to
Transient/Permanent errors, Retry-After parsed, secrets scrubbed from every message.

Why a wrapper: every provider signals "slow down" and "you are not allowed" differently
(Retry-After in seconds or as an HTTP date, X's x-rate-limit-reset epoch, Reddit's
x-ratelimit-reset seconds); the driver only wants `TransientSourceError(retry_after=...)` or
`PermanentSourceError`, with messages safe to store in `Source.last_error` and to log.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from ingestion.sources.base import PermanentSourceError, TransientSourceError

USER_AGENT = "CrisisOps/1.0 (+https://crisisops.localhost) ingestion-poller"
DEFAULT_TIMEOUT = httpx.Timeout(20.0, connect=5.0)
# Never wait more than a day on a server's say-so (a bogus Retry-After must not park a source forever).
MAX_RETRY_AFTER_SECONDS = 24 * 3600.0


def scrub(text: str, secrets: Iterable[Any]) -> str:
    """`text` with every secret value replaced by ***, so it can be logged and stored."""
    for secret in secrets:
        if isinstance(secret, str) and len(secret) >= 4:
            text = text.replace(secret, "***")
    return text


def secret_values(credentials: dict[str, Any] | None) -> list[str]:
    return [v for v in (credentials or {}).values() if isinstance(v, str) and v]


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Retry-After as seconds from now: either delta-seconds or an HTTP date (RFC 9110 §10.2.3)."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when is None:
            return None
        seconds = when.timestamp() - (now if now is not None else time.time())
    return min(max(seconds, 0.0), MAX_RETRY_AFTER_SECONDS)


def retry_after_from(response: httpx.Response) -> float | None:
    """The server's wait hint: Retry-After, else the rate-limit reset headers X and Reddit send."""
    hint = parse_retry_after(response.headers.get("retry-after"))
    if hint is not None:
        return hint
    reset = response.headers.get("x-rate-limit-reset")  # X API v2: epoch seconds
    if reset:
        try:
            return min(max(float(reset) - time.time(), 0.0), MAX_RETRY_AFTER_SECONDS)
        except ValueError:
            pass
    reset = response.headers.get("x-ratelimit-reset")  # Reddit: seconds until the window resets
    if reset:
        try:
            return min(max(float(reset), 0.0), MAX_RETRY_AFTER_SECONDS)
        except ValueError:
            pass
    return None


class SourceHTTP:
    """A small httpx wrapper used for one poll run. Raises the connector error classes.

    `secrets` are scrubbed from every error message (tokens sometimes come back echoed in error
    bodies or URLs).
    """

    def __init__(
        self,
        *,
        provider: str,
        secrets: Iterable[str] = (),
        headers: dict[str, str] | None = None,
        auth: httpx.Auth | tuple[str, str] | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        follow_redirects: bool = False,
    ) -> None:
        self.provider = provider
        self.secrets = [s for s in secrets if s]
        self.client = httpx.Client(
            headers={"User-Agent": USER_AGENT, "Accept": "application/json", **(headers or {})},
            auth=auth,
            timeout=timeout,
            follow_redirects=follow_redirects,
        )

    def close(self) -> None:
        self.client.close()

    def _safe(self, text: str) -> str:
        return scrub(text, self.secrets)

    def request(
        self, method: str, url: str, *, ok: tuple[int, ...] = (200,), **kwargs: Any
    ) -> httpx.Response:
        """Send; return the response when its status is in `ok`, else raise the right error."""
        try:
            response = self.client.request(method, url, **kwargs)
        except httpx.TimeoutException as exc:
            raise TransientSourceError(
                self._safe(f"{self.provider}: timeout ({type(exc).__name__})")
            ) from None
        except httpx.HTTPError as exc:
            raise TransientSourceError(
                self._safe(f"{self.provider}: network error ({type(exc).__name__}: {exc})")
            ) from None
        if response.status_code in ok:
            return response
        raise self.error_for(response)

    def error_for(self, response: httpx.Response) -> Exception:
        status = response.status_code
        detail = self._safe(_short_body(response))
        where = self._safe(f"{response.request.method} {response.request.url.copy_with(query=None)}")
        message = f"{self.provider}: HTTP {status} on {where}" + (f": {detail}" if detail else "")
        if status == 429:
            return TransientSourceError(message, retry_after=retry_after_from(response))
        if status >= 500 or status in (408, 425):
            return TransientSourceError(
                message, retry_after=parse_retry_after(response.headers.get("retry-after"))
            )
        if status in (401, 403):
            return PermanentSourceError(
                f"{message} (credentials rejected: fix them, then re-enable the source)"
            )
        return PermanentSourceError(message)

    def json(self, response: httpx.Response) -> Any:
        try:
            return response.json()
        except ValueError:
            # A 200 with HTML is usually a proxy/maintenance page: try again later.
            raise TransientSourceError(
                f"{self.provider}: response is not JSON ({response.headers.get('content-type', '?')})"
            ) from None


def _short_body(response: httpx.Response, limit: int = 300) -> str:
    try:
        text = response.text
    except Exception:
        return ""
    text = " ".join(text.split())
    return text[:limit]


class HTTPPoller:
    """Mixin for pollers: one SourceHTTP per poll run (the driver calls `close()` afterwards)."""

    _http: SourceHTTP | None = None

    def make_http(self, source: Any) -> SourceHTTP:  # pragma: no cover - overridden
        raise NotImplementedError

    def http(self, source: Any) -> SourceHTTP:
        if self._http is None:
            self._http = self.make_http(source)
        return self._http

    def close(self) -> None:
        if self._http is not None:
            self._http.close()
            self._http = None


def base_url(source: Any, default: str) -> str:
    return str((source.config or {}).get("base_url") or default).rstrip("/")
