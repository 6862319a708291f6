"""The frozen configuration object: every tunable of the pipeline in one place.

Modelled on ftfy's ``TextFixerConfig``: an immutable value with documented
defaults; derive a variant with :func:`attrs.evolve` or :meth:`Config.replace`.
"""

from __future__ import annotations

from typing import Any

import attrs

from .errors import ConfigError
from .model import Mode

__all__ = ["Config"]


def _non_negative(instance: Any, attribute: attrs.Attribute, value: float) -> None:
    if value < 0:
        raise ConfigError(f"Config.{attribute.name} must be >= 0, got {value!r}")


def _unit(instance: Any, attribute: attrs.Attribute, value: float) -> None:
    if not 0 <= value <= 1:
        raise ConfigError(f"Config.{attribute.name} must lie in [0, 1], got {value!r}")


def _modes(value: Any) -> frozenset[Mode]:
    try:
        return frozenset(Mode(v) for v in value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"Config.modes: {exc}") from None


def _sieve_names(value: Any) -> frozenset[str]:
    if isinstance(value, str) or not isinstance(value, (set, frozenset, list, tuple)):
        raise ConfigError(f"Config.disabled_sieves must be a set of sieve names, got {value!r}")
    return frozenset(value)


def _registered(instance: Any, attribute: attrs.Attribute, value: frozenset[str]) -> None:
    from .sieves.registry import REGISTRY

    unknown = sorted(str(v) for v in value if v not in REGISTRY)
    if unknown:
        raise ConfigError(
            f"Config.disabled_sieves: unknown sieve(s) {unknown}; the sieves are: {', '.join(REGISTRY.names())}"
        )


def _dash(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
    if value not in ("auto", True, False):
        raise ConfigError("Config.dash_dialogue must be 'auto', True or False")


@attrs.frozen(kw_only=True)
class Config:
    """Tunables of the extraction pipeline (all keyword-only, all validated)."""

    #: Quoted spans of at most this many words with no cue or speaker nearby are
    #: treated as scare quotes / terms, not quotations.
    scare_max_words: int = attrs.field(default=4, validator=_non_negative)
    #: Report titles of works, nicknames and scare quotes too (as ``mixed`` with
    #: evidence ``non-speech-kept``) instead of dropping them.
    keep_non_speech: bool = False
    #: How many words may stand between a verb and a quoted fragment in its
    #: object for the verb's subject to be taken as the fragment's speaker
    #: (``predicate-fragment``: 'admires the senator as a "strong leader"').
    predicate_fragment_window: int = attrs.field(default=16, validator=_non_negative)
    #: Find unquoted reported speech ("Talks will resume, the official said.").
    indirect: bool = True
    #: Which attribution modes to report. News corpora (PolNeAR, PARC) annotate
    #: thoughts and evidence ("polls show") as attributions too; every quote
    #: says its ``mode``, and ``modes={"speech", "writing"}`` keeps the core.
    modes: frozenset[Mode] = attrs.field(
        default=frozenset(Mode), converter=_modes
    )
    #: Dialogue introduced by a dash at paragraph start ("--Goodbye!"), as in
    #: Joyce or French/Spanish print. "auto" enables it when the document has at
    #: least ``dash_dialogue_min`` such paragraphs.
    dash_dialogue: Any = attrs.field(default="auto", validator=_dash)
    dash_dialogue_min: int = attrs.field(default=3, validator=_non_negative)
    #: How many sentences back, inside one paragraph, the previous-sentence
    #: sieve may borrow a speaker from.
    sentence_window: int = attrs.field(default=20, validator=_non_negative)
    #: Maximum number of tokens in a speaker noun phrase before a cue.
    max_speaker_tokens: int = attrs.field(default=12, validator=_non_negative)
    #: How many paragraphs back a quote-only paragraph may inherit a speaker.
    continuation_paragraphs: int = attrs.field(default=2, validator=_non_negative)
    #: Quotes whose attribution confidence (the deciding sieve's measured
    #: precision) falls below this are reported without a speaker.
    min_speaker_confidence: float = attrs.field(default=0.0, validator=_unit)
    #: Paragraphs longer than this are processed with the per-paragraph stack
    #: capped, which keeps the cost linear on adversarial input.
    max_nesting: int = attrs.field(default=3, validator=_non_negative)

    #: "news", "fiction" or "auto". Fiction changes two sieves: an untagged
    #: quote paragraph is the next turn of a dialogue (turn-taking) rather
    #: than the previous speaker going on (newswire continuation). "auto"
    #: decides per document from narrative past tense and dialogue density.
    genre: str = attrs.field(default="auto", validator=attrs.validators.in_(("auto", "news", "fiction")))

    #: Whose sentence boundaries a backend with its own splitter (stanza) uses:
    #: "rules" (default), "agree" (split only where both split) or "backend".
    #: Measured on PolNeAR dev, stanza's splits cut quotes from their tags and
    #: miss breaks such as "in the U.S. He said", so the rule splitter decides
    #: by default; stanza's tokens still carry its parse, entities and coref.
    backend_sentences: str = attrs.field(default="rules", validator=attrs.validators.in_(("rules", "agree", "backend")))

    #: Documents longer than this many characters are processed in windows cut
    #: at paragraph breaks, so memory stays bounded (about 50 bytes of working
    #: memory per character of a window). Coreference and multi-paragraph
    #: links do not cross a window boundary. 0 disables windowing.
    window_chars: int = attrs.field(default=1_000_000, validator=_non_negative)

    #: Attribution sieves switched off, by name (the names of
    #: ``quotes.sieves.registry.REGISTRY``, as they appear in ``evidence``):
    #: their decisions are discarded and the next sieve in order decides, so
    #: one sieve's contribution can be measured alone.
    disabled_sieves: frozenset[str] = attrs.field(default=frozenset(), converter=_sieve_names, validator=_registered)

    def replace(self, **changes: Any) -> Config:
        """Return a copy with *changes* applied (``attrs.evolve``)."""
        return attrs.evolve(self, **changes)
