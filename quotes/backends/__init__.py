"""Backends: ``rules`` (default, pure Python) and ``stanza`` (optional extra).

:func:`load_backend` builds one by name; :func:`available_backends` says which
are usable here and, for the others, why not.
"""

from __future__ import annotations

from typing import Any

from ..errors import ConfigError
from .base import Analysis, Backend, Entity, Token
from .rules import RulesBackend

__all__ = ["Analysis", "Backend", "Entity", "RulesBackend", "Token", "available_backends", "load_backend"]


def available_backends(**stanza_options: Any) -> dict[str, str | None]:
    """Map each backend name to ``None`` when usable, else the reason it is not."""
    out: dict[str, str | None] = {"rules": None}
    try:
        from .stanza import stanza_unavailable_reason
    except ImportError as exc:  # pragma: no cover - the module itself is ours
        out["stanza"] = str(exc)
    else:
        out["stanza"] = stanza_unavailable_reason(**stanza_options)
    return out


def load_backend(name: str, **options: Any) -> Backend:
    """Build the backend called *name* ("rules", "stanza" or "auto")."""
    if name == "rules":
        if options:
            raise ConfigError(f"the rules backend takes no options, got {sorted(options)}")
        return RulesBackend()
    if name == "auto":
        if available_backends(**options).get("stanza") is None:
            return load_backend("stanza", **options)
        return RulesBackend()
    if name == "stanza":
        from .stanza import StanzaBackend

        return StanzaBackend(**options)
    raise ConfigError(f"unknown backend {name!r}; expected 'rules', 'stanza' or 'auto'")
