"""The JSON parser of every DRF endpoint: DRF's own lets a 10,000-deep body overflow the parser's
recursion (a 500) and reads a body of any size. This one answers 400 for bad JSON, NaN/Infinity
and nesting deeper than ingestion.sanitize.MAX_JSON_DEPTH, and 413 for a body that is too large."""

from __future__ import annotations

from typing import Any

from rest_framework import exceptions, status
from rest_framework.parsers import JSONParser

from ingestion.sanitize import MAX_BODY_BYTES, UnsafeInput, json_loads_checked


class BodyTooLarge(exceptions.APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "request body too large"
    default_code = "body_too_large"


class CheckedJSONParser(JSONParser):
    def parse(self, stream: Any, media_type: str | None = None, parser_context: Any = None) -> Any:
        raw = stream.read(MAX_BODY_BYTES + 1) if stream is not None else b""
        try:
            return json_loads_checked(raw)
        except UnsafeInput as exc:
            if exc.status == 413:
                raise BodyTooLarge(str(exc)) from None
            raise exceptions.ParseError(str(exc)) from None
