"""Contract tests for the public API: types, errors, immutability, imports, speed."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest

import quotes

ROOT = Path(__file__).resolve().parents[1]

SAMPLE = '"We will not raise taxes this year," Finance Minister Ana Ruiz said on Tuesday.'

#: The public names as they stand; a change here must be deliberate.
EXPORTED = [
    "BackendUnavailableError",
    "Config",
    "ConfigError",
    "Extraction",
    "Extractor",
    "InputTypeError",
    "Mode",
    "ModelNotFoundError",
    "Quote",
    "QuoteKind",
    "QuotesError",
    "SchemaError",
    "Span",
    "Speaker",
    "WorkerError",
    "analyze",
    "available_backends",
    "extract",
    "render_html",
    "to_dataframe",
    "to_records",
]


def _check_offsets(text: str, found: list[quotes.Quote]) -> None:
    end = 0
    for q in found:
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.start >= end, "quotes overlap or are out of order"
        end = q.end


# -- inputs ----------------------------------------------------------------------


def test_empty_text_gives_no_quotes() -> None:
    assert quotes.extract("") == []


@pytest.mark.parametrize("text", [" ", "\n\n", " \t\r\n ", "\u00a0\u2003\n", "\u3000"])
def test_whitespace_only_gives_no_quotes(text: str) -> None:
    assert quotes.extract(text) == []


@pytest.mark.parametrize("bad", [b'"bytes," she said.', None, 123, ["text"], bytearray(b"x")])
def test_non_str_input_raises_type_error_naming_str(bad: object) -> None:
    with pytest.raises(TypeError, match=r"\bstr\b") as info:
        quotes.extract(bad)
    assert isinstance(info.value, quotes.QuotesError)
    assert isinstance(info.value, quotes.InputTypeError)


def test_extractor_rejects_non_str_too() -> None:
    ex = quotes.Extractor()
    with pytest.raises(quotes.InputTypeError, match=r"\bstr\b"):
        ex.extract(b"bytes")


def test_extractor_is_reusable_and_matches_extract() -> None:
    ex = quotes.Extractor()
    texts = [SAMPLE, "No quotes here.", "", 'Ana Ruiz said: "Yes."']
    assert [ex.extract(t) for t in texts] == [quotes.extract(t) for t in texts]
    assert list(ex.extract_many(texts)) == [quotes.extract(t) for t in texts]


# -- the public namespace ----------------------------------------------------------


def test_all_is_the_documented_set() -> None:
    assert sorted(quotes.__all__) == EXPORTED
    for name in quotes.__all__:
        assert hasattr(quotes, name), name


def test_error_tree() -> None:
    assert issubclass(quotes.InputTypeError, quotes.QuotesError)
    assert issubclass(quotes.InputTypeError, TypeError)
    assert issubclass(quotes.ConfigError, quotes.QuotesError)
    assert issubclass(quotes.ConfigError, ValueError)
    assert issubclass(quotes.BackendUnavailableError, quotes.QuotesError)
    assert issubclass(quotes.BackendUnavailableError, ImportError)
    assert issubclass(quotes.ModelNotFoundError, quotes.QuotesError)
    assert issubclass(quotes.ModelNotFoundError, FileNotFoundError)


def _heavy_modules_after(statements: str) -> str:
    """Run *statements* in a fresh interpreter; return the stanza/torch modules it loaded."""
    code = (
        "import sys, quotes\n"
        + statements
        + "heavy = sorted(m for m in sys.modules if m.split('.')[0] in {'stanza', 'torch'})\n"
        "print(heavy)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


def test_import_does_not_load_heavy_dependencies() -> None:
    assert _heavy_modules_after("") == "[]"


def test_extracting_with_rules_does_not_load_heavy_dependencies() -> None:
    assert _heavy_modules_after(f"quotes.extract({SAMPLE!r})\n") == "[]"


# -- results are frozen data -------------------------------------------------------


@pytest.fixture(scope="module")
def sample_quote() -> quotes.Quote:
    found = quotes.extract(SAMPLE)
    assert found
    return found[0]


def test_quote_is_frozen(sample_quote: quotes.Quote) -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        sample_quote.text = "changed"  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        sample_quote.start = 0  # type: ignore[misc]


def test_span_and_speaker_are_frozen(sample_quote: quotes.Quote) -> None:
    assert sample_quote.speaker is not None and sample_quote.cue is not None
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        sample_quote.cue.text = "x"  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        sample_quote.speaker.name = "x"  # type: ignore[misc]


def test_quote_guards_the_offset_invariant() -> None:
    with pytest.raises(ValueError):
        quotes.Quote(text="abc", start=0, end=5)
    with pytest.raises(ValueError):
        quotes.Quote(text="", start=3, end=2)
    with pytest.raises(ValueError):
        quotes.Quote(text="abc", start=0, end=3, confidence=1.5)


def test_quote_round_trips_through_a_dict(sample_quote: quotes.Quote) -> None:
    assert quotes.Quote.from_dict(sample_quote.to_dict()) == sample_quote


_WITNESS = (
    "The first witness, Susan Whitlock, said she had given the adviser, Graham Pellow, her savings. "
    "‘He sat at my table and said, “This is safer than the bank,”’ she told the court."
)


def test_inner_quotes_have_their_own_speaker_offsets_and_round_trip() -> None:
    outer = next(q for q in quotes.extract(_WITNESS) if q.inner)
    (inner,) = outer.inner
    assert inner.text == "This is safer than the bank," == _WITNESS[inner.start : inner.end]
    assert outer.start <= inner.start and inner.end <= outer.end
    assert (outer.speaker.name, inner.speaker.name) == ("Susan Whitlock", "Graham Pellow")
    assert inner.evidence[0] == "inner-quote" and not inner.inner
    data = outer.to_dict()
    assert [x["text"] for x in data["inner"]] == [inner.text]
    assert quotes.Quote.from_dict(json.loads(json.dumps(data))) == outer


def test_inner_quotes_can_be_switched_off_and_are_absent_from_plain_dicts() -> None:
    found = quotes.extract(_WITNESS, config=quotes.Config(inner_quotes=False))
    assert all(not q.inner for q in found)
    assert all("inner" not in q.to_dict() for q in found)


# -- configuration -----------------------------------------------------------------


def _numeric_fields() -> list[str]:
    return [f.name for f in attrs.fields(quotes.Config) if f.type in ("int", "float", int, float)]


def test_config_is_frozen() -> None:
    cfg = quotes.Config()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        cfg.indirect = False  # type: ignore[misc]


def test_config_is_keyword_only() -> None:
    with pytest.raises(TypeError):
        quotes.Config(4)  # type: ignore[misc]


def test_config_has_numeric_tunables() -> None:
    assert len(_numeric_fields()) >= 4


@pytest.mark.parametrize("name", _numeric_fields())
def test_config_rejects_negative_numbers(name: str) -> None:
    with pytest.raises(quotes.ConfigError):
        quotes.Config(**{name: -1})


def test_config_rejects_confidence_above_one() -> None:
    with pytest.raises(quotes.ConfigError):
        quotes.Config(min_speaker_confidence=1.5)


def test_config_replace_validates_too() -> None:
    cfg = quotes.Config()
    assert cfg.replace(indirect=False).indirect is False
    with pytest.raises(quotes.ConfigError):
        cfg.replace(max_nesting=-3)


def test_config_indirect_switch() -> None:
    text = "Talks will resume next week, the official said."
    assert [q.kind.value for q in quotes.extract(text)] == ["indirect"]
    assert quotes.extract(text, config=quotes.Config(indirect=False)) == []


def test_extractor_rejects_a_non_config() -> None:
    with pytest.raises(quotes.ConfigError):
        quotes.Extractor(config={"indirect": False})  # type: ignore[arg-type]


# -- backends ----------------------------------------------------------------------


@pytest.mark.parametrize("backend", ["spacy", "", "RULES", "nltk"])
def test_unknown_backend_is_a_config_error(backend: str) -> None:
    with pytest.raises(quotes.ConfigError):
        quotes.Extractor(backend=backend)
    with pytest.raises(quotes.ConfigError):
        quotes.extract(SAMPLE, backend=backend)


def test_stanza_backend_without_stanza_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    # Make "import stanza" fail whether or not it is installed here.
    monkeypatch.setitem(sys.modules, "stanza", None)
    with pytest.raises(ImportError, match="pip install") as info:
        quotes.Extractor(backend="stanza")
    assert isinstance(info.value, quotes.QuotesError)
    assert isinstance(info.value, quotes.BackendUnavailableError)


def test_rules_backend_takes_no_options() -> None:
    with pytest.raises(quotes.ConfigError):
        quotes.Extractor(backend="rules", lang="en")


# -- adversarial input finishes quickly with valid offsets -------------------------

LIMIT = 20.0  # seconds: generous, the real cost is far below


def _timed(text: str) -> tuple[float, list[quotes.Quote]]:
    t0 = time.perf_counter()
    found = quotes.extract(text)
    return time.perf_counter() - t0, found


def _best_of_two(text: str) -> tuple[float, list[quotes.Quote]]:
    t1, _ = _timed(text)
    t2, found = _timed(text)
    return min(t1, t2), found


def _no_breaks(n: int) -> str:
    words = "the minister said talks would resume next week and officials agreed "
    return (words * (n // len(words) + 1))[:n]


def _one_paragraph(n: int) -> str:
    sent = (
        '"We will not raise taxes this year," Finance Minister Ana Ruiz said. '
        "Talks will resume next week, the official said. "
        'He described the ties as "deep" and "lasting". '
    )
    return (sent * (n // len(sent) + 1))[:n]


ADVERSARIAL: dict[str, Callable[[], str]] = {
    "100k straight double marks": lambda: '"' * 100_000,
    "50k spaced guillemets": lambda: "\u00ab " * 50_000,
    "100k apostrophes": lambda: "'" * 100_000,
    "100k curly openers": lambda: "\u201c" * 100_000,
    "alternating marks and words": lambda: ('"a ' * 50_000) + ("b' " * 50_000),
    "CRLF article": lambda: '"We will win," Ana Ruiz said.\r\n\r\nTalks will resume, the official said.\r\n' * 5_000,
    "control characters": lambda: (
        "".join(chr(c) + 'x "y" \u2028' for c in list(range(32)) + [127, 0x85, 0x2029, 0xFEFF, 0x200B]) * 2_000
    ),
    "lone surrogates": lambda: '"We\ud800 will win," Ana Ruiz said. \udfff ' * 500,
    "deep nesting": lambda: ("\"a 'b \u00abc \u2039d " * 20_000) + ("\u203a \u00bb' \"" * 20_000),
}


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_adversarial_input_is_fast_and_valid(name: str) -> None:
    text = ADVERSARIAL[name]()
    elapsed, found = _timed(text)
    assert elapsed < LIMIT, f"{name}: {elapsed:.1f}s"
    _check_offsets(text, found)


def test_many_quotes_with_lone_surrogates_stay_fast() -> None:
    # One speaker, thousands of quotes, and lone surrogates (which make the
    # library re-cut every span from the original text). Run in a child
    # process so a slow library costs at most the timeout.
    code = (
        "import quotes\n"
        "text = '\"We\\ud800 will win,\" Ana Ruiz said. ' * 6000\n"
        "found = quotes.extract(text)\n"
        "assert len(found) == 6000, len(found)\n"
        "assert all(text[q.start:q.end] == q.text for q in found)\n"
    )
    try:
        proc = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=8, check=False
        )
    except subprocess.TimeoutExpired:
        pytest.fail("6000 quotes with lone surrogates took more than 8 s")
    assert proc.returncode == 0, proc.stderr


def test_crlf_text_gives_the_same_quotes_as_lf() -> None:
    lf = (
        "Ministers meet over budget\n\n"
        '"We will not raise taxes," Finance Minister Ana Ruiz said.\n\n'
        "Talks will resume next week, the official said.\n\n"
        'Ruiz said: "The plan is ready.\n\n"Now we act."\n'
    )
    crlf = lf.replace("\n", "\r\n")
    a, b = quotes.extract(lf), quotes.extract(crlf)
    _check_offsets(crlf, b)
    assert [(q.text, q.kind, q.speaker.name if q.speaker else None, q.group is None) for q in a] == [
        (q.text, q.kind, q.speaker.name if q.speaker else None, q.group is None) for q in b
    ]
    assert len(b) == 4


SCALING: dict[str, tuple[Callable[[int], str], int, int]] = {
    "no sentence breaks": (_no_breaks, 500_000, 2_000_000),
    "one paragraph": (_one_paragraph, 500_000, 2_000_000),
    "unmatched marks": (lambda n: '"' * n, 25_000, 100_000),
    # Many short quoted words in one long sentence: each one looks for a cue
    # across the whole sentence.
    "short quoted words in one sentence": (
        lambda n: ('the plan was "bold" and ' * (n // 24 + 1))[:n],
        100_000,
        400_000,
    ),
}


@pytest.mark.parametrize("name", list(SCALING))
def test_cost_grows_linearly(name: str) -> None:
    make, small, large = SCALING[name]
    t_small, _ = _best_of_two(make(small))
    big = make(large)
    t_large, found = _best_of_two(big)
    assert t_large < LIMIT
    _check_offsets(big, found)
    # 4x the text may cost at most 8x the time (linear, with room for noise).
    assert t_large < 8 * max(t_small, 0.005), f"{name}: {t_small:.3f}s -> {t_large:.3f}s"


def test_extraction_leaves_no_reference_cycles() -> None:
    # The Extractor pauses the cyclic GC while it works on a document, so a
    # reference cycle made per run (or per window of a long document) would
    # keep that run's tokens alive until the end: memory would grow with the
    # length of the text instead of staying bounded by the window.
    import gc

    text = (Path(__file__).resolve().parents[1] / "examples" / "article.txt").read_text(encoding="utf-8")
    text += '\n\nAna Ruiz said the plan was "a disaster," and Tom Bell, who called it "a gift," disagreed.\n\n"Tea?" she asked.'
    quotes.extract(text)  # warm up: lexicons and compiled patterns load once
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        found = quotes.extract(text)
        del found
        leaked = gc.collect()
    finally:
        if was_enabled:
            gc.enable()
    assert leaked == 0
