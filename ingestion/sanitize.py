"""What intake refuses or cleans before a payload is stored, so nothing a sender writes can make
PostgreSQL, the JSON parser or a browser fail later.

- **Depth and size.** A body nested deeper than `MAX_JSON_DEPTH` (a 10,000-deep array overflows
  the parser's recursion) or larger than `MAX_BODY_BYTES` is refused as a whole; one event larger
  than `MAX_EVENT_BYTES` is refused alone.
- **Characters PostgreSQL refuses.** `text` and `jsonb` cannot hold NUL, and a lone UTF-16
  surrogate ("\\ud800", valid JSON) cannot be encoded as UTF-8. Both are cleaned from every string
  of a payload (NUL removed, a lone surrogate becomes U+FFFD); an id holding one is refused, since
  a cleaned id could merge two senders' events.
- **Links.** Only absolute http(s) URLs are kept; `javascript:`, `data:` and relative links are not
  links we will ever render.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

MAX_JSON_DEPTH = 32
MAX_BODY_BYTES = 10 * 1024 * 1024
MAX_EVENT_BYTES = 256 * 1024


class UnsafeInput(ValueError):
    """A body we refuse as a whole; `status` is the HTTP answer (400, or 413 for size) and `code`
    says why: "invalid_json", "too_deep" or "too_large"."""

    def __init__(self, reason: str, *, code: str, status: int = 400) -> None:
        super().__init__(reason)
        self.code = code
        self.status = status


def json_loads_checked(raw: bytes | str) -> Any:
    """Parse a request body: UnsafeInput for invalid JSON, NaN/Infinity, too deep or too large."""
    if len(raw) > MAX_BODY_BYTES:
        raise UnsafeInput(
            f"body larger than {MAX_BODY_BYTES // (1024 * 1024)} MB", code="too_large", status=413
        )
    try:
        value = json.loads(raw, parse_constant=_refuse_constant)
    except RecursionError:
        raise UnsafeInput(f"JSON nested deeper than {MAX_JSON_DEPTH} levels", code="too_deep") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise UnsafeInput(f"body is not valid JSON: {exc}", code="invalid_json") from None
    if depth_exceeds(value, MAX_JSON_DEPTH):
        raise UnsafeInput(f"JSON nested deeper than {MAX_JSON_DEPTH} levels", code="too_deep")
    return value


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def depth_exceeds(value: Any, limit: int) -> bool:
    """True when containers nest more than `limit` deep. Iterative: the value may be as deep as
    the parser allowed, and a recursive walk would overflow where the parser did not."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    children: Iterable[Any]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


def has_refused_characters(text: str) -> bool:
    """NUL or a lone surrogate: characters PostgreSQL cannot store in text or jsonb."""
    if "\x00" in text:
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def clean_text(text: str) -> str:
    """`text` without NUL, lone surrogates replaced by U+FFFD (a no-op for ordinary text)."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def clean_payload(value: Any) -> Any:
    """Every string of a parsed JSON value (keys too) through `clean_text`. The value's depth is
    already bounded by `json_loads_checked`, so recursion is safe here."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_text(str(k)): clean_payload(v) for k, v in value.items()}
    if isinstance(value, list):
        return [clean_payload(v) for v in value]
    return value


def payload_size(value: Any) -> int:
    return len(json.dumps(value, separators=(",", ":"), default=str))


def http_url(value: Any) -> str:
    """The URL if it is an absolute http(s) URL with a host, else ""."""
    if not isinstance(value, str):
        return ""
    url = value.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return ""
    return url
