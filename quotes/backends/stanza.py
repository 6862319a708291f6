"""The stanza backend (placeholder until it is written): always unavailable."""

from __future__ import annotations

from typing import Any

from ..errors import BackendUnavailableError

__all__ = ["StanzaBackend", "stanza_unavailable_reason"]

INSTALL_HINT = 'pip install "quotes-attribution[stanza]"'


def stanza_unavailable_reason(**options: Any) -> str | None:
    return "the stanza backend is not implemented yet"


class StanzaBackend:
    name = "stanza"

    def __init__(self, **options: Any) -> None:
        raise BackendUnavailableError(f"the stanza backend is not available yet ({INSTALL_HINT})")
