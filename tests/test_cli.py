"""``python -m quotes``: table, stdin, JSON, JSON Lines, and errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

ARTICLE = (
    "Budget talks stall\n\n"
    '"We will not raise taxes," Finance Minister Ana Ruiz said on Tuesday.\n\n'
    "Talks will resume next week, the official said.\n"
)


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "quotes", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_table(article: Path) -> None:
    proc = _run(str(article))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "We will not raise taxes," in out
    assert "Ana Ruiz" in out
    assert "direct" in out and "indirect" in out
    assert "Talks will resume next week" in out


def test_stdin(article: Path) -> None:
    proc = _run("-", stdin=ARTICLE)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == _run(str(article)).stdout


def test_json(article: Path) -> None:
    proc = _run("--json", str(article))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert isinstance(data, list)
    assert [d["text"] for d in data] == ["We will not raise taxes,", "Talks will resume next week"]
    assert data[0]["kind"] == "direct" and data[0]["speaker"]["name"] == "Ana Ruiz"
    for d in data:
        assert ARTICLE[d["start"] : d["end"]] == d["text"]


def test_json_of_a_text_without_quotes(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("Nothing was said today.\n", encoding="utf-8")
    proc = _run("--json", str(path))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == []


def test_jsonl(article: Path) -> None:
    proc = _run("--jsonl", str(article))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 2
    records = [json.loads(line) for line in lines]
    assert all(isinstance(r, dict) for r in records)
    assert records[0]["text"] == "We will not raise taxes,"
    assert records[1]["kind"] == "indirect"


def test_jsonl_from_stdin() -> None:
    proc = _run("--jsonl", "-", stdin=ARTICLE)
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(line)["text"] for line in proc.stdout.splitlines()] == [
        "We will not raise taxes,",
        "Talks will resume next week",
    ]


def test_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-file.txt"
    proc = _run(str(missing))
    assert proc.returncode != 0
    assert proc.stderr.strip()
    assert "no-such-file.txt" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_missing_file_does_not_stop_the_others(article: Path, tmp_path: Path) -> None:
    proc = _run("--jsonl", str(tmp_path / "missing.txt"), str(article))
    assert proc.returncode != 0
    assert "missing.txt" in proc.stderr
    assert len(proc.stdout.splitlines()) == 2


def test_no_arguments_is_a_usage_error() -> None:
    proc = _run()
    assert proc.returncode != 0
    assert "usage" in proc.stderr.lower()
