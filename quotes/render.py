"""Draw an analysed document as HTML: quotes highlighted per speaker.

The view is the article itself (whitespace kept), with

- each quote in a ``<mark class="q-quote">`` tinted in its speaker's colour,
  carrying ``data-quote-index``, ``data-kind``, ``data-speaker`` and a
  ``title`` (the speaker's name and the evidence, shown on hover);
- the speaker mention underlined (``q-mention``), the speaker's other
  mentions thinly underlined (``q-coref``), the cue in bold
  (``q-cue``), the addressee underlined with dots (``q-addressee``), the
  quotation marks (``q-mark``) and the verbatim fragments of mixed quotes
  (``q-fragment``) marked too;
- a legend of speakers, a key to the marks (direct quotes fully tinted,
  mixed ones half tinted, indirect speech outlined; the underlines, bold and
  dotted marks named) and a table with one row per quote.

Colours follow the Okabe-Ito palette (Okabe & Ito 2008, "Color Universal
Design"), chosen to stay distinguishable under the common forms of colour
blindness; speakers get colours in order of first appearance, the tint is a
light background so text stays dark-on-light, and after seven speakers the
colours repeat with a dashed, then dotted, border so two speakers never look
identical. Every piece of document text and every attribute value is
HTML-escaped, and a standalone page carries a Content-Security-Policy that
forbids scripts, so hostile text renders as text.

Spans are laid out by one sweep over their sorted boundary offsets with a
stack of open elements; when an element ends while others opened after it
are still open, those are closed and reopened around the end (the usual way
to draw overlapping ranges as properly nested HTML). A reopened quote piece
has the class ``q-quote-cont``, so there is exactly one ``.q-quote`` element
per quote.
"""

from __future__ import annotations

import html
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from .model import Quote, Span

if TYPE_CHECKING:  # pragma: no cover
    from .result import Extraction

__all__ = ["PALETTE", "render_fragment", "render_html"]

#: The Okabe-Ito colours (without black), as (name, hex) pairs, in the order
#: speakers receive them.
PALETTE: tuple[tuple[str, str], ...] = (
    ("blue", "#0072B2"),
    ("orange", "#E69F00"),
    ("bluish green", "#009E73"),
    ("reddish purple", "#CC79A7"),
    ("sky blue", "#56B4E9"),
    ("vermillion", "#D55E00"),
    ("yellow", "#F0E442"),
)
_LINE_STYLES = ("solid", "dashed", "dotted")
_SLOTS = len(PALETTE) * len(_LINE_STYLES)
_NO_SPEAKER = "#8C8C8C"


def _tint(hex_colour: str, amount: float = 0.3) -> str:
    """Mix *amount* of the colour with white: a light background tint."""
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    mix = (round(255 - (255 - c) * amount) for c in (r, g, b))
    return "#" + "".join(f"{c:02x}" for c in mix)


def _slot_css(scope: str) -> str:
    rules = []
    for slot in range(_SLOTS):
        _, colour = PALETTE[slot % len(PALETTE)]
        line = _LINE_STYLES[slot // len(PALETTE)]
        rules.append(f"{scope} .q-s{slot}{{--q-c:{colour};--q-bg:{_tint(colour)};--q-line:{line}}}")
    rules.append(f"{scope} .q-snone{{--q-c:{_NO_SPEAKER};--q-bg:#ececec;--q-line:dashed}}")
    return "\n".join(rules)


def _css(scope: str) -> str:
    s = scope
    return f"""
{s}{{font-family:Georgia,'Times New Roman',serif;color:#1a1a1a;background:#fff;
  line-height:1.6;max-width:60em;padding:.5em 1em}}
{s} .q-summary{{font-family:system-ui,sans-serif;font-size:.85em;color:#444;margin:.2em 0 .6em}}
{s} .q-article{{white-space:pre-wrap;overflow-wrap:break-word;font-size:1em;margin:0 0 1em}}
{s} .q-quote,{s} .q-quote-cont{{background:var(--q-bg);color:inherit;border-bottom:2px var(--q-line) var(--q-c);
  padding:0 1px;border-radius:2px}}
{s} .q-direct{{background:var(--q-bg)}}
{s} .q-mixed{{background:linear-gradient(to bottom,transparent 45%,var(--q-bg) 45%)}}
{s} .q-indirect{{background:transparent;outline:1px dashed var(--q-c);outline-offset:1px}}
{s} .q-quote::before{{content:attr(data-badge);font-family:system-ui,sans-serif;font-size:.65em;
  font-weight:bold;vertical-align:super;color:#fff;background:var(--q-c);border-radius:3px;
  padding:0 3px;margin-right:2px}}
{s} .q-mark{{color:var(--q-c);font-weight:bold}}
{s} .q-mention,{s} .q-key-mention{{text-decoration:underline;text-decoration-thickness:3px;text-decoration-color:var(--q-c);
  text-underline-offset:3px}}
{s} .q-coref,{s} .q-key-coref{{text-decoration:underline;text-decoration-thickness:1px;text-decoration-color:var(--q-c);
  text-underline-offset:3px}}
{s} .q-cue,{s} .q-key-cue{{font-weight:bold}}
{s} .q-addressee,{s} .q-key-addressee{{text-decoration:underline dotted;text-decoration-thickness:2px;
  text-underline-offset:3px}}
{s} .q-fragment,{s} .q-key-fragment{{font-style:italic}}
{s} .q-key{{font-family:system-ui,sans-serif;font-size:.8em;color:#444;margin:.2em 0 .8em;line-height:2}}
{s} .q-key span{{margin-right:1.1em;padding:0 2px;border-radius:2px}}
{s} .q-legend{{font-family:system-ui,sans-serif;font-size:.85em;margin:.4em 0 1em;padding:0;list-style:none}}
{s} .q-legend li{{display:inline-block;margin:0 1.2em .3em 0}}
{s} .q-swatch{{display:inline-block;width:1.6em;height:.9em;vertical-align:middle;margin-right:.35em;
  background:var(--q-bg);border-bottom:3px var(--q-line) var(--q-c)}}
{s} table.q-table{{border-collapse:collapse;font-family:system-ui,sans-serif;font-size:.8em;width:100%}}
{s} .q-table th,{s} .q-table td{{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}}
{s} .q-table th{{background:#f3f3f3}}
{s} .q-table td.q-num{{text-align:right;white-space:nowrap}}
{s} .q-table-wrap{{overflow-x:auto}}
{s} .q-table td.q-text{{min-width:22em;max-width:48em}}
{s} .q-table td.q-evidence{{font-size:.9em;min-width:8em;max-width:16em;overflow-wrap:anywhere}}
{_slot_css(s)}
"""


class _Interval(NamedTuple):
    """An element to draw over ``[start, end)`` of the text."""

    start: int
    end: int
    rank: int  # 0 = outermost at a shared start
    tag: str
    attrs: str  # pre-escaped attributes of the first piece
    cont_attrs: str  # attributes of pieces reopened after a split


def _attr(**values: object) -> str:
    parts = []
    for key, value in values.items():
        if value is None:
            continue
        parts.append(f'{key.rstrip("_").replace("_", "-")}="{html.escape(str(value), quote=True)}"')
    return " ".join(parts)


def _layout(text: str, intervals: list[_Interval]) -> str:
    """Nest *intervals* over *text* as HTML in one sweep over their boundaries."""
    n = len(text)
    clean = []
    for iv in intervals:
        start, end = max(0, iv.start), min(n, iv.end)
        if start < end:
            clean.append(iv._replace(start=start, end=end))
    clean.sort(key=lambda iv: (iv.start, iv.rank, -iv.end))
    bounds = sorted({0, n, *(iv.start for iv in clean), *(iv.end for iv in clean)})
    out: list[str] = []
    stack: list[_Interval] = []
    nxt = 0  # next interval of `clean` to open
    for b, pos in enumerate(bounds):
        # Close what ends here; reopen what was opened inside it and goes on.
        low = next((i for i, iv in enumerate(stack) if iv.end == pos), None)
        if low is not None:
            for iv in reversed(stack[low:]):
                out.append(f"</{iv.tag}>")
            carry = [iv for iv in stack[low:] if iv.end != pos]
            del stack[low:]
            for iv in carry:
                out.append(f"<{iv.tag} {iv.cont_attrs}>")
                stack.append(iv)
        while nxt < len(clean) and clean[nxt].start == pos:
            iv = clean[nxt]
            out.append(f"<{iv.tag} {iv.attrs}>")
            stack.append(iv)
            nxt += 1
        if b + 1 < len(bounds):
            out.append(html.escape(text[pos : bounds[b + 1]], quote=True))
    for iv in reversed(stack):  # nothing is left open, but stay well-formed regardless
        out.append(f"</{iv.tag}>")
    return "".join(out)


def _speaker_slots(quotes: Sequence[Quote]) -> dict[str, int]:
    """Each speaker name -> a palette slot, in order of first appearance."""
    slots: dict[str, int] = {}
    for q in quotes:
        if q.speaker is not None and q.speaker.name not in slots:
            slots[q.speaker.name] = len(slots)
    return slots


def _slot_class(q: Quote, slots: dict[str, int]) -> str:
    if q.speaker is None:
        return "q-snone"
    return f"q-s{slots[q.speaker.name] % _SLOTS}"


def _speaker_name(q: Quote) -> str:
    return q.speaker.name if q.speaker is not None else ""


def _hover(i: int, q: Quote) -> str:
    who = q.speaker.name if q.speaker is not None else "no speaker found"
    line = f"#{i + 1} {who} \u2014 {q.kind.value}, {q.mode.value}, confidence {q.confidence:.2f}"
    if q.evidence:
        line += "\nevidence: " + ", ".join(q.evidence)
    return line


def _intervals(quotes: Sequence[Quote], slots: dict[str, int]) -> list[_Interval]:
    out: list[_Interval] = []
    # A mention, cue or addressee may serve several quotes ("A," she said, "B."):
    # draw it once and name every quote it serves.
    extras: dict[tuple[int, int, str], tuple[str, list[int], str]] = {}
    for i, q in enumerate(quotes):
        cls = _slot_class(q, slots)
        common = {
            "data_quote_index": i,
            "data_kind": q.kind.value,
            "data_speaker": _speaker_name(q),
            "data_group": q.group,
            "title": _hover(i, q),
        }
        out.append(
            _Interval(
                q.start,
                q.end,
                0,
                "mark",
                _attr(class_=f"q-quote q-{q.kind.value} {cls}", data_badge=i + 1, **common),
                _attr(class_=f"q-quote-cont q-{q.kind.value} {cls}", **common),
            )
        )
        for frag in q.fragments:
            a = _attr(class_=f"q-fragment {cls}", title=f"verbatim fragment of quote #{i + 1}")
            out.append(_Interval(frag.start, frag.end, 1, "span", a, a))
        for mark in q.marks:
            a = _attr(class_=f"q-mark {cls}")
            out.append(_Interval(mark.start, mark.end, 1, "span", a, a))
        for role, span in (("mention", q.speaker_mention), ("cue", q.cue), ("addressee", q.addressee)):
            if span is None:
                continue
            key = (span.start, span.end, role)
            if key not in extras:
                extras[key] = (cls, [], _speaker_name(q))
            extras[key][1].append(i + 1)
    # The other mentions of each speaker (its coreference chain), lightly marked.
    used = {(s, e) for s, e, role in extras if role == "mention"}
    seen: set[tuple[int, int]] = set()
    # Quotes of one entity share one Speaker: read its mentions once, not
    # once per quote (10,000 quotes of one speaker were 10,000 x 10,000 steps).
    # A second reading of the same object adds nothing, as every mention is seen.
    done: set[int] = set()
    for q in quotes:
        if q.speaker is None or id(q.speaker) in done:
            continue
        done.add(id(q.speaker))
        cls = _slot_class(q, slots)
        for m in q.speaker.mentions:
            if (m.start, m.end) in used or (m.start, m.end) in seen:
                continue
            seen.add((m.start, m.end))
            a = _attr(class_=f"q-coref {cls}", title=f"{q.speaker.name} (mentioned)")
            out.append(_Interval(m.start, m.end, 2, "span", a, a))
    for (start, end, role), (cls, served, name) in extras.items():
        nums = ", ".join(f"#{k}" for k in served)
        if role == "mention":
            title = f"{name or 'unresolved mention'} (speaker of {nums})"
        else:
            title = f"{role} of {nums}"
        a = _attr(class_=f"q-{role} {cls}", title=title)
        out.append(_Interval(start, end, 2, "span", a, a))
    return out


def _span_text(span: Span | None) -> str:
    return "" if span is None else html.escape(" ".join(span.text.split()))


def _legend(quotes: Sequence[Quote], slots: dict[str, int]) -> str:
    counts: dict[str, int] = {}
    unattributed = 0
    speakers = {}
    for q in quotes:
        if q.speaker is None:
            unattributed += 1
        else:
            counts[q.speaker.name] = counts.get(q.speaker.name, 0) + 1
            speakers.setdefault(q.speaker.name, q.speaker)
    items = []
    for name, slot in slots.items():
        sp = speakers[name]
        about = ", ".join(x for x in (sp.title, sp.kind) if x)
        n = counts[name]
        items.append(
            f'<li {_attr(class_=f"q-legend-item q-s{slot % _SLOTS}", title=about or None, data_speaker=name)}>'
            f'<span class="q-swatch"></span>{html.escape(name)} '
            f"({n} quote{'s' if n != 1 else ''})</li>"
        )
    if unattributed:
        items.append(
            '<li class="q-legend-item q-snone" data-speaker=""><span class="q-swatch"></span>'
            f"no speaker ({unattributed} quote{'s' if unattributed != 1 else ''})</li>"
        )
    if not items:
        return ""
    return '<ul class="q-legend">' + "".join(items) + "</ul>"


#: What each mark in the view means, drawn with the marks themselves (grey: no speaker colour).
_KEY = (
    ("q-direct q-snone", "direct quote (full tint)"),
    ("q-mixed q-snone", "mixed quote (half tint)"),
    ("q-indirect q-snone", "indirect speech (dashed outline)"),
    ("q-key-mention q-snone", "speaker mention (thick underline)"),
    ("q-key-coref q-snone", "other mentions of the speaker (thin underline)"),
    ("q-key-cue", "cue (bold)"),
    ("q-key-addressee", "addressee (dotted underline)"),
    ("q-key-fragment", "verbatim fragment (italic)"),
)


def _key() -> str:
    items = "".join(f'<span class="{cls}">{html.escape(label)}</span>' for cls, label in _KEY)
    return f'<p class="q-key">{items}</p>'


_COLUMNS = ("#", "kind", "speaker", "mention", "cue", "addressee", "confidence", "evidence", "text")


def _table(quotes: Sequence[Quote], slots: dict[str, int]) -> str:
    if not quotes:
        return ""
    head = "".join(f"<th>{c}</th>" for c in _COLUMNS)
    rows = []
    for i, q in enumerate(quotes):
        cls = _slot_class(q, slots)
        speaker = (
            f'<span class="{cls}"><span class="q-swatch"></span>{html.escape(q.speaker.name)}</span>'
            if q.speaker is not None
            else ""
        )
        rows.append(
            f'<tr {_attr(data_quote_index=i)}>'
            f'<td class="q-num">{i + 1}</td>'
            f"<td>{html.escape(q.kind.value)}</td>"
            f"<td>{speaker}</td>"
            f"<td>{_span_text(q.speaker_mention)}</td>"
            f"<td>{_span_text(q.cue)}</td>"
            f"<td>{_span_text(q.addressee)}</td>"
            f'<td class="q-num">{q.confidence:.2f}</td>'
            f'<td class="q-evidence">{html.escape(", ".join(q.evidence))}</td>'
            f'<td class="q-text">{html.escape(" ".join(q.text.split()))}</td>'
            "</tr>"
        )
    return (
        f'<div class="q-table-wrap"><table class="q-table"><thead><tr>{head}</tr></thead>'
        f'<tbody>{"".join(rows)}</tbody></table></div>'
    )


def _body(ex: Extraction) -> str:
    quotes = ex.quotes
    slots = _speaker_slots(quotes)
    n, k = len(quotes), len(slots)
    summary = f"{n} quote{'s' if n != 1 else ''} \u00b7 {k} speaker{'s' if k != 1 else ''}"
    if ex.doc_id is not None:
        summary = f"{html.escape(str(ex.doc_id))} \u00b7 " + summary
    return (
        f'<p class="q-summary">{summary}</p>'
        + _legend(quotes, slots)
        + (_key() if quotes else "")
        + f'<div class="q-article">{_layout(ex.text, _intervals(quotes, slots))}</div>'
        + _table(quotes, slots)
    )


def render_fragment(extraction: Extraction) -> str:
    """An HTML fragment (a ``<div>`` with its own scoped ``<style>``) for notebooks."""
    return f'<div class="quotes-view"><style>{_css(".quotes-view")}</style>{_body(extraction)}</div>'


def _coerce(text_or_extraction: str | Extraction, quotes: Sequence[Quote] | None) -> Extraction:
    from .errors import InputTypeError
    from .result import Extraction, analyze

    if isinstance(text_or_extraction, Extraction):
        if quotes is None:
            return text_or_extraction
        return Extraction(text_or_extraction.text, tuple(quotes), text_or_extraction.doc_id)
    if isinstance(text_or_extraction, str):
        if quotes is None:
            return analyze(text_or_extraction)
        return Extraction(text_or_extraction, tuple(quotes))
    raise InputTypeError(
        f"render_html expects a str or a quotes.Extraction, got {type(text_or_extraction).__name__}"
    )


def render_html(
    text_or_extraction: str | Extraction,
    quotes: Sequence[Quote] | None = None,
    *,
    path: str | os.PathLike[str] | None = None,
    title: str | None = None,
) -> str:
    """Render a document and its quotes as a standalone HTML page.

    *text_or_extraction* is an :class:`~quotes.Extraction` or the text itself;
    with text and no *quotes*, the quotes are found with :func:`quotes.analyze`.
    Passing *quotes* draws those instead (their offsets must index the text).
    The page has inline CSS only (no scripts, fonts or external resources), so
    it works offline; with *path* it is also written there as UTF-8. The
    *title* defaults to "Quotes" (plus the ``doc_id`` if there is one).

    >>> page = render_html('"We will win," she said.')
    >>> page.startswith("<!DOCTYPE html>"), page.count('class="q-quote ')
    (True, 1)
    """
    ex = _coerce(text_or_extraction, quotes)
    if title is None:
        title = "Quotes" if ex.doc_id is None else f"Quotes \u2014 {ex.doc_id}"
    page = (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n"
        f"<style>{_css('.quotes-view')}</style>\n"
        "</head>\n<body>\n"
        f'<div class="quotes-view">\n<h1 class="q-title">{html.escape(title)}</h1>\n{_body(ex)}\n</div>\n'
        "</body>\n</html>\n"
    )
    if path is not None:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(page)
    return page
