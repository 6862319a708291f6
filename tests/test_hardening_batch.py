"""extract_many(n_process=2) in ordinary scripts, and when a worker dies."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import quotes
from quotes import batch
from quotes.batch import WorkerError, extract_many, start_method

ROOT = Path(__file__).resolve().parents[1]

TEXTS = ['"We will win," Ana Ruiz said.', "No quotes here.", "Talks will resume, the official said.",
         '"KILL me," he said.', '"Fine," she said.'] * 3

SCRIPT = textwrap.dedent(
    """
    import quotes
    print("top level ran", flush=True)
    ex = quotes.Extractor()
    texts = ['"We will win," Ana Ruiz said.', "Talks will resume, the official said."] * 20
    found = list(ex.extract_many(texts, n_process=2, batch_size=2))
    print(len(found), sum(len(f) for f in found), flush=True)
    """
)

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork is the Linux default")


def _python(args: list[str], **kwargs) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=300,
                          check=False, env=env, **kwargs)


@pytest.mark.parametrize("how", ["file", "-c", "stdin"])
def test_unguarded_scripts_work(tmp_path: Path, how: str) -> None:
    script = tmp_path / "script.py"
    script.write_text(SCRIPT, encoding="utf-8")
    if how == "file":
        proc = _python([str(script)])
    elif how == "-c":
        proc = _python(["-c", SCRIPT])
    else:
        proc = _python(["-"], input=SCRIPT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["top level ran", "40 40"]  # the top level ran once
    assert "Traceback" not in proc.stderr


def test_unguarded_script_works_with_spawn_too(tmp_path: Path) -> None:
    # A thread in the caller makes fork unsafe: spawn, without re-running the script.
    script = tmp_path / "threaded.py"
    script.write_text("import threading, time\nthreading.Thread(target=time.sleep, args=(30,), daemon=True).start()\n"
                      "from quotes.batch import start_method\nprint(start_method())\n" + SCRIPT, encoding="utf-8")
    proc = _python([str(script)])
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["spawn", "top level ran", "40 40"]


@linux_only
def test_start_method_prefers_fork_on_linux(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "torch", raising=False)
    monkeypatch.delitem(sys.modules, "stanza", raising=False)
    assert start_method() in ("fork", "spawn")  # spawn only if pytest itself runs threads
    monkeypatch.setitem(sys.modules, "torch", object())
    assert start_method() == "spawn"
    monkeypatch.setattr(sys, "platform", "darwin")
    assert start_method() == "spawn"


def _dying_extract(original, parent: int, fail_in_parent: bool, marker: Path):
    def extract(self, text):
        if isinstance(text, str) and "KILL" in text:
            if os.getpid() != parent:
                marker.touch()
                os._exit(3)  # the worker dies mid-batch
            if fail_in_parent:
                raise RuntimeError("cannot do this one either")
        return original(self, text)

    return extract


@linux_only
def test_a_dead_worker_loses_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    ex = quotes.Extractor()
    texts = ['"KILL me," he said.'] * 6 + TEXTS
    expected = [ex.extract(t) for t in texts]
    marker = tmp_path / "died"
    monkeypatch.setattr(batch, "start_method", lambda: "fork")  # the patch below reaches forked workers
    monkeypatch.setattr(quotes.Extractor, "extract",
                        _dying_extract(quotes.Extractor.extract, os.getpid(), False, marker))
    got = list(extract_many(ex, texts, n_process=2, batch_size=2))
    assert marker.exists(), "no worker died: the test did not test anything"
    assert got == expected


@linux_only
def test_a_dead_worker_whose_retry_fails_names_the_document(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    ex = quotes.Extractor()
    texts = ['"KILL me," he said.'] * 8
    marker = tmp_path / "died"
    monkeypatch.setattr(batch, "start_method", lambda: "fork")
    monkeypatch.setattr(quotes.Extractor, "extract",
                        _dying_extract(quotes.Extractor.extract, os.getpid(), True, marker))
    # The first batch goes to the worker, which dies; its retry here fails too.
    with pytest.raises(WorkerError) as info:
        list(extract_many(ex, texts, n_process=2, batch_size=2))
    assert marker.exists()
    assert info.value.index == 0 and str(info.value).startswith("document 0: a worker process died")
    assert isinstance(info.value, quotes.QuotesError) and isinstance(info.value.__cause__, RuntimeError)
    # With on_error="return" every document still has its place: nothing is dropped.
    kept = list(extract_many(ex, texts, n_process=2, batch_size=2, on_error="return"))
    assert len(kept) == len(texts) and all(isinstance(r, RuntimeError) for r in kept)
    assert any(isinstance(r, WorkerError) for r in kept)
