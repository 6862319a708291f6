"""The documentation builds without warnings, its examples run, and it stays true.

The two Sphinx builds (``html`` and ``doctest``, both with ``-W
--keep-going``) are skipped when Sphinx or MyST-Parser is not installed (the
``docs`` extra, part of ``dev``). The other checks read the Markdown sources
and need nothing extra.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

import quotes
from quotes.sieves.registry import NO_SPEAKER, REGISTRY

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
SEEDS = ROOT.parent / "shared" / "seeds"

#: Rules the docs describe whose example does not produce them yet (xfail, strict:
#: when the pipeline starts producing them, this list must shrink).
KNOWN_MISSES: set[str] = set()


def _read(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


# -- the builds ----------------------------------------------------------------


@pytest.fixture(scope="module")
def sphinx_builds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("sphinx", reason="Sphinx is not installed (the [docs] extra)")
    pytest.importorskip("myst_parser", reason="MyST-Parser is not installed (the [docs] extra)")
    out = tmp_path_factory.mktemp("docs")
    for builder in ("html", "doctest"):
        cmd = [
            sys.executable, "-m", "sphinx", "-b", builder, "-W", "--keep-going", "-q",
            "-d", str(out / "doctrees"), str(DOCS), str(out / builder),
        ]
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=300, check=False)
        report = out / builder / "output.txt"
        details = report.read_text(encoding="utf-8") if report.is_file() else ""
        assert proc.returncode == 0, f"sphinx -b {builder} failed:\n{proc.stdout}\n{proc.stderr}\n{details}"
    return out


def test_html_build_documents_every_public_name(sphinx_builds: Path) -> None:
    api = (sphinx_builds / "html" / "api.html").read_text(encoding="utf-8")
    missing = [name for name in quotes.__all__ if f'id="quotes.{name}"' not in api]
    assert not missing, f"not in the API reference: {missing}"
    assert (sphinx_builds / "html" / "_images" / "anatomy.png").is_file() or "anatomy.png" in (
        sphinx_builds / "html" / "anatomy.html"
    ).read_text(encoding="utf-8")
    if (DOCS / "batch.md").is_file():
        assert (sphinx_builds / "html" / "batch.html").is_file()


def test_doctests_ran(sphinx_builds: Path) -> None:
    report = (sphinx_builds / "doctest" / "output.txt").read_text(encoding="utf-8")
    ran = sum(int(n) for n in re.findall(r"^(\d+) tests in \d+ items\.", report, flags=re.MULTILINE))
    assert ran >= 50, report
    for page in ("anatomy", "api", "configuration", "quickstart", "rules"):
        assert f"Document: {page}" in report


def test_code_examples_are_doctests() -> None:
    """Python examples on the pages are doctest blocks, never plain code that nobody runs."""
    for page in DOCS.glob("*.md"):
        if page.name == "batch.md":
            continue  # written and checked by its own authors
        fences = re.findall(r"^```(\S*)", page.read_text(encoding="utf-8"), flags=re.MULTILINE)
        opening = fences[0::2]
        assert not [f for f in opening if f in ("python", "py", "pycon", "")], f"{page.name}: {opening}"


# -- the pages stay true -----------------------------------------------------------


def test_every_config_field_is_documented() -> None:
    text = _read("configuration.md")
    for field in attrs.fields(quotes.Config):
        assert f"| `{field.name}` |" in text, f"Config.{field.name} is missing from docs/configuration.md"
        default = field.default
        if isinstance(default, (bool, int, float, str)):
            assert f"| `{field.name}` | `{default!r}` |".replace("'", '"') in text, field.name


@pytest.mark.parametrize("cls", [quotes.Quote, quotes.Span, quotes.Speaker, quotes.Extraction])
def test_every_result_field_is_in_the_anatomy(cls: type) -> None:
    text = _read("anatomy.md")
    assert f"## {cls.__name__}" in text
    for field in attrs.fields(cls):
        assert f"`{field.name}`" in text, f"{cls.__name__}.{field.name} is missing from docs/anatomy.md"


def test_anatomy_picture_is_small() -> None:
    png = DOCS / "_static" / "anatomy.png"
    assert png.is_file(), "run python docs/make_anatomy.py"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size < 200_000


def _rule_rows() -> list[tuple[str, list[str]]]:
    rows = []
    for line in _read("rules.md").splitlines():
        m = re.match(r"\| `([a-z-]+)` \|(.*)\|\s*$", line)
        if m:
            rows.append((m.group(1), [c.strip() for c in m.group(2).split(" | ")]))
    return rows


def _documented_rules() -> set[str]:
    return {rule for rule, _ in _rule_rows()}


def _examples() -> list[tuple[str, str]]:
    out = []
    for rule, cells in _rule_rows():
        example = cells[-1]
        if example.startswith("`") and example.endswith("`"):
            out.append((rule, example[1:-1].replace(" \u00b6 ", "\n\n")))
    return out


def test_rules_table_is_complete() -> None:
    rows = _rule_rows()
    assert len(rows) >= 30
    for rule, cells in rows:
        assert all(cells), f"{rule}: empty cell"
        example = cells[-1]
        is_sentence = example.startswith("`") and example.endswith("`")
        assert is_sentence or "(#dialogue)" in example or "(#stanza-layers)" in example, f"{rule}: no example"
    assert f"confidence {REGISTRY.confidence(NO_SPEAKER)}" in _read("rules.md")


def _sieve_rows() -> dict[str, float]:
    """The rows of the attribution-sieve table that give a confidence: the sieves."""
    out = {}
    for rule, cells in _rule_rows():
        if len(cells) == 3 and re.fullmatch(r"\d\.\d+", cells[0]):
            out[rule] = float(cells[0])
    return out


def test_rules_page_lists_exactly_the_registered_sieves() -> None:
    """Every registered sieve is documented with its confidence from the table,
    and every documented sieve is registered."""
    documented = _sieve_rows()
    assert set(documented) == set(REGISTRY.names())
    for sieve in REGISTRY:
        assert documented[sieve.name] == sieve.confidence, sieve.name


def test_rules_page_says_where_each_sieve_lives() -> None:
    """The families list of docs/rules.md matches the registry."""
    families: dict[str, set[str]] = {}
    for line in _read("rules.md").splitlines():
        m = re.match(r"- `quotes/sieves/([a-z]+)\.py`: (.*)$", line)
        if m:
            families[m.group(1)] = set(re.findall(r"`([a-z-]+)`", m.group(2)))
    expected: dict[str, set[str]] = {}
    for sieve in REGISTRY:
        expected.setdefault(sieve.family, set()).add(sieve.name)
    assert families == expected
    for family in expected:
        assert (ROOT / "quotes" / "sieves" / f"{family}.py").is_file(), family


#: Rules that only a non-default setting produces, with that setting.
RULE_CONFIGS = {"below-min-confidence": {"min_speaker_confidence": 0.99}, "vocative": {"genre": "fiction"}, "nearest-mention": {"genre": "fiction"},
                "narration-before": {"genre": "fiction"}, "action-beat": {"genre": "fiction"}, "description-chain": {"genre": "fiction"}}


@pytest.mark.parametrize(
    ("rule", "example"),
    [
        pytest.param(r, e, marks=pytest.mark.xfail(strict=True, reason="not produced yet")) if r in KNOWN_MISSES
        else (r, e)
        for r, e in _examples()
    ],
    ids=[f"{r}-{i}" for i, (r, _) in enumerate(_examples())],
)
def test_rule_example_produces_its_rule(rule: str, example: str) -> None:
    settings = {"keep_non_speech": True, **RULE_CONFIGS.get(rule, {})}
    found = quotes.extract(example, config=quotes.Config(**settings))
    produced = {name for q in found for x in (q, *q.inner) for name in x.evidence}
    assert rule in produced, f"{example!r} gave {sorted(produced)}"


def _dialogue_rules() -> set[str]:
    """Rule names shown in the doctest output of the Dialogue section."""
    section = _read("rules.md").split("(dialogue)=", 1)[1]
    return set(re.findall(r"'([a-z][a-z-]*)'", section))


def test_dialogue_rules_are_demonstrated() -> None:
    dialogue = {rule for rule, cells in _rule_rows() if "(#dialogue)" in cells[-1]}
    assert dialogue and dialogue <= _dialogue_rules()


def _corpus() -> list[tuple[str, str]]:
    texts = [("examples/article.txt", (ROOT / "examples" / "article.txt").read_text(encoding="utf-8"))]
    if SEEDS.is_dir():
        texts += [(p.name, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    nb = json.loads((ROOT / "examples" / "quickstart.ipynb").read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        source = "".join(cell["source"])
        if cell["cell_type"] == "code" and source.startswith("article = "):
            texts.append(("examples/quickstart.ipynb", ast.literal_eval(source.split("=", 1)[1].strip())))
    texts += [(f"docs/rules.md:{rule}", example) for rule, example in _examples()]
    return texts


def test_every_produced_rule_is_documented() -> None:
    documented = _documented_rules()
    corpus = _corpus()
    assert any(name == "examples/quickstart.ipynb" for name, _ in corpus)
    seen: dict[str, str] = {}
    for name, text in corpus:
        for cfg in (quotes.Config(), quotes.Config(keep_non_speech=True)):
            for q in quotes.extract(text, config=cfg):
                for rule in q.evidence:
                    seen.setdefault(rule, name)
    missing = {rule: where for rule, where in seen.items() if rule not in documented}
    assert not missing, f"evidence names missing from docs/rules.md (and where they came from): {missing}"
