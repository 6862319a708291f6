"""Result types: frozen, slotted attrs classes that are plain data.

Every offset is a half-open ``[start, end)`` index into the original ``str``
the caller passed in (Python code-point indices, like ``text[start:end]``).
Parsing lives in named constructors (:meth:`Span.of`), never in ``__init__``
(the attrs "dumb __init__" advice, ``attrs/docs/init.md``).

Serialised form: ``to_dict()`` gives JSON-ready dicts and ``from_dict()``
reads them back exactly, for any ``str``. ``from_dict`` trusts nothing: a
missing or mistyped field, a float offset, offsets that do not match the text
raise :class:`~quotes.SchemaError` naming the field (keys it does not know
are ignored). JSON decoders join an escaped surrogate pair (``"\\ud83d\\ude00"``)
into one character, so a string that holds a high and a low surrogate as two
code points carries, beside it, the key ``<field>_split_pairs``: the indices
where such pairs start, which ``from_dict`` splits back. The key is written
only when needed.
"""

from __future__ import annotations

import enum
import math
import re
from collections.abc import Mapping
from typing import Any

import attrs

from .errors import SchemaError

__all__ = ["Mode", "Quote", "QuoteKind", "Span", "Speaker"]

#: A high surrogate followed by a low one: what a JSON decoder joins into one character.
_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")


# -- reading serialised data ------------------------------------------------------------


def _mapping(data: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise SchemaError(f"{where or 'data'}: expected an object (dict), got {type(data).__name__}")
    return data


def _path(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _required(data: Mapping[str, Any], key: str, where: str) -> Any:
    if key not in data:
        raise SchemaError(f"{_path(where, key)}: missing")
    return data[key]


def _as_int(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise SchemaError(f"{where}: expected an int, got {value!r} ({type(value).__name__})")
    return value


def _as_opt_int(value: Any, where: str) -> int | None:
    return None if value is None else _as_int(value, where)


def _as_str(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise SchemaError(f"{where}: expected a string, got {value!r} ({type(value).__name__})")
    return value


def _as_opt_str(value: Any, where: str) -> str | None:
    return None if value is None else _as_str(value, where)


def _as_list(value: Any, where: str) -> list[Any] | tuple[Any, ...]:
    if not isinstance(value, (list, tuple)):
        raise SchemaError(f"{where}: expected an array (list), got {value!r} ({type(value).__name__})")
    return value


def _as_enum(enum_type: type[enum.Enum], value: Any, where: str) -> Any:
    allowed = ", ".join(repr(m.value) for m in enum_type)
    if isinstance(value, str):
        try:
            return enum_type(value)
        except ValueError:
            pass
    raise SchemaError(f"{where}: got {value!r}; allowed: {allowed}")


def _as_confidence(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise SchemaError(f"{where}: expected a number, got {value!r} ({type(value).__name__})")
    if not math.isfinite(value) or not 0 <= value <= 1:
        raise SchemaError(f"{where}: expected a number from 0 to 1, got {value!r}")
    return float(value)


def _dump_str(out: dict[str, Any], key: str, value: str | None) -> None:
    """Write ``out[key] = value``, plus ``<key>_split_pairs`` when *value* holds surrogate pairs."""
    out[key] = value
    if value is not None and "\ud800" <= max(value, default="\0") and _PAIR.search(value):
        out[f"{key}_split_pairs"] = [m.start() for m in _PAIR.finditer(value)]


def _load_str(data: Mapping[str, Any], key: str, where: str, value: str) -> str:
    """*value* (``data[key]``) with the surrogate pairs named in ``<key>_split_pairs`` split back."""
    pairs_key = f"{key}_split_pairs"
    if pairs_key not in data:
        return value
    here = _path(where, pairs_key)
    positions = _as_list(data[pairs_key], here)
    out: list[str] = []
    i = 0  # index into *value*, whose pairs a JSON decoder may have joined
    o = 0  # index into the original string being rebuilt
    for k, p in enumerate(positions):
        p = _as_int(p, f"{here}[{k}]")
        if p < o:
            raise SchemaError(f"{here}[{k}]: positions must increase without overlap, got {p}")
        out.append(value[i : i + (p - o)])
        i += p - o
        head = value[i : i + 2]
        if _PAIR.fullmatch(head):  # still two code points (no JSON in between)
            out.append(head)
            i += 2
        elif head and ord(head[0]) > 0xFFFF:  # joined by a JSON decoder: split it back
            code = ord(head[0]) - 0x10000
            out.append(chr(0xD800 + (code >> 10)) + chr(0xDC00 + (code & 0x3FF)))
            i += 1
        else:
            raise SchemaError(f"{here}[{k}]: no surrogate pair at position {p}")
        o = p + 2
    out.append(value[i:])
    return "".join(out)


#: How :meth:`Span.of` makes and fills a (frozen, slotted) span.
_new, _set = object.__new__, object.__setattr__


def _check_offsets(instance: Any, attribute: Any, value: int) -> None:
    # (The validator of ``end``, run once all fields are set: *value* is
    # ``instance.end``; the start read once. Every span of every quote passes here.)
    start = instance.start
    if start < 0 or value < start:
        raise ValueError(f"invalid offsets [{instance.start}, {instance.end})")
    if len(instance.text) != value - start:
        raise ValueError(
            f"text has {len(instance.text)} characters but offsets "
            f"[{instance.start}, {instance.end}) span {instance.end - instance.start}"
        )


@attrs.frozen(order=True)
class Span:
    """A piece of the document: ``doc[start:end] == text``."""

    start: int
    end: int = attrs.field(validator=_check_offsets)
    text: str = attrs.field(order=False)

    @classmethod
    def of(cls, doc: str, start: int, end: int) -> Span:
        """Cut the span ``[start, end)`` out of *doc*."""
        text = doc[start:end]
        if 0 <= start <= end and len(text) == end - start:
            # (Offsets that pass _check_offsets, tested here in line: the span
            # is filled without the generated __init__ and its validator call,
            # every quote's spans come through here. Any other offsets go
            # through __init__, which raises as it always did.)
            span = _new(cls)
            _set(span, "start", start)
            _set(span, "end", end)
            _set(span, "text", text)
            return span
        return cls(start, end, text)

    def to_dict(self) -> dict[str, Any]:
        """``{"start", "end", "text"}``, JSON-ready; :meth:`from_dict` inverts it exactly."""
        out: dict[str, Any] = {"start": self.start, "end": self.end}
        _dump_str(out, "text", self.text)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, where: str = "") -> Span:
        """Read :meth:`to_dict` output; :class:`~quotes.SchemaError` (naming *where*) if malformed."""
        data = _mapping(data, where)
        start = _as_int(_required(data, "start", where), _path(where, "start"))
        end = _as_int(_required(data, "end", where), _path(where, "end"))
        text = _load_str(data, "text", where, _as_str(_required(data, "text", where), _path(where, "text")))
        _check_serialised_offsets(start, end, text, where)
        return cls(start, end, text)

    def __len__(self) -> int:
        return self.end - self.start


class QuoteKind(str, enum.Enum):
    """How the words are reported.

    ``direct``: fully inside quotation marks. ``mixed``: a paraphrase that
    contains verbatim fragments in marks. ``indirect``: reported speech with no
    marks ("Talks will resume, the official said.").
    """

    DIRECT = "direct"
    MIXED = "mixed"
    INDIRECT = "indirect"


class Mode(str, enum.Enum):
    """What kind of attribution the cue expresses (PolNeAR/PARC annotate all
    five). ``intention``: a plan, wish, hope or decision ("plans to close",
    "wants the oak listed"), reported only when ``Config.modes`` asks for it."""

    SPEECH = "speech"
    WRITING = "writing"
    THOUGHT = "thought"
    EVIDENCE = "evidence"
    INTENTION = "intention"


def _check_serialised_offsets(start: int, end: int, text: str, where: str) -> None:
    if start < 0 or end < start:
        raise SchemaError(f"{_path(where, 'start')}/{_path(where, 'end')}: invalid offsets [{start}, {end})")
    if len(text) != end - start:
        raise SchemaError(
            f"{_path(where, 'text')}: {len(text)} characters, but offsets [{start}, {end}) span {end - start}"
        )


def _opt_span(data: Mapping[str, Any], key: str, where: str = "") -> Span | None:
    value = data.get(key)
    return None if value is None else Span.from_dict(value, where=_path(where, key))


def _spans(data: Mapping[str, Any], key: str, where: str = "") -> tuple[Span, ...]:
    here = _path(where, key)
    items = _as_list(data.get(key, ()), here)
    return tuple(Span.from_dict(item, where=f"{here}[{k}]") for k, item in enumerate(items))


@attrs.frozen
class Speaker:
    """An entity that says things: a person, an organisation or a group.

    ``name`` is canonical: the fullest personal name found in the entity's
    coreference chain, without honorifics ("Ana Ruiz" for "Finance Minister Ana
    Ruiz" ... "Ruiz" ... "the minister" ... "she"). When the chain has no name,
    it is the most informative description ("the spokeswoman").
    """

    name: str
    mentions: tuple[Span, ...] = ()
    kind: str = "person"  # person | organisation | group
    title: str | None = None  # e.g. "Finance Minister"
    gender: str | None = None  # "m", "f" or None when unknown

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; :meth:`from_dict` inverts it exactly."""
        out: dict[str, Any] = {}
        _dump_str(out, "name", self.name)
        out["mentions"] = [m.to_dict() for m in self.mentions]
        out["kind"] = self.kind
        _dump_str(out, "title", self.title)
        out["gender"] = self.gender
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, where: str = "") -> Speaker:
        """Read :meth:`to_dict` output; :class:`~quotes.SchemaError` (naming the field) if malformed."""
        data = _mapping(data, where)
        here = _path(where, "name")
        name = _as_str(_required(data, "name", where), here)
        if not name:
            raise SchemaError(f"{here}: expected a non-empty string")
        title = _as_opt_str(data.get("title"), _path(where, "title"))
        return cls(
            name=_load_str(data, "name", where, name),
            mentions=_spans(data, "mentions", where),
            kind=_as_str(data.get("kind", "person"), _path(where, "kind")),
            title=None if title is None else _load_str(data, "title", where, title),
            gender=_as_opt_str(data.get("gender"), _path(where, "gender")),
        )


def _unit_interval(instance: Any, attribute: Any, value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"confidence must lie in [0, 1], got {value!r}")


def _clip(text: str, n: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= n else flat[: n - 1] + "\u2026"


@attrs.frozen(repr=False)
class Quote:
    """One reported utterance and who said it.

    ``text`` is the content with the quotation marks excluded, and
    ``doc[start:end] == text`` always holds.  Linked pieces share ``group``:
    an interrupted quote (``"A," she said, "B."``) is two quotes with one group,
    and so is a newswire quote that runs over several paragraphs (each
    paragraph reopens the mark, only the last one closes it): each paragraph is
    its own piece, so offsets never cover the reopening marks.

    ``inner`` holds the quotes inside this one that someone else said (a
    witness quoting the defendant, a daughter her late mother: "‘He sat
    in my kitchen and said, “This is safer than the bank,”’ she told the
    court"), each with its own speaker and offsets into the same document,
    all inside ``[start, end)``. They are no top-level quotes, so the list
    :func:`quotes.extract` returns stays in document order with no overlap.
    """

    text: str
    start: int
    end: int = attrs.field(validator=_check_offsets)
    kind: QuoteKind = QuoteKind.DIRECT
    speaker: Speaker | None = None
    speaker_mention: Span | None = None
    cue: Span | None = None
    addressee: Span | None = None
    confidence: float = attrs.field(default=0.5, validator=_unit_interval)
    evidence: tuple[str, ...] = ()
    group: int | None = None
    fragments: tuple[Span, ...] = ()
    marks: tuple[Span, ...] = ()
    mode: Mode = Mode.SPEECH
    inner: tuple[Quote, ...] = ()

    @property
    def span(self) -> Span:
        """The content as a :class:`Span`."""
        return Span(self.start, self.end, self.text)

    def __repr__(self) -> str:
        # Short (the attrs repr of a quote with its speaker's mentions runs to
        # a thousand characters); equality and hashing still use every field.
        who = None if self.speaker is None else self.speaker.name
        return (
            f"Quote({self.kind.value}, {self.start}:{self.end}, {_clip(self.text)!r}, "
            f"speaker={who!r}, confidence={self.confidence:.2f})"
        )

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; :meth:`from_dict` inverts it exactly (also through JSON)."""
        out: dict[str, Any] = {}
        _dump_str(out, "text", self.text)
        out.update(
            {
                "start": self.start,
                "end": self.end,
                "kind": self.kind.value,
                "mode": self.mode.value,
                "speaker": None if self.speaker is None else self.speaker.to_dict(),
                "speaker_mention": _span_dict(self.speaker_mention),
                "cue": _span_dict(self.cue),
                "addressee": _span_dict(self.addressee),
                "confidence": self.confidence,
                "evidence": list(self.evidence),
                "group": self.group,
                "fragments": [f.to_dict() for f in self.fragments],
                "marks": [m.to_dict() for m in self.marks],
            }
        )
        if self.inner:  # (written only when there are some: most quotes hold none)
            out["inner"] = [q.to_dict() for q in self.inner]
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Quote:
        """Rebuild a quote from :meth:`to_dict` output (e.g. after ``json.loads``).

        ``text``, ``start`` and ``end`` are required, the other fields take
        their defaults when absent; unknown keys (such as the command line's
        ``id`` and ``file``) are ignored. Anything malformed raises
        :class:`~quotes.SchemaError` naming the field; nothing is coerced.
        """
        data = _mapping(data, "")
        start = _as_int(_required(data, "start", ""), "start")
        end = _as_int(_required(data, "end", ""), "end")
        text = _load_str(data, "text", "", _as_str(_required(data, "text", ""), "text"))
        _check_serialised_offsets(start, end, text, "")
        speaker = data.get("speaker")
        evidence = _as_list(data.get("evidence", ()), "evidence")
        inner = _as_list(data.get("inner", ()), "inner")
        return cls(
            text=text,
            start=start,
            end=end,
            kind=_as_enum(QuoteKind, data.get("kind", "direct"), "kind"),
            mode=_as_enum(Mode, data.get("mode", "speech"), "mode"),
            speaker=None if speaker is None else Speaker.from_dict(speaker, where="speaker"),
            speaker_mention=_opt_span(data, "speaker_mention"),
            cue=_opt_span(data, "cue"),
            addressee=_opt_span(data, "addressee"),
            confidence=_as_confidence(data.get("confidence", 0.5), "confidence"),
            evidence=tuple(_as_str(e, f"evidence[{k}]") for k, e in enumerate(evidence)),
            group=_as_opt_int(data.get("group"), "group"),
            fragments=_spans(data, "fragments"),
            marks=_spans(data, "marks"),
            inner=tuple(Quote.from_dict(_mapping(x, f"inner[{k}]")) for k, x in enumerate(inner)),
        )


def rebase(q: Quote, doc: str, offset: int = 0, speakers: dict[int, Speaker] | None = None) -> Quote:
    """The quote *q* cut again out of *doc*, every offset moved by *offset*.

    Used to map a window's quotes back into the whole document, and to re-cut
    texts from the caller's original string. A :class:`Speaker` shared by many
    quotes is rebuilt once (pass the same *speakers* dict for a whole run), so
    the cost stays linear in the number of quotes.
    """

    def cut(s: Span | None) -> Span | None:
        return None if s is None else Span.of(doc, s.start + offset, s.end + offset)

    speaker = q.speaker
    if speaker is not None:
        cache = {} if speakers is None else speakers
        key = id(speaker)
        if key not in cache:
            cache[key] = attrs.evolve(speaker, mentions=tuple(cut(m) for m in speaker.mentions))
        speaker = cache[key]
    return attrs.evolve(
        q,
        text=doc[q.start + offset : q.end + offset],
        start=q.start + offset,
        end=q.end + offset,
        speaker=speaker,
        speaker_mention=cut(q.speaker_mention),
        cue=cut(q.cue),
        addressee=cut(q.addressee),
        fragments=tuple(cut(f) for f in q.fragments),
        marks=tuple(cut(x) for x in q.marks),
        inner=tuple(rebase(x, doc, offset, speakers) for x in q.inner),
    )


def _span_dict(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else span.to_dict()
