"""Just enough of the search languages the polled APIs accept, so the world server filters like them.

- `text_query_matcher`: X search / NewsAPI `q` / Reddit search: terms, "quoted phrases", implicit
  AND, OR, parentheses, `-term` / NOT, and X operators (`is:retweet`, `is:verified`, `lang:`,
  `from:`, `has:links`; unknown operators match everything).
- `es_matches` / `es_sort_key`: the Elasticsearch query DSL subset a log poller uses (bool, range
  with date math, term(s), match, match_phrase, query_string, exists, match_all).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

Doc = dict[str, Any]
Pred = Callable[[Doc], bool]

_TOKEN_RE = re.compile(r'\(|\)|-?"[^"]*"|[^\s()]+')


class QueryError(ValueError):
    pass


def text_query_matcher(query: str) -> Pred:
    """Compile a search string into a predicate over {"text", "is_retweet", "verified", "author", "lang"}."""
    tokens = _TOKEN_RE.findall(query or "")
    if not tokens:
        raise QueryError("empty query")
    pos = 0

    def peek() -> str | None:
        return tokens[pos] if pos < len(tokens) else None

    def parse_or() -> Pred:
        nonlocal pos
        parts = [parse_and()]
        while peek() in ("OR", "|"):
            pos += 1
            parts.append(parse_and())
        if len(parts) == 1:
            return parts[0]

        def any_of(d: Doc, ps: list[Pred] = parts) -> bool:
            return any(p(d) for p in ps)

        return any_of

    def parse_and() -> Pred:
        nonlocal pos
        parts: list[Pred] = []
        while peek() not in (None, ")", "OR", "|"):
            if peek() == "AND":
                pos += 1
                continue
            parts.append(parse_unary())
        if not parts:
            raise QueryError("expected a term")
        if len(parts) == 1:
            return parts[0]

        def all_of(d: Doc, ps: list[Pred] = parts) -> bool:
            return all(p(d) for p in ps)

        return all_of

    def parse_unary() -> Pred:
        nonlocal pos
        tok = tokens[pos]
        if tok == "NOT":
            pos += 1
            inner = parse_unary()
            return lambda d: not inner(d)
        if tok == "(":
            pos += 1
            inner = parse_or()
            if peek() != ")":
                raise QueryError("unbalanced parentheses")
            pos += 1
            return inner
        pos += 1
        negate = tok.startswith("-") and len(tok) > 1
        if negate:
            tok = tok[1:]
        if tok.startswith("+"):
            tok = tok[1:]
        pred = _term(tok)
        return (lambda d: not pred(d)) if negate else pred

    pred = parse_or()
    if pos != len(tokens):
        raise QueryError(f"unexpected {tokens[pos]!r}")
    return pred


def _term(tok: str) -> Pred:
    if tok.startswith('"') and tok.endswith('"'):
        phrase = tok[1:-1].lower()
        return lambda d: phrase in d.get("text", "").lower()
    if ":" in tok and not tok.startswith(("http", "$", "#", "@")):
        op, _, value = tok.partition(":")
        value = value.lower()
        if op == "is" and value == "retweet":
            return lambda d: bool(d.get("is_retweet"))
        if op == "is" and value == "verified":
            return lambda d: bool(d.get("verified"))
        if op == "is" and value == "quote":
            return lambda d: bool(d.get("is_quote"))
        if op == "lang":
            return lambda d: d.get("lang", "en") == value
        if op == "from":
            return lambda d: d.get("author", "").lower() == value
        if op == "has" and value == "links":
            return lambda d: "http" in d.get("text", "")
        return lambda d: True
    word = tok.lower()
    if word.endswith("*"):
        stem = word[:-1]
        return lambda d: stem in d.get("text", "").lower()
    pattern = re.compile(r"(?<![\w])" + re.escape(word) + r"(?![\w])", re.IGNORECASE)
    return lambda d: bool(pattern.search(d.get("text", "")))


# --- Elasticsearch -----------------------------------------------------------------------------
def _get(doc: Doc, field: str) -> Any:
    if field in doc:
        return doc[field]
    cur: Any = doc
    for part in field.split("."):
        if not isinstance(cur, dict) or part not in cur:
            return None
        cur = cur[part]
    return cur


_MATH_RE = re.compile(r"^now(?:([+-])(\d+)([smhdw]))?(?:/[smhd])?$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_es_time(value: Any, now: datetime) -> datetime:
    if isinstance(value, int | float):
        return datetime.fromtimestamp(value / 1000, tz=UTC)
    text = str(value)
    m = _MATH_RE.match(text)
    if m:
        if not m.group(1):
            return now
        delta = timedelta(seconds=int(m.group(2)) * _UNITS[m.group(3)])
        return now + delta if m.group(1) == "+" else now - delta
    if text.isdigit():
        return datetime.fromtimestamp(int(text) / 1000, tz=UTC)
    parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _is_time_field(field: str) -> bool:
    return field in ("@timestamp", "timestamp", "event.created", "event.ingested")


def es_matches(query: Any, doc: Doc, now: datetime) -> bool:
    if not query:
        return True
    if not isinstance(query, dict) or len(query) != 1:
        raise QueryError("query must be an object with exactly one clause")
    ((kind, body),) = query.items()
    if kind == "match_all":
        return True
    if kind == "match_none":
        return False
    if kind == "bool":
        must = _as_list(body.get("must")) + _as_list(body.get("filter"))
        should = _as_list(body.get("should"))
        must_not = _as_list(body.get("must_not"))
        if not all(es_matches(q, doc, now) for q in must):
            return False
        if any(es_matches(q, doc, now) for q in must_not):
            return False
        if should:
            minimum = body.get("minimum_should_match", 0 if must else 1)
            return sum(es_matches(q, doc, now) for q in should) >= int(minimum)
        return True
    if kind == "range":
        ((field, bounds),) = body.items()
        value = _get(doc, field)
        if value is None:
            return False
        if _is_time_field(field):
            value = parse_es_time(value, now)
            conv = lambda v: parse_es_time(v, now)  # noqa: E731
        else:
            conv = lambda v: v  # noqa: E731
        ops = {
            "gt": lambda a, b: a > b,
            "gte": lambda a, b: a >= b,
            "lt": lambda a, b: a < b,
            "lte": lambda a, b: a <= b,
        }
        return all(ops[op](value, conv(v)) for op, v in bounds.items() if op in ops)
    if kind in ("term", "terms"):
        ((field, wanted),) = body.items()
        if isinstance(wanted, dict):
            wanted = wanted.get("value")
        values = wanted if isinstance(wanted, list) else [wanted]
        got = _get(doc, field.removesuffix(".keyword"))
        return str(got).lower() in {str(v).lower() for v in values}
    if kind in ("match", "match_phrase"):
        ((field, wanted),) = body.items()
        if isinstance(wanted, dict):
            wanted = wanted.get("query", "")
        got = str(_get(doc, field) or "").lower()
        if kind == "match_phrase":
            return str(wanted).lower() in got
        return any(w in got for w in str(wanted).lower().split())
    if kind == "multi_match":
        wanted = str(body.get("query", "")).lower().split()
        fields = body.get("fields") or ["message"]
        return any(any(w in str(_get(doc, f) or "").lower() for w in wanted) for f in fields)
    if kind in ("query_string", "simple_query_string"):
        q = str(body.get("query", "*")).strip()
        if q in ("*", ""):
            return True
        fields = body.get("fields") or ([body["default_field"]] if "default_field" in body else ["message"])
        text = " ".join(str(_get(doc, f.split("^")[0]) or "") for f in fields)
        return text_query_matcher(q)({"text": text})
    if kind == "exists":
        return _get(doc, body["field"]) is not None
    raise QueryError(f"unknown query [{kind}]")


def _as_list(v: Any) -> list:
    if v is None:
        return []
    return v if isinstance(v, list) else [v]


def es_normalize_sort(sort: Any) -> list[tuple[str, str]]:
    """`[{"@timestamp": "asc"}, {"_id": {"order": "asc"}}, "_doc"]` → [(field, order), ...]."""
    out: list[tuple[str, str]] = []
    for entry in _as_list(sort):
        if isinstance(entry, str):
            field, _, order = entry.partition(":")
            out.append((field, order or ("desc" if field == "_score" else "asc")))
        elif isinstance(entry, dict):
            ((field, spec),) = entry.items()
            order = spec if isinstance(spec, str) else spec.get("order", "asc")
            out.append((field, order))
    return out


def es_sort_value(field: str, hit: Doc) -> Any:
    """The value ES puts in a hit's `sort` array: epoch millis for dates."""
    if field in ("_doc", "_shard_doc"):
        return hit["_seq"]
    if field == "_id":
        return hit["_id"]
    if field == "_score":
        return 1.0
    value = _get(hit["_source"], field)
    if _is_time_field(field) and value is not None:
        return int(parse_es_time(value, datetime.now(UTC)).timestamp() * 1000)
    return value
