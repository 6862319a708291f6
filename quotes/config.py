"""The frozen configuration object: every tunable of the pipeline in one place.

Modelled on ftfy's ``TextFixerConfig``: an immutable value with documented
defaults; derive a variant with :func:`attrs.evolve` or :meth:`Config.replace`.

Every field is checked for type and range when a config is made (also by
``replace``): booleans must be ``bool``, whole numbers ``int`` (not ``bool``,
``float`` or ``str``), fractions finite real numbers, and choices one of the
listed values. A wrong value raises :class:`~quotes.ConfigError` naming the
field, the value and what is allowed, never a bare ``TypeError`` or an error
later inside :func:`quotes.extract`.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import attrs

from .errors import ConfigError
from .model import Mode

__all__ = ["Config", "MAX_NESTING_CEILING"]

#: The largest ``Config.max_nesting`` accepted: the stack cap keeps the cost of
#: pairing quotation marks linear, and real text never nests deeper than three.
MAX_NESTING_CEILING = 16

_Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def _refuse(attribute: attrs.Attribute, value: Any, allowed: str) -> ConfigError:
    return ConfigError(f"Config.{attribute.name}: got {value!r} ({type(value).__name__}); allowed: {allowed}")


def _whole(low: int, high: int | None = None) -> _Validator:
    """A validator for an ``int`` field in ``[low, high]`` (no bool, float, str)."""
    allowed = f"an int >= {low}" if high is None else f"an int from {low} to {high}"

    def check(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _refuse(attribute, value, allowed)
        if value < low or (high is not None and value > high):
            raise _refuse(attribute, value, allowed)

    return check


def _flag(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
    if not isinstance(value, bool):
        raise _refuse(attribute, value, "True or False")


def _unit(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
    allowed = "a number from 0 to 1"
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _refuse(attribute, value, allowed)
    if not math.isfinite(value) or not 0 <= value <= 1:
        raise _refuse(attribute, value, allowed)


def _choice(*choices: str) -> _Validator:
    """A validator for a field that holds one of *choices* (strings)."""
    allowed = ", ".join(repr(c) for c in choices)

    def check(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
        if not isinstance(value, str) or value not in choices:
            raise _refuse(attribute, value, allowed)

    return check


def _sieve_names(value: Any) -> frozenset[str]:
    if isinstance(value, str) or not isinstance(value, (set, frozenset, list, tuple)) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"Config.disabled_sieves must be a set of sieve names (str), got {value!r}")
    return frozenset(value)


def _registered(instance: Any, attribute: attrs.Attribute, value: frozenset[str]) -> None:
    from .sieves.registry import REGISTRY

    unknown = sorted(str(v) for v in value if v not in REGISTRY)
    if unknown:
        raise ConfigError(
            f"Config.disabled_sieves: unknown sieve(s) {unknown}; the sieves are: {', '.join(REGISTRY.names())}"
        )


def _dash(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
    # Type checks, not ``in``: 1 == True and 0 == False would slip through.
    if not (isinstance(value, bool) or (isinstance(value, str) and value == "auto")):
        raise _refuse(attribute, value, "'auto', True or False")


_MODES = ", ".join(repr(m.value) for m in Mode)


def _modes(value: Any) -> frozenset[Mode]:
    allowed = f"a collection of modes from {_MODES}"
    if isinstance(value, (str, bytes)) or not hasattr(value, "__iter__"):
        raise ConfigError(f"Config.modes: got {value!r} ({type(value).__name__}); allowed: {allowed}")
    out = set()
    for item in value:
        if not isinstance(item, str):  # Mode is a str enum
            raise ConfigError(f"Config.modes: got {item!r} in {value!r}; allowed: {allowed}")
        try:
            out.add(Mode(item))
        except ValueError:
            raise ConfigError(f"Config.modes: got {item!r} in {value!r}; allowed: {allowed}") from None
    return frozenset(out)


@attrs.frozen(kw_only=True)
class Config:
    """Tunables of the extraction pipeline (all keyword-only, all validated)."""

    #: Quoted spans of at most this many words with no cue or speaker nearby are
    #: treated as scare quotes / terms, not quotations.
    scare_max_words: int = attrs.field(default=4, validator=_whole(0))
    #: Report titles of works, nicknames and scare quotes too (as ``mixed`` with
    #: evidence ``non-speech-kept``) instead of dropping them.
    keep_non_speech: bool = attrs.field(default=False, validator=_flag)
    #: How many words may stand between a verb and a quoted fragment in its
    #: object for the verb's subject to be taken as the fragment's speaker
    #: (``predicate-fragment``: 'admires the senator as a "strong leader"').
    predicate_fragment_window: int = attrs.field(default=16, validator=_whole(0))
    #: Find unquoted reported speech ("Talks will resume, the official said.").
    indirect: bool = attrs.field(default=True, validator=_flag)
    #: Which attribution modes to report. News corpora (PolNeAR, PARC) annotate
    #: thoughts and evidence ("polls show") as attributions too; every quote
    #: says its ``mode``, and ``modes={"speech", "writing"}`` keeps the core.
    #: Intentions ("plans to close the plant", "wants the oak listed", "hopes
    #: to start in May") are reported as PARC and PolNeAR annotate them; what
    #: someone plans is not what anyone said, and a user counting statements
    #: leaves "intention" out (an intention with words in marks is kept even
    #: so: 'plans to "reform the system"').
    modes: frozenset[Mode] = attrs.field(
        default=frozenset(Mode), converter=_modes
    )
    #: News: report the quotes inside a direct quote that someone else said
    #: ("‘He sat in my kitchen and said, “…”’ she told the court") as the
    #: outer quote's ``inner`` quotes, each with its own speaker (:mod:`quotes.inner`).
    inner_quotes: bool = attrs.field(default=True, validator=_flag)
    #: Dialogue introduced by a dash at paragraph start ("--Goodbye!"), as in
    #: Joyce or French/Spanish print. "auto" enables it when the document has at
    #: least ``dash_dialogue_min`` such paragraphs.
    dash_dialogue: Any = attrs.field(default="auto", validator=_dash)
    dash_dialogue_min: int = attrs.field(default=3, validator=_whole(0))
    #: How many sentences back, inside one paragraph, the previous-sentence
    #: sieve may borrow a speaker from.
    sentence_window: int = attrs.field(default=20, validator=_whole(0))
    #: Maximum number of tokens in a speaker noun phrase before a cue.
    max_speaker_tokens: int = attrs.field(default=12, validator=_whole(0))
    #: How many paragraphs back a quote-only paragraph may inherit a speaker.
    continuation_paragraphs: int = attrs.field(default=2, validator=_whole(0))
    #: Fiction: how many turns away, in a run of dialogue, a tagged turn may
    #: decide an untagged one (the conversation model, sieve turn-taking).
    turn_reach: int = attrs.field(default=6, validator=_whole(0))
    #: Quotes whose attribution confidence (the deciding sieve's measured
    #: precision) falls below this are reported without a speaker.
    min_speaker_confidence: float = attrs.field(default=0.0, validator=_unit)
    #: The depth of the quotation-mark stack per paragraph (1 to
    #: ``MAX_NESTING_CEILING``); the cap keeps the cost linear on adversarial input.
    max_nesting: int = attrs.field(default=3, validator=_whole(1, MAX_NESTING_CEILING))

    #: "news", "fiction" or "auto". Fiction changes two sieves: an untagged
    #: quote paragraph is the next turn of a dialogue (turn-taking) rather
    #: than the previous speaker going on (newswire continuation). "auto"
    #: decides per document from narrative past tense and dialogue density.
    genre: str = attrs.field(default="auto", validator=_choice("auto", "news", "fiction"))

    #: Who speaks a quote whose own tag an outer source reports ('"…," Bell
    #: said, according to the radio'; 'Bell said the pier was safe, the radio
    #: reported'): "inner" (default: Bell, who said it, with the evidence
    #: ``nested-source``) or "outer" (the radio, with the quote and its tag as
    #: the radio's content: the PARC and PolNeAR annotation convention).
    nested_source: str = attrs.field(default="inner", validator=_choice("inner", "outer"))

    #: Whose sentence boundaries a backend with its own splitter (stanza) uses:
    #: "rules" (default), "agree" (split only where both split) or "backend".
    #: Measured on PolNeAR dev, stanza's splits cut quotes from their tags and
    #: miss breaks such as "in the U.S. He said", so the rule splitter decides
    #: by default; stanza's tokens still carry its parse, entities and coref.
    backend_sentences: str = attrs.field(default="rules", validator=_choice("rules", "agree", "backend"))

    #: Documents longer than this many characters are processed in windows cut
    #: at paragraph breaks (a longer paragraph at a sentence end, else at a
    #: space, else at this size), so memory stays bounded (about 50 bytes of working
    #: memory per character of a window). Coreference and multi-paragraph
    #: links do not cross a window boundary. 0 disables windowing.
    window_chars: int = attrs.field(default=1_000_000, validator=_whole(0))

    #: Attribution sieves switched off, by name (the names of
    #: ``quotes.sieves.registry.REGISTRY``, as they appear in ``evidence``):
    #: their decisions are discarded and the next sieve in order decides, so
    #: one sieve's contribution can be measured alone.
    disabled_sieves: frozenset[str] = attrs.field(default=frozenset(), converter=_sieve_names, validator=_registered)

    def replace(self, **changes: Any) -> Config:
        """Return a copy with *changes* applied (``attrs.evolve``), validated like a new config."""
        names = {f.name for f in attrs.fields(Config)}
        unknown = sorted(set(changes) - names)
        if unknown:
            raise ConfigError(f"Config has no field {unknown[0]!r}; fields: {', '.join(sorted(names))}")
        return attrs.evolve(self, **changes)
