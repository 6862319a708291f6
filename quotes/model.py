"""Result types: frozen, slotted attrs classes that are plain data.

Every offset is a half-open ``[start, end)`` index into the original ``str``
the caller passed in (Python code-point indices, like ``text[start:end]``).
Parsing lives in named constructors (:meth:`Span.of`), never in ``__init__``
(the attrs "dumb __init__" advice, ``attrs/docs/init.md``).
"""

from __future__ import annotations

import enum
from typing import Any

import attrs

__all__ = ["Mode", "Quote", "QuoteKind", "Span", "Speaker"]


def _check_offsets(instance: Any, attribute: Any, value: int) -> None:
    if instance.start < 0 or instance.end < instance.start:
        raise ValueError(f"invalid offsets [{instance.start}, {instance.end})")
    if len(instance.text) != instance.end - instance.start:
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
        return cls(start, end, doc[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Span:
        return cls(int(data["start"]), int(data["end"]), str(data["text"]))

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
    """What kind of attribution the cue expresses (PolNeAR/PARC annotate all four)."""

    SPEECH = "speech"
    WRITING = "writing"
    THOUGHT = "thought"
    EVIDENCE = "evidence"


def _opt_span(data: Any) -> Span | None:
    return None if data is None else Span.from_dict(data)


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
    kind: str = "person"  # person | organisation | group | unknown
    title: str | None = None  # e.g. "Finance Minister"
    gender: str | None = None  # "m", "f" or None when unknown

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "mentions": [m.to_dict() for m in self.mentions],
            "kind": self.kind,
            "title": self.title,
            "gender": self.gender,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Speaker:
        return cls(
            name=data["name"],
            mentions=tuple(Span.from_dict(m) for m in data.get("mentions", ())),
            kind=data.get("kind", "person"),
            title=data.get("title"),
            gender=data.get("gender"),
        )


def _unit_interval(instance: Any, attribute: Any, value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"confidence must lie in [0, 1], got {value!r}")


@attrs.frozen
class Quote:
    """One reported utterance and who said it.

    ``text`` is the content with the quotation marks excluded, and
    ``doc[start:end] == text`` always holds.  Linked pieces share ``group``:
    an interrupted quote (``"A," she said, "B."``) is two quotes with one group,
    and so is a newswire quote that runs over several paragraphs (each
    paragraph reopens the mark, only the last one closes it): each paragraph is
    its own piece, so offsets never cover the reopening marks.
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

    @property
    def span(self) -> Span:
        """The content as a :class:`Span`."""
        return Span(self.start, self.end, self.text)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; :meth:`from_dict` inverts it exactly."""
        return {
            "text": self.text,
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

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        """Rebuild a quote from :meth:`to_dict` output (e.g. after ``json.loads``)."""
        speaker = data.get("speaker")
        return cls(
            text=data["text"],
            start=int(data["start"]),
            end=int(data["end"]),
            kind=QuoteKind(data.get("kind", "direct")),
            mode=Mode(data.get("mode", "speech")),
            speaker=None if speaker is None else Speaker.from_dict(speaker),
            speaker_mention=_opt_span(data.get("speaker_mention")),
            cue=_opt_span(data.get("cue")),
            addressee=_opt_span(data.get("addressee")),
            confidence=float(data.get("confidence", 0.5)),
            evidence=tuple(data.get("evidence", ())),
            group=data.get("group"),
            fragments=tuple(Span.from_dict(f) for f in data.get("fragments", ())),
            marks=tuple(Span.from_dict(m) for m in data.get("marks", ())),
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
    )


def _span_dict(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else span.to_dict()
