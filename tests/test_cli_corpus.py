"""The command line on corpora: many files, directories, JSON Lines, per-quote/per-document output.

Most tests call :func:`quotes.cli.main` in-process (fast); one runs
``python -m quotes`` in a subprocess to check the real entry point.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import quotes
from quotes.cli import main

ROOT = Path(__file__).resolve().parents[1]

A = "\u201cWe will win,\u201d Ana Ruiz said.\n"
B = "Talks will resume next week, the official said.\n"
C = "\u201cNo,\u201d Tom Berg said. \u201cNever.\u201d\n"
NONE = "Nothing to see here.\n"


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """corpus/a.txt, corpus/b.txt, corpus/notes.md (ignored), corpus/sub/c.txt."""
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "b.txt").write_text(B, encoding="utf-8")
    (root / "a.txt").write_text(A, encoding="utf-8")
    (root / "notes.md").write_text(A, encoding="utf-8")
    (root / "sub" / "c.txt").write_text(C, encoding="utf-8")
    return root


def _run(argv: list[str], capsys: pytest.CaptureFixture) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def _texts(found: list[dict]) -> list[str]:
    return [q["text"] for q in found]


# -- files and directories ----------------------------------------------------------------


def test_many_files_per_quote(corpus: Path, capsys: pytest.CaptureFixture) -> None:
    a, b = corpus / "a.txt", corpus / "b.txt"
    status, out, err = _run(["--per", "quote", a, b], capsys)
    assert status == 0 and err == ""
    records = _lines(out)
    assert [(r["id"], r["file"]) for r in records] == [(str(a), str(a)), (str(b), str(b))]
    assert _texts(records) == ["We will win,", "Talks will resume next week"]
    # Each line is a whole quote: Quote.from_dict reads it back.
    q = quotes.Quote.from_dict({k: v for k, v in records[0].items() if k not in ("id", "file")})
    assert q == quotes.extract(A)[0]


def test_jsonl_flag_keeps_one_object_per_quote(corpus: Path, capsys: pytest.CaptureFixture) -> None:
    status, out, _ = _run(["--jsonl", corpus / "a.txt"], capsys)
    assert status == 0
    (record,) = _lines(out)
    assert record["file"] == str(corpus / "a.txt") and record["text"] == "We will win,"


def test_directory_reads_its_txt_files_sorted(corpus: Path, capsys: pytest.CaptureFixture) -> None:
    status, out, _ = _run(["--per", "document", corpus], capsys)
    assert status == 0
    docs = _lines(out)
    assert [d["id"] for d in docs] == [str(corpus / "a.txt"), str(corpus / "b.txt")]  # no notes.md, no sub/
    assert [_texts(d["quotes"]) for d in docs] == [["We will win,"], ["Talks will resume next week"]]


def test_recursive_directory(corpus: Path, capsys: pytest.CaptureFixture) -> None:
    status, out, _ = _run(["--recursive", "--per", "document", corpus], capsys)
    assert status == 0
    docs = _lines(out)
    assert [Path(d["id"]).relative_to(corpus).as_posix() for d in docs] == ["a.txt", "b.txt", "sub/c.txt"]
    assert _texts(docs[2]["quotes"]) == ["No,", "Never."]


def test_directory_table_has_a_header_per_document(corpus: Path, capsys: pytest.CaptureFixture) -> None:
    status, out, _ = _run([corpus], capsys)
    assert status == 0
    assert f"== {corpus / 'a.txt'}" in out and f"== {corpus / 'b.txt'}" in out
    assert "Ana Ruiz" in out


def test_single_file_table_is_unchanged(corpus: Path, capsys: pytest.CaptureFixture) -> None:
    status, out, _ = _run([corpus / "a.txt"], capsys)
    assert status == 0
    assert out.splitlines()[0].split() == ["#", "kind", "speaker", "mention", "cue", "conf", "text"]
    assert "==" not in out


def test_per_quote_and_per_document_carry_the_same_quotes(corpus: Path, capsys: pytest.CaptureFixture) -> None:
    _, per_quote, _ = _run(["-r", "--per", "quote", corpus], capsys)
    _, per_doc, _ = _run(["-r", "--per", "document", corpus], capsys)
    quotes_by_quote = [{k: v for k, v in r.items() if k not in ("id", "file")} for r in _lines(per_quote)]
    quotes_by_doc = [q for d in _lines(per_doc) for q in d["quotes"]]
    assert quotes_by_quote == quotes_by_doc
    assert len(quotes_by_quote) == 4


def test_output_file(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    target = tmp_path / "out.jsonl"
    status, out, _ = _run(["--per", "document", "-o", target, corpus], capsys)
    assert status == 0 and out == ""
    assert len(_lines(target.read_text(encoding="utf-8"))) == 2


def test_missing_file_is_reported_and_the_rest_processed(corpus: Path, capsys: pytest.CaptureFixture) -> None:
    status, out, err = _run(["--per", "quote", corpus / "nope.txt", corpus / "a.txt"], capsys)
    assert status == 1
    assert "nope.txt" in err
    assert _texts(_lines(out)) == ["We will win,"]


def test_empty_directory_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    status, out, err = _run(["--per", "quote", tmp_path], capsys)
    assert status == 1 and out == ""
    assert "no *.txt files" in err


# -- JSON Lines -------------------------------------------------------------------------------


def _write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_with_custom_fields(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    data = _write_jsonl(tmp_path / "news.data", [
        json.dumps({"url": "u1", "body": A}),
        json.dumps({"url": "u2", "body": NONE}),
        json.dumps({"url": "u3", "body": B, "text": "ignored"}),
    ])
    argv = ["--input-format", "jsonl", "--text-field", "body", "--id-field", "url", "--per", "document", data]
    status, out, err = _run(argv, capsys)
    assert status == 0 and err == ""
    docs = _lines(out)
    assert [d["id"] for d in docs] == ["u1", "u2", "u3"]
    assert [_texts(d["quotes"]) for d in docs] == [["We will win,"], [], ["Talks will resume next week"]]


def test_jsonl_detected_by_suffix_and_ids_default(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    data = _write_jsonl(tmp_path / "news.jsonl", [json.dumps({"id": 7, "text": A}), json.dumps({"text": B})])
    status, out, _ = _run(["--per", "quote", data], capsys)
    assert status == 0
    assert [r["id"] for r in _lines(out)] == [7, f"{data}:2"]  # no id field: FILE:LINE


def test_bad_documents_are_reported_skipped_and_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    data = _write_jsonl(tmp_path / "news.jsonl", [
        json.dumps({"id": "good-1", "text": A}),
        '{"id": "broken", "text": ',  # invalid JSON
        json.dumps({"id": "no-text", "body": A}),  # missing text field
        json.dumps({"id": "number", "text": 42}),  # text is not a string
        json.dumps(["not", "an", "object"]),
        "",
        json.dumps({"id": "good-2", "text": B}),
    ])
    status, out, err = _run(["--per", "document", data], capsys)
    assert status == 1
    assert [d["id"] for d in _lines(out)] == ["good-1", "good-2"]
    messages = err.splitlines()
    assert len(messages) == 4
    assert f"{data}:2: invalid JSON" in messages[0]
    assert f"{data}:3: no 'text' field" in messages[1]
    assert f"{data}:4:" in messages[2] and "not a string" in messages[2]
    assert f"{data}:5: expected a JSON object" in messages[3]


def test_jsonl_from_standard_input(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps({"id": "s", "text": A}) + "\n"))
    status, out, _ = _run(["--input-format", "jsonl", "--per", "quote", "-"], capsys)
    assert status == 0
    assert [(r["id"], r["file"], r["text"]) for r in _lines(out)] == [("s", "-", "We will win,")]


def test_two_processes_match_one(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    records = [json.dumps({"id": i, "text": t}) for i, t in enumerate([A, B, C, NONE] * 5)]
    records.insert(7, "{oops")
    data = _write_jsonl(tmp_path / "news.jsonl", records)
    one = _run(["--per", "document", data], capsys)
    two = _run(["--per", "document", "--processes", "2", "--batch-size", "3", data], capsys)
    assert one == two
    assert one[0] == 1 and len(_lines(one[1])) == 20


# -- usage -----------------------------------------------------------------------------------


def test_per_conflicts_with_json(corpus: Path, capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--json", "--per", "quote", str(corpus)])
    assert info.value.code == 2
    assert "--per" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["0", "-1", "two"])
def test_processes_must_be_positive(value: str, corpus: Path, capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--processes", value, str(corpus)])
    assert info.value.code == 2


def test_help_shows_examples_and_the_entry_point_works(corpus: Path) -> None:
    env_cmd = [sys.executable, "-m", "quotes"]
    help_text = subprocess.run(
        [*env_cmd, "--help"], capture_output=True, text=True, cwd=ROOT, check=True, timeout=60
    ).stdout
    for option in ("--per", "--recursive", "--input-format", "--text-field", "--id-field",
                   "--output", "--processes", "--batch-size", "--progress"):
        assert option in help_text
    assert "examples:" in help_text and "news.jsonl" in help_text and "exit status" in help_text
    proc = subprocess.run(
        [*env_cmd, "--per", "quote", "--processes", "2", str(corpus / "a.txt"), str(corpus / "missing.txt")],
        capture_output=True, text=True, cwd=ROOT, check=False, timeout=60,
    )
    assert proc.returncode == 1
    assert _texts(_lines(proc.stdout)) == ["We will win,"]
    assert "missing.txt" in proc.stderr
