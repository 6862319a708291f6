"""The command line never loses documents: bad records, encodings, stdin, output streams, ids."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import quotes
from quotes import cli
from quotes.cli import main

ROOT = Path(__file__).resolve().parents[1]

A = "\u201cWe will win,\u201d Ana Ruiz said.\n"
B = '"Talks will resume," the official said.\n'


def _run(argv: list[str], capsys: pytest.CaptureFixture) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def test_lone_surrogate_record_is_processed_and_later_records_too(tmp_path: Path, capsys) -> None:
    data = tmp_path / "s.jsonl"
    data.write_text('{"id": 1, "text": "\\"We will \\ud800 win,\\" Ana Ruiz said."}\n'
                    + json.dumps({"id": 2, "text": A}) + "\n", encoding="utf-8")
    status, out, err = _run(["--per", "quote", data], capsys)
    assert status == 0, err
    rows = _lines(out)
    assert [r["id"] for r in rows] == [1, 2]
    assert rows[0]["text"] == "We will \ud800 win,"
    out.encode("utf-8")  # valid UTF-8 output
    assert quotes.Quote.from_dict(rows[0]).text == "We will \ud800 win,"
    # The table shows it too.
    status, out, err = _run([data], capsys)
    assert status == 0 and "We will \ufffd win," in out


def test_byte_order_marks(tmp_path: Path, capsys) -> None:
    data = tmp_path / "bom.jsonl"
    data.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "a", "text": A}).encode() + b"\n")
    status, out, err = _run(["--per", "document", data], capsys)
    assert status == 0, err
    assert [d["id"] for d in _lines(out)] == ["a"]
    text = tmp_path / "bom.txt"
    text.write_bytes(b"\xef\xbb\xbf" + B.encode())
    status, out, err = _run(["--json", text], capsys)
    assert status == 0, err
    found = json.loads(out)
    assert [(q["kind"], q["text"], q["start"]) for q in found] == [("direct", "Talks will resume,", 1)]


def test_invalid_utf8_is_reported_with_its_location(tmp_path: Path, capsys) -> None:
    data = tmp_path / "bad.jsonl"
    data.write_bytes(json.dumps({"id": "a", "text": A}).encode() + b"\n"
                     + b'{"id": "b", "text": "\xff"}\n' + json.dumps({"id": "c", "text": B}).encode() + b"\n")
    bad_txt = tmp_path / "bad.txt"
    bad_txt.write_bytes(b"abc \xc3( def")
    status, out, err = _run(["--per", "document", data, bad_txt], capsys)
    assert status == 1
    assert [d["id"] for d in _lines(out)] == ["a", "c"]
    assert f"{data}:2: invalid UTF-8" in err
    assert f"{bad_txt}: invalid UTF-8 at byte 4" in err


def test_json_over_several_files_is_one_document(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(B, encoding="utf-8")
    status, out, err = _run(["--json", tmp_path / "a.txt", tmp_path / "b.txt"], capsys)
    assert status == 0, err
    data = json.loads(out)
    assert [(d["id"], [q["text"] for q in d["quotes"]]) for d in data] == [
        (str(tmp_path / "a.txt"), ["We will win,"]),
        (str(tmp_path / "b.txt"), ["Talks will resume,"]),
    ]
    # A lone file is still a bare array of quotes; nothing readable is still valid JSON.
    status, out, _ = _run(["--json", tmp_path / "a.txt"], capsys)
    assert [q["text"] for q in json.loads(out)] == ["We will win,"]
    status, out, _ = _run(["--json", tmp_path / "missing.txt", tmp_path / "missing2.txt"], capsys)
    assert status == 1 and json.loads(out) == []


def test_jsonl_on_stdin_is_detected(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    lines = "\n" + json.dumps({"id": "s", "text": A}) + "\n" + json.dumps({"id": "t", "text": B}) + "\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"\xef\xbb\xbf" + lines.encode()), encoding="utf-8"))
    status, out, err = _run(["--per", "quote", "-"], capsys)
    assert status == 0, err
    assert [(r["id"], r["text"]) for r in _lines(out)] == [("s", "We will win,"), ("t", "Talks will resume,")]
    # Plain text on stdin is still a text document, and --input-format text forces it.
    monkeypatch.setattr("sys.stdin", io.StringIO(A))
    assert [r["text"] for r in _lines(_run(["--per", "quote", "-"], capsys)[1])] == ["We will win,"]
    monkeypatch.setattr("sys.stdin", io.StringIO(lines))
    status, out, _ = _run(["--input-format", "text", "--per", "document", "-"], capsys)
    assert [d["id"] for d in _lines(out)] == ["-"]


def test_nan_ids_are_written_as_null(tmp_path: Path, capsys) -> None:
    data = tmp_path / "nan.jsonl"
    data.write_text('{"id": NaN, "text": "\\"Yes,\\" she said."}\n{"id": [Infinity, 1], "text": "\\"No,\\" he said."}\n',
                    encoding="utf-8")
    status, out, err = _run(["--per", "quote", data], capsys)
    assert status == 0, err
    assert "NaN" not in out and "Infinity" not in out
    rows = [json.loads(line, parse_constant=lambda c: pytest.fail(f"bare {c}")) for line in out.splitlines()]
    assert [r["id"] for r in rows] == [None, [None, 1]]


def test_unreadable_subdirectory_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    root = tmp_path / "corpus"
    (root / "locked").mkdir(parents=True)
    (root / "a.txt").write_text(A, encoding="utf-8")
    (root / "locked" / "b.txt").write_text(B, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path):  # the test runs as root, so chmod 000 would not lock anything
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    status, out, err = _run(["-r", "--per", "document", root], capsys)
    assert status == 1
    assert [d["id"] for d in _lines(out)] == [str(root / "a.txt")]
    assert "locked: cannot read directory (Permission denied)" in err


def test_version(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"quotes {quotes.__version__}"


def test_output_file_is_never_half_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    source = tmp_path / "a.txt"
    source.write_text(A, encoding="utf-8")
    target = tmp_path / "out.json"
    real = cli._write_results

    def full_disk(args, out, extractor, report):
        real(args, out, extractor, report)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cli, "_write_results", full_disk)
    status, out, err = _run(["--json", source, "-o", target], capsys)
    assert status == 1
    assert err.strip() == f"quotes: cannot write {target}: No space left on device"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]  # no target, no temporary file
    monkeypatch.setattr(cli, "_write_results", real)
    target.write_text("old", encoding="utf-8")
    assert _run(["--json", source, "-o", target], capsys)[0] == 0
    assert json.loads(target.read_text(encoding="utf-8"))[0]["text"] == "We will win,"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "out.json"]


def _shell(command: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(f'"{sys.executable}" -m quotes {command}', shell=True, cwd=ROOT, timeout=120,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("redirect, message", [
    ("-o /dev/full", "cannot write /dev/full: No space left on device"),
    ("> /dev/full", "cannot write standard output: No space left on device"),
    (">&-", "cannot write standard output: it is closed"),
])
def test_full_and_closed_streams_end_with_one_line(tmp_path: Path, redirect: str, message: str) -> None:
    source = tmp_path / "a.txt"
    source.write_text(A, encoding="utf-8")
    proc = _shell(f'--json "{source}" {redirect}')
    assert proc.returncode == 1
    assert proc.stderr.decode() == f"quotes: {message}\n"
