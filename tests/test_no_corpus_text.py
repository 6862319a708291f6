"""No text of the annotated corpora or the seed article is copied into the repo.

Everything in the repository is written here: golden cases, the news
evaluation set, comments, docs and word lists say things in our own words.
This test reads the corpora and the seed from ``../shared`` (skipped where
they are absent) and fails when any tracked text file shares a passage of
``WINDOW`` characters or more with them.

How it scans (about four seconds, linear in the text):

* Whitespace is collapsed to one space on both sides, so a line break in a
  novel does not hide a copied sentence; JSON files are compared by their
  string values, so escapes (``\\"``, ``\\u201c``) do not hide one either.
* Every ``WINDOW``-character window of the repo's text that starts a word is
  indexed by its hash; every window of the corpora that starts a word is looked
  up and, on a hit, confirmed by a real substring test. A shared passage of
  ``WINDOW`` characters that starts at a word is always seen; one starting
  inside a word is seen once it runs ``WINDOW`` characters past its first word.
* ``STOCK`` lists the formulas of news prose that any wire story writes
  ("did not respond to a request for comment"); they are cut out of the repo
  text before indexing. Add a phrase only when it is such a formula, never to
  excuse a copied sentence.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
import regex

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPORA = sorted((SHARED / "data").glob("*.jsonl")) if (SHARED / "data").is_dir() else []
SEEDS = sorted((SHARED / "seeds").glob("*.txt")) if (SHARED / "seeds").is_dir() else []

pytestmark = pytest.mark.skipif(not CORPORA, reason=f"corpora not found under {SHARED / 'data'}")

WINDOW = 40

# Formulas of news writing, shared by any two news texts.
STOCK = (
    "on condition of anonymity",
    "because they were not authorized to discuss",
    "did not immediately respond to a request for comment",
    "did not respond to a request for comment",
    "according to a transcript of the interview",
    "a political scientist at the University of",
)

# Runs of whitespace, collapsed to one space.
_SPACE = regex.compile(r"\s+")
# The first character of each word: a non-space at the start or after a space.
_WORD_START = regex.compile(r"(?:^|(?<= ))\S")
_STOCK = regex.compile("|".join(regex.escape(p) for p in STOCK), regex.IGNORECASE)


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text)


def _strings(value: object):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _windows(text: str):
    for m in _WORD_START.finditer(text):
        i = m.start()
        if i + WINDOW <= len(text):
            yield text[i : i + WINDOW]


def _repo_texts() -> dict[str, str]:
    try:
        listed = subprocess.run(
            ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.split("\n")
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    texts = {}
    for name in filter(None, listed):
        try:
            raw = (ROOT / name).read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue  # binary or missing: nothing to read
        if name.endswith(".json"):
            try:
                raw = "\n".join(_strings(json.loads(raw)))
            except ValueError:
                pass
        texts[name] = _STOCK.sub(" | ", _norm(raw))
    return texts


def _corpus_texts():
    for path in CORPORA:
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    yield path.name, _norm(json.loads(line).get("text") or "")
    for path in SEEDS:
        yield path.name, _norm(path.read_text(encoding="utf-8"))


def _shared(repo: dict[str, str], corpus) -> set[str]:
    """Passages of *corpus* ((source, text) pairs) found in the *repo* texts."""
    index: dict[int, str] = {}
    for name, text in repo.items():
        for window in _windows(text):
            index.setdefault(hash(window), name)
    shared = set()
    for source, text in corpus:
        for window in _windows(text):
            name = index.get(hash(window))
            if name is not None and window in repo[name]:
                shared.add(f"{name} shares with {source}: {window!r}")
    return shared


def test_no_passage_of_the_corpora_or_the_seed_is_in_the_repo() -> None:
    shared = _shared(_repo_texts(), _corpus_texts())
    assert not shared, "\n".join(sorted(shared))


def test_the_scan_sees_a_copied_passage() -> None:
    """The scan itself works: a corpus passage planted mid-word, across a line
    break, in a JSON string, is found; the same text with every word changed is not."""
    source, text = next(t for t in _corpus_texts() if len(t[1]) > 4 * WINDOW)
    passage = text[WINDOW + 3 : 3 * WINDOW]
    planted = json.dumps({"text": "Our own words. " + passage.replace(" ", "\n", 1) + " Ours."})
    repo = {"planted.json": _norm("\n".join(_strings(json.loads(planted))))}
    assert _shared(repo, [(source, text)])
    assert not _shared({"own.md": "Our own words, and nothing copied at all here."}, [(source, text)])
