"""Source connectors, one package per kind (`ingestion/sources/<kind>/`), registered by kind.

Every connector parses a payload into a `NormalizedEvent`; pollers also fetch pages of payloads
with a cursor; push connectors split one HTTP body into payloads. See `base.py`.
"""

from __future__ import annotations

from ingestion.sources.base import (
    Connector,
    NormalizedEvent,
    ParseError,
    PermanentSourceError,
    TransientSourceError,
)

_REGISTRY: dict[str, type[Connector]] = {}


def register(cls: type[Connector]) -> type[Connector]:
    _REGISTRY[cls.kind] = cls
    return cls


def get_connector(kind: str) -> Connector:
    _load_all()
    try:
        return _REGISTRY[kind]()
    except KeyError:
        raise KeyError(f"no connector registered for source kind {kind!r}") from None


def registered_kinds() -> list[str]:
    _load_all()
    return sorted(_REGISTRY)


_loaded: list[bool] = []


def _load_all() -> None:
    # Once per process: get_connector runs per payload, and listing the package directory each
    # time costs a filesystem scan.
    if _loaded:
        return
    import importlib
    import pkgutil

    import ingestion.sources as pkg

    for info in pkgutil.iter_modules(pkg.__path__):
        if info.ispkg:
            importlib.import_module(f"ingestion.sources.{info.name}")
    _loaded.append(True)


__all__ = [
    "Connector",
    "NormalizedEvent",
    "ParseError",
    "PermanentSourceError",
    "TransientSourceError",
    "get_connector",
    "register",
    "registered_kinds",
]
