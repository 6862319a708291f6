"""What a backend hands to the pipeline: an :class:`Analysis` of one text.

A backend turns text into sentences and, where it can, tokens with
part-of-speech, dependencies and named entities, plus coreference chains.
Every offset is a character offset into the text, converted at the backend's
boundary (after httpx's transports: a tiny protocol, one method).

The pipeline uses each layer only when present (``Analysis.layers``):

``sentences``  sentence boundaries (replace the rule segmenter's)
``depparse``   ``Token.head``/``Token.deprel``: the subject of a cue verb is
               the speaker (sieve ``dep-subject``), its clausal complement
               the content
``ner``        ``Token.ner`` / ``Analysis.entities``: PERSON/ORG spans are
               speaker mentions even when no word list knows them
``coref``      ``Analysis.chains``: mentions in one chain are one entity,
               merged with the rule-based chains (``stanza-coref``)
"""

from __future__ import annotations

from typing import NamedTuple, Protocol, runtime_checkable

import attrs

__all__ = ["Analysis", "Backend", "Entity", "Token"]


class Token(NamedTuple):
    """A word with character offsets and whatever annotation the backend has."""

    start: int
    end: int
    text: str
    lemma: str | None = None
    upos: str | None = None
    head: int = -1  # index into Analysis.tokens of the head word; -1 for the root or unknown
    deprel: str | None = None
    ner: str | None = None  # BIOES tag as stanza writes it ("S-PERSON"), or None


class Entity(NamedTuple):
    """A named-entity span ("PERSON", "ORG", ...)."""

    start: int
    end: int
    label: str


@attrs.frozen
class Analysis:
    """The annotations of one text, all offsets into ``text``."""

    text: str
    sentences: tuple[tuple[int, int], ...] = ()
    tokens: tuple[Token, ...] = ()
    entities: tuple[Entity, ...] = ()
    #: Coreference chains: each a tuple of (start, end) mention spans.
    chains: tuple[tuple[tuple[int, int], ...], ...] = ()
    #: Which layers are filled: "sentences", "tokens", "pos", "lemma", "depparse", "ner", "coref".
    layers: frozenset[str] = frozenset()
    backend: str = "rules"


@runtime_checkable
class Backend(Protocol):
    """Anything that can analyse text (see :class:`Analysis`)."""

    name: str

    def analyze(self, text: str) -> Analysis:
        """Return the analysis of *text*."""
        ...
