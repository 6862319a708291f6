"""The seed article from ``../shared/seeds``: every quote found and attributed.

The quoted spans and the sentences they sit in are located in the seed text at
run time (a scan for curly-quote pairs, and short cue words); nothing of the
article itself is copied here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import quotes

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
SEED = SEEDS / "000_a45e18ada133cc22.txt"

pytestmark = pytest.mark.skipif(not SEED.is_file(), reason=f"seed article not found at {SEED}")

PAIR = re.compile("\u201c([^\u201c\u201d]+)\u201d")


@pytest.fixture(scope="module")
def seed() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def found(seed: str) -> list[quotes.Quote]:
    return quotes.extract(seed)


def _pairs(seed: str) -> list[tuple[int, int, str]]:
    return [(m.start(1), m.end(1), m.group(1)) for m in PAIR.finditer(seed)]


def _line(seed: str, needle: str) -> tuple[int, int]:
    """The line (paragraph) of the seed that contains *needle*."""
    i = seed.index(needle)
    return seed.rfind("\n", 0, i) + 1, (seed.find("\n", i) if "\n" in seed[i:] else len(seed))


def _direct_in_line(seed: str, found: list[quotes.Quote], needle: str) -> quotes.Quote:
    a, b = _line(seed, needle)
    hits = [q for q in found if a <= q.start < b and q.kind is quotes.QuoteKind.DIRECT]
    assert len(hits) == 1, f"expected one direct quote in the line with {needle!r}, got {[q.text for q in hits]}"
    return hits[0]


def _is_khamenei(name: str) -> bool:
    return name == "Ali Khamenei" or name.endswith(" Ali Khamenei")


def test_offsets(seed: str, found: list[quotes.Quote]) -> None:
    for q in found:
        assert seed[q.start : q.end] == q.text


def test_seed_has_the_expected_shape(seed: str) -> None:
    pairs = _pairs(seed)
    assert len(pairs) == 6
    assert sum(1 for *_, t in pairs if len(t.split()) == 1) == 1


def test_every_full_quote_is_found_as_direct(seed: str, found: list[quotes.Quote]) -> None:
    by_span = {(q.start, q.end): q for q in found}
    full = [(s, e, t) for s, e, t in _pairs(seed) if len(t.split()) > 1]
    assert len(full) == 5
    for s, e, t in full:
        q = by_span.get((s, e))
        assert q is not None, f"not found: {t[:60]!r}"
        assert q.text == t
        assert q.kind is quotes.QuoteKind.DIRECT


def test_one_word_quote_is_a_fragment_of_a_mixed_quote(seed: str, found: list[quotes.Quote]) -> None:
    ((s, e, word),) = [p for p in _pairs(seed) if len(p[2].split()) == 1]
    hosts = [q for q in found if any(f.start == s and f.end == e for f in q.fragments)]
    assert len(hosts) == 1, f"no quote has the fragment {word!r}"
    q = hosts[0]
    assert q.kind is quotes.QuoteKind.MIXED
    assert q.start <= s and e <= q.end
    assert [f.text for f in q.fragments] == [word]
    assert q.speaker is not None and q.speaker.name == "Kassym-Jomart Tokayev"


def test_unquoted_remark_is_indirect(seed: str, found: list[quotes.Quote]) -> None:
    tail = ", the Leader remarked."
    end = seed.index(tail)
    start = seed.rfind("\n", 0, end) + 1
    content = seed[start:end]
    hits = [q for q in found if q.kind is quotes.QuoteKind.INDIRECT and q.start == start]
    assert len(hits) == 1, [q.text for q in found]
    q = hits[0]
    assert q.text == content
    assert q.cue is not None and q.cue.text == "remarked"
    assert q.speaker is not None and _is_khamenei(q.speaker.name)


@pytest.mark.parametrize("needle", ["He then stressed", "suggesting", "stating", "pointed out"])
def test_leader_quotes_are_attributed_to_khamenei(seed: str, found: list[quotes.Quote], needle: str) -> None:
    q = _direct_in_line(seed, found, needle)
    assert q.speaker is not None, q.text[:60]
    assert _is_khamenei(q.speaker.name), q.speaker.name
    assert q.speaker_mention is not None


def test_he_then_stressed_mention_is_he(seed: str, found: list[quotes.Quote]) -> None:
    q = _direct_in_line(seed, found, "He then stressed")
    assert q.speaker_mention is not None and q.speaker_mention.text == "He"


@pytest.mark.parametrize(
    ("needle", "cue"),
    [
        ("He then stressed", "saying"),
        ("suggesting", "suggesting"),
        ("stating", "stating"),
        ("pointed out", "pointed out"),
    ],
)
def test_leader_quote_cues(seed: str, found: list[quotes.Quote], needle: str, cue: str) -> None:
    q = _direct_in_line(seed, found, needle)
    assert q.cue is not None and q.cue.text == cue


def test_tokayev_quote(seed: str, found: list[quotes.Quote]) -> None:
    q = _direct_in_line(seed, found, "Tokayev also said")
    assert q.speaker is not None and q.speaker.name == "Kassym-Jomart Tokayev"
    assert q.cue is not None and q.cue.text == "said"


def test_raisi_is_never_a_speaker(found: list[quotes.Quote]) -> None:
    for q in found:
        if q.speaker_mention is not None:
            assert q.speaker_mention.text not in {"Mr. Raisi", "Raisi"}, q.text[:60]
        if q.speaker is not None:
            assert "Raisi" not in q.speaker.name, q.text[:60]


def test_headline_speaker(seed: str, found: list[quotes.Quote]) -> None:
    first = seed.split("\n", 1)[0]
    hits = [q for q in found if q.start < len(first)]
    assert hits, "nothing found in the headline"
    q = hits[0]
    assert q.speaker is not None and _is_khamenei(q.speaker.name)
    assert q.addressee is not None and q.addressee.text == "Tokayev"


def test_second_headline_speaker(seed: str, found: list[quotes.Quote]) -> None:
    """The subheading "Leader: ..." is the Leader's claim: the title chain
    takes the role itself ("Leader of the Islamic Revolution") before a role
    it stands for (Tokayev is a president, and "leader" can mean one)."""
    lines = seed.split("\n")
    second = next(line for line in lines[1:] if line.strip())
    start = seed.index(second)
    hits = [q for q in found if start <= q.start < start + len(second)]
    assert hits, "nothing found in the second headline"
    assert hits[0].speaker is not None and _is_khamenei(hits[0].speaker.name)
