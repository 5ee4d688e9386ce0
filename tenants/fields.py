"""Encrypted model fields (Fernet, key FIELD_ENCRYPTION_KEY) for credentials and raw payloads.

Values are encrypted before they reach PostgreSQL; a database dump alone reveals nothing.
Key rotation: set FIELD_ENCRYPTION_KEY to "new,old" (comma separated; MultiFernet decrypts with
any, encrypts with the first).
"""

from __future__ import annotations

import base64
import json
from functools import lru_cache
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.db import models


@lru_cache(maxsize=4)
def _fernet(keys: str) -> MultiFernet:
    fernets = []
    for key in keys.split(","):
        key = key.strip()
        raw = base64.urlsafe_b64decode(key.encode())
        if len(raw) != 32:
            raise ValueError("FIELD_ENCRYPTION_KEY must be urlsafe base64 of 32 bytes")
        fernets.append(Fernet(key.encode()))
    return MultiFernet(fernets)


def encrypt_str(value: str) -> str:
    return _fernet(settings.FIELD_ENCRYPTION_KEY).encrypt(value.encode()).decode()


def decrypt_str(token: str) -> str:
    try:
        return _fernet(settings.FIELD_ENCRYPTION_KEY).decrypt(token.encode()).decode()
    except InvalidToken as exc:
        raise ValueError("cannot decrypt field: wrong FIELD_ENCRYPTION_KEY or corrupted value") from exc


class EncryptedTextField(models.TextField):
    """A text value stored encrypted. Not searchable or indexable, by design."""

    def get_prep_value(self, value: Any) -> Any:
        value = super().get_prep_value(value)
        if value in (None, ""):
            return value
        return encrypt_str(value)

    def from_db_value(self, value, expression, connection):
        if value in (None, ""):
            return value
        return decrypt_str(value)


class EncryptedJSONField(models.TextField):
    """A JSON value stored encrypted (as an encrypted JSON document in a text column)."""

    # For django-stubs: the attribute holds the decoded JSON value, not the column's text.
    _pyi_private_set_type: Any
    _pyi_private_get_type: Any

    def get_prep_value(self, value: Any) -> Any:
        if value is None:
            return None
        return encrypt_str(json.dumps(value, separators=(",", ":"), default=str))

    def from_db_value(self, value, expression, connection):
        if value is None:
            return None
        return json.loads(decrypt_str(value))

    def to_python(self, value: Any) -> Any:
        if isinstance(value, str):
            try:
                return json.loads(value)
            except ValueError:
                return value
        return value

    def value_to_string(self, obj) -> str:
        return json.dumps(self.value_from_object(obj), default=str)
