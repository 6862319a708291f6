"""Golden cases, one JSON file per phenomenon, in ``tests/cases/``.

Quote cases::

    {"label": "...", "text": "...", "exact": true,
     "expect": [{"text": "...", "kind": "direct", "speaker": "Ana Ruiz",
                 "speaker_kind": "person", "mention": "she", "cue": "said", "addressee": "reporters",
                 "fragments": ["deep"], "group_with_next": true, "mode": "speech",
                 "sieves": ["cue-after-quote"],
                 "inner": [{"text": "...", "kind": "direct", "speaker": "Tom Bell"}]}],
     "xfail": "why the library gets it wrong (optional)",
     "config": {"modes": ["speech", "intention"]}}

``config`` (optional): the ``quotes.Config`` fields the case runs with.

``inner``: the quotes inside this one that someone else said
(``Quote.inner``), exactly, in order, each checked like a quote.

``sieves``: the registered attribution sieves (``quotes.sieves.registry``)
named in the quote's ``evidence``, exactly; the test ids carry them, so
``pytest -k cue-clause`` runs every golden case that sieve decides.

``exact: true``: the quotes found are exactly the expected ones (texts, in
order). ``exact: false``: every expected quote is among those found. Optional
keys are only checked when present; ``null`` means "must be absent".

Segmentation cases (``segmentation.json``)::

    {"label": "...", "text": "...", "sentences": ["...", "..."]}

A case with ``xfail`` is marked ``xfail(strict=True)``: once the library gets it
right the mark must be removed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import quotes
from quotes.segment import segment
from quotes.sieves.registry import REGISTRY

CASES = Path(__file__).resolve().parent / "cases"

QUOTE_KEYS = {"label", "text", "expect", "exact", "xfail", "note", "config"}
SEGMENT_KEYS = {"label", "text", "sentences", "xfail", "note"}
EXPECT_KEYS = {"text", "kind", "speaker", "speaker_kind", "mention", "cue", "addressee", "fragments", "group_with_next", "mode", "sieves", "inner"}
KINDS = {k.value for k in quotes.QuoteKind}
PHENOMENA = {
    "apostrophes",
    "coref",
    "dialogue",
    "entities",
    "direct",
    "headlines",
    "indirect",
    "international_marks",
    "interrupted",
    "mixed",
    "multi_paragraph",
    "negatives",
    "nested",
    "segmentation",
}


def _files() -> list[Path]:
    return sorted(CASES.glob("*.json"))


def _load(path: Path) -> list[dict[str, Any]]:
    return json.loads(path.read_text(encoding="utf-8"))


def _params() -> list[Any]:
    out = []
    for path in _files():
        for case in _load(path):
            marks = []
            if case.get("xfail"):
                marks.append(pytest.mark.xfail(strict=True, reason=case["xfail"]))
            sieves = sorted({s for e in case.get("expect", ()) for s in e.get("sieves", ())})
            tag = "[" + ",".join(sieves) + "]::" if sieves else ""
            out.append(pytest.param(path.stem, case, id=f"{path.stem}::{tag}{case['label']}", marks=marks))
    return out


# -- the case files themselves ---------------------------------------------------


def test_every_phenomenon_has_a_case_file() -> None:
    assert {p.stem for p in _files()} == PHENOMENA


@pytest.mark.parametrize("path", _files(), ids=lambda p: p.name)
def test_case_file_is_well_formed(path: Path) -> None:
    cases = _load(path)
    assert isinstance(cases, list) and len(cases) >= 6
    labels = [c["label"] for c in cases]
    assert len(labels) == len(set(labels)), "labels must be unique within a file"
    for case in cases:
        assert isinstance(case["text"], str) and case["text"].strip(), case["label"]
        if path.stem == "segmentation":
            assert set(case) <= SEGMENT_KEYS, case["label"]
            assert all(isinstance(s, str) and s for s in case["sentences"]), case["label"]
            continue
        assert set(case) <= QUOTE_KEYS, case["label"]
        assert isinstance(case["exact"], bool), case["label"]
        assert isinstance(case["expect"], list), case["label"]
        if not case["exact"]:
            assert case["expect"], f"{case['label']}: a non-exact case with no expectation cannot fail"
        for e in case["expect"]:
            assert set(e) <= EXPECT_KEYS, case["label"]
            assert "text" in e and "kind" in e, case["label"]
            assert e["kind"] in KINDS, case["label"]
            assert e["text"] in case["text"], f"{case['label']}: {e['text']!r} is not in the text"
        if case["expect"]:
            assert "group_with_next" not in case["expect"][-1], case["label"]


# -- checking --------------------------------------------------------------------


def _describe(found: list[quotes.Quote]) -> str:
    rows = []
    for q in found:
        rows.append(
            f"  {q.kind.value:8} {q.text!r} speaker={q.speaker.name if q.speaker else None!r} "
            f"mention={q.speaker_mention.text if q.speaker_mention else None!r} "
            f"cue={q.cue.text if q.cue else None!r} "
            f"addressee={q.addressee.text if q.addressee else None!r} group={q.group} "
            f"fragments={[f.text for f in q.fragments]}"
        )
    return "found:\n" + ("\n".join(rows) if rows else "  (nothing)")


def _match(case: dict[str, Any], found: list[quotes.Quote]) -> list[quotes.Quote]:
    """The found quote for each expected one, in the order of ``expect``."""
    expect = case["expect"]
    info = _describe(found)
    if case["exact"]:
        assert [q.text for q in found] == [e["text"] for e in expect], info
        return list(found)
    matched: list[quotes.Quote] = []
    used: set[int] = set()
    for e in expect:
        hit = next((i for i, q in enumerate(found) if i not in used and q.text == e["text"]), None)
        assert hit is not None, f"expected quote {e['text']!r} not found\n{info}"
        used.add(hit)
        matched.append(found[hit])
    return matched


def _span_text(span: quotes.Span | None) -> str | None:
    return None if span is None else span.text


def _check_quote(e: dict[str, Any], q: quotes.Quote, info: str) -> None:
    where = f"quote {e['text']!r}\n{info}"
    assert q.kind.value == e["kind"], where
    if "speaker" in e:
        if e["speaker"] is None:
            assert q.speaker is None, where
        else:
            assert q.speaker is not None, where
            assert q.speaker.name == e["speaker"], where
    if "speaker_kind" in e:
        assert q.speaker is not None and q.speaker.kind == e["speaker_kind"], where
    if "mention" in e:
        assert _span_text(q.speaker_mention) == e["mention"], where
    if "cue" in e:
        assert _span_text(q.cue) == e["cue"], where
    if "addressee" in e:
        assert _span_text(q.addressee) == e["addressee"], where
    if "mode" in e:
        assert q.mode.value == e["mode"], where
    if "fragments" in e:
        texts = [f.text for f in q.fragments]
        for frag in e["fragments"]:
            assert frag in texts, where
    if "sieves" in e:
        assert [name for name in q.evidence if name in REGISTRY] == e["sieves"], where
    if "inner" in e:
        # The quotes inside this one that someone else said, exactly, in order.
        assert [x.text for x in q.inner] == [i["text"] for i in e["inner"]], f"inner quotes: {q.inner}\n{where}"
        for i, x in zip(e["inner"], q.inner):
            assert q.start <= x.start and x.end <= q.end, where
            _check_quote(i, x, info)


@pytest.mark.parametrize(("phenomenon", "case"), _params())
def test_case(phenomenon: str, case: dict[str, Any]) -> None:
    text = case["text"]
    if phenomenon == "segmentation":
        seg = segment(text)
        got = [text[s.start : s.end] for s in seg.sentences]
        assert got == case["sentences"]
        return
    found = quotes.extract(text, config=quotes.Config(**case["config"])) if "config" in case else quotes.extract(text)
    for q in found:
        assert text[q.start : q.end] == q.text
    matched = _match(case, found)
    info = _describe(found)
    expect = case["expect"]
    for e, q in zip(expect, matched):
        _check_quote(e, q, info)
    for i, e in enumerate(expect[:-1]):
        if "group_with_next" not in e:
            continue
        a, b = matched[i], matched[i + 1]
        if e["group_with_next"]:
            assert a.group is not None and a.group == b.group, f"{a.text!r} and {b.text!r} should share a group\n{info}"
        else:
            assert a.group is None or a.group != b.group, f"{a.text!r} and {b.text!r} should not share a group\n{info}"


def test_every_registered_sieve_has_golden_cases() -> None:
    """``pytest -k <sieve-name>`` finds at least one passing golden case for every sieve."""
    covered = {
        s for path in _files() if path.stem != "segmentation"
        for case in _load(path) if not case.get("xfail")
        for e in case["expect"] for s in e.get("sieves", ())
    }
    assert set(REGISTRY.names()) - covered == set()


def _cases_of(sieve: str) -> list[tuple[str, dict[str, Any]]]:
    """The texts of the golden cases that sieve decides, each with its ``config`` fields."""
    return [
        (case["text"], case.get("config", {})) for path in _files() if path.stem != "segmentation"
        for case in _load(path) if not case.get("xfail") and any(sieve in e.get("sieves", ()) for e in case["expect"])
    ]


@pytest.mark.parametrize("sieve", REGISTRY.names())
def test_a_disabled_sieve_decides_nothing(sieve: str) -> None:
    """``Config(disabled_sieves={sieve})``: the golden cases of that sieve are
    decided by others, or left without a speaker, and the rest still run."""
    cases = _cases_of(sieve)
    assert cases
    for text, fields in cases:
        before = [q for q in quotes.extract(text, config=quotes.Config(**fields)) if sieve in q.evidence]
        after = [q for q in quotes.extract(text, config=quotes.Config(**fields, disabled_sieves={sieve})) if sieve in q.evidence]
        assert before, text
        if sieve == "headline":
            # "headline" also names the headline zone a clause was found in
            # (docs/rules.md): switched off, another sieve decides any such quote.
            assert all(any(n in REGISTRY and n != sieve for n in q.evidence) for q in after), text
        else:
            assert after == [], text
