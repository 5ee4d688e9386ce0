"""The common interface of source connectors."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from ingestion.models import Source


MORE_PENDING = "more"


class ParseError(ValueError):
    """The payload cannot be normalized; the RawEvent goes to `needs_review` with this reason."""


class TransientSourceError(Exception):
    """Retry later (429, 5xx, timeouts). `retry_after` in seconds if the server said so."""

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class PermanentSourceError(Exception):
    """Retrying will not help (401/403, bad configuration); the source is flagged for an admin."""


@dataclass
class NormalizedEvent:
    external_id: str
    platform: str  # ingestion.models.Platform value
    text: str
    occurred_at: datetime  # timezone-aware
    title: str = ""
    url: str = ""
    author_id: str = ""
    author_name: str = ""
    author_followers: int = 0
    author_verified: bool = False
    language: str = ""
    reach: int = 0
    # Connector-specific facts later stages may use: is_retweet, retweet_of, severity hint
    # (alerts), ticket priority, log level, counts...
    extra: dict[str, Any] = field(default_factory=dict)


class Connector:
    """Base class. Subclasses set `kind` and implement what their source supports."""

    kind: ClassVar[str]
    platform: ClassVar[str]
    is_poller: ClassVar[bool] = False

    def external_id(self, payload: dict[str, Any]) -> str:
        """A stable id of one payload, used for idempotent storage (source, external_id)."""
        raise NotImplementedError

    def parse(self, payload: dict[str, Any]) -> NormalizedEvent:
        raise NotImplementedError

    # Pollers ------------------------------------------------------------------------------
    # A poller sets `cursor[MORE_PENDING] = True` when another page is waiting right now; the poll
    # driver then calls `fetch` again (up to a bounded number of pages per run) instead of waiting
    # for the next interval. Keys starting with "_" belong to the driver, not the connector.
    def wants_polling(self, source: Source) -> bool:
        """Whether the driver should poll this source (a kind may be push-only for some sources)."""
        return self.is_poller

    def fetch(self, source: Source, cursor: dict[str, Any]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        """One page of new payloads and the cursor to resume from after they are stored."""
        raise NotImplementedError

    def close(self) -> None:
        """Release what one poll run held (HTTP client). The driver calls it after each run."""

    # Push ---------------------------------------------------------------------------------
    def split(self, body: Any) -> list[dict[str, Any]]:
        """One inbound HTTP body (already JSON-decoded) into payloads; ParseError if malformed."""
        raise NotImplementedError
