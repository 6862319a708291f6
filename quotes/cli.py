"""Command line: ``python -m quotes`` (also installed as the ``quotes`` script).

Reads documents from text files, directories (their ``*.txt`` files) and JSON
Lines files (one JSON object per line), or ``-`` for standard input, and
prints a readable table of the quotes found, JSON (``--json``, one array per
document) or JSON Lines (``--jsonl``/``--per quote``: one object per quote;
``--per document``: one object per document). ``--processes N`` extracts on
``N`` processes (see :func:`quotes.batch.extract_many`). A document that
cannot be read is reported on standard error and skipped; the others are
processed, and the exit status is then 1.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, NamedTuple

from .api import Extractor
from .config import Config
from .errors import BackendUnavailableError

__all__ = ["format_table", "main"]

EPILOG = """examples:
  python -m quotes article.txt            readable table
  cat article.txt | python -m quotes -    read standard input
  python -m quotes --json article.txt     one JSON array per document
  python -m quotes --jsonl a.txt b.txt    one JSON object per quote (with "id" and "file")
  quotes --per document corpus/ -o out.jsonl
                                          every *.txt in a directory, one line per document
  quotes --recursive --per quote corpus/  ... and in its subdirectories, one line per quote
  quotes --per quote news.jsonl           JSON Lines input (by the .jsonl suffix)
  quotes --per document --text-field body --id-field url news.jsonl
                                          ... whose records keep the text in "body"
  quotes --input-format jsonl --per quote - < news.jsonl
                                          JSON Lines on standard input
  quotes --processes 2 --progress --per document news.jsonl -o quotes.jsonl
                                          two processes, a progress bar on stderr

A document that cannot be read (a missing file, an invalid JSON line, a record
without its text field or whose text is not a string) is reported on standard
error and skipped; the others are processed.

exit status: 0 every document was processed, 1 some were skipped, 2 usage error.
"""

#: JSON names of the Python types ``json.loads`` returns, for messages.
_JSON_TYPES = {dict: "an object", list: "an array", str: "a string", int: "a number",
               float: "a number", bool: "a boolean", type(None): "null"}


class _Doc(NamedTuple):
    """One input document: its id (path, or the record's id field), its file, its text."""

    id: Any
    file: str
    text: str


def _short(s: str | None, n: int) -> str:
    if s is None:
        return "-"
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "\u2026"


def format_table(quotes: Sequence, *, width: int = 60) -> str:
    """Render quotes as a plain-text table."""
    rows = [("#", "kind", "speaker", "mention", "cue", "conf", "text")]
    for i, q in enumerate(quotes, 1):
        rows.append(
            (
                str(i),
                q.kind.value,
                _short(q.speaker.name if q.speaker else None, 24),
                _short(q.speaker_mention.text if q.speaker_mention else None, 20),
                _short(q.cue.text if q.cue else None, 14),
                f"{q.confidence:.2f}",
                _short(q.text, width),
            )
        )
    widths = [max(len(r[c]) for r in rows) for c in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(widths[c]) for c, cell in enumerate(r)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a number >= 1, got {number}")
    return number


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quotes",
        description="Find who said what in news text.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "inputs", nargs="+", metavar="FILE",
        help="text file, directory (its *.txt files), JSON Lines file (*.jsonl), or - for standard input",
    )
    source = parser.add_argument_group("input")
    source.add_argument("-r", "--recursive", action="store_true", help="also read the subdirectories of a directory")
    source.add_argument(
        "--input-format", choices=("auto", "text", "jsonl"), default="auto",
        help="text, or jsonl (one JSON object per line); auto (default): jsonl for *.jsonl files, else text",
    )
    source.add_argument("--text-field", default="text", metavar="NAME", help="JSON Lines: the field holding the text (default: text)")
    source.add_argument("--id-field", default="id", metavar="NAME",
                        help="JSON Lines: the field holding the document id (default: id; FILE:LINE when absent)")
    out = parser.add_argument_group("output")
    formats = out.add_mutually_exclusive_group()
    formats.add_argument("--json", action="store_true", help="print a JSON array of quotes per document")
    formats.add_argument("--jsonl", action="store_true", help="print JSON Lines (one object per quote unless --per document)")
    out.add_argument(
        "--per", choices=("quote", "document"), default=None,
        help="JSON Lines, one line per quote (with the document's id) or per document (id and its quotes)",
    )
    out.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    run = parser.add_argument_group("processing")
    run.add_argument("--no-indirect", action="store_true", help="skip unquoted reported speech")
    run.add_argument("--processes", type=_positive, default=1, metavar="N", help="extract on N processes (default: 1)")
    run.add_argument("--batch-size", type=_positive, default=64, metavar="N",
                     help="documents sent to a process at a time (default: 64)")
    run.add_argument("--progress", action="store_true", help="show a progress bar on standard error (needs tqdm)")
    return parser


class _Reporter:
    """Reports skipped documents on standard error and remembers that it did."""

    def __init__(self, *, progress: bool) -> None:
        self.failed = False
        self._write: Callable[[str], None] = lambda msg: print(msg, file=sys.stderr, flush=True)
        if progress:
            try:
                from tqdm import tqdm
            except ImportError:
                pass
            else:  # print above the bar instead of through it
                self._write = lambda msg: tqdm.write(msg, file=sys.stderr)

    def __call__(self, message: str) -> None:
        self.failed = True
        self._write(f"quotes: {message}")


def _format_of(path: str, input_format: str) -> str:
    if input_format != "auto":
        return input_format
    return "jsonl" if path.lower().endswith(".jsonl") else "text"


def _iter_documents(args: argparse.Namespace, report: _Reporter) -> Iterator[_Doc]:
    """Every readable document of the inputs, in order; the others are reported."""
    for name in args.inputs:
        if name == "-":
            if _format_of(name, args.input_format) == "jsonl":
                yield from _jsonl_documents(sys.stdin, "-", args, report)
            else:
                try:
                    yield _Doc("-", "-", sys.stdin.read())
                except (OSError, UnicodeDecodeError) as exc:
                    report(f"-: {exc}")
            continue
        path = Path(name)
        if path.is_dir():
            suffix = "*.jsonl" if args.input_format == "jsonl" else "*.txt"
            found = path.rglob(suffix) if args.recursive else path.glob(suffix)
            files = sorted(p for p in found if p.is_file())
            if not files:
                hint = "" if args.recursive else " (--recursive also searches subdirectories)"
                report(f"{name}: no {suffix} files{hint}")
            for file in files:
                yield from _file_documents(str(file), args, report)
        else:
            yield from _file_documents(name, args, report)


def _file_documents(name: str, args: argparse.Namespace, report: _Reporter) -> Iterator[_Doc]:
    try:
        with open(name, encoding="utf-8", errors="replace") as fh:
            if _format_of(name, args.input_format) == "jsonl":
                yield from _jsonl_documents(fh, name, args, report)
            else:
                yield _Doc(name, name, fh.read())
    except OSError as exc:
        report(f"{name}: {exc.strerror or exc}")


def _jsonl_documents(lines: IO[str], name: str, args: argparse.Namespace, report: _Reporter) -> Iterator[_Doc]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            report(f"{where}: invalid JSON ({exc.msg}, column {exc.colno})")
            continue
        if not isinstance(record, dict):
            report(f"{where}: expected a JSON object, got {_JSON_TYPES.get(type(record), type(record).__name__)}")
            continue
        if args.text_field not in record:
            report(f"{where}: no {args.text_field!r} field")
            continue
        text = record[args.text_field]
        if not isinstance(text, str):
            got = _JSON_TYPES.get(type(text), type(text).__name__)
            report(f"{where}: the {args.text_field!r} field is {got}, not a string")
            continue
        yield _Doc(record.get(args.id_field, where), name, text)


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False)


def _write_results(args: argparse.Namespace, out: IO[str], extractor: Extractor, report: _Reporter) -> None:
    from .batch import extract_many

    pending: deque[tuple[Any, str]] = deque()  # (id, file) of the documents being extracted

    def texts() -> Iterator[str]:
        for doc in _iter_documents(args, report):
            pending.append((doc.id, doc.file))
            yield doc.text

    results = extract_many(
        extractor, texts(), n_process=args.processes, batch_size=args.batch_size,
        progress=args.progress, on_error="return",
    )
    per = args.per or ("quote" if args.jsonl else None)
    # A lone text file (or standard input) prints a bare table, as it always has.
    headers = len(args.inputs) > 1 or any(
        Path(name).is_dir() or _format_of(name, args.input_format) == "jsonl" for name in args.inputs
    )
    for found in results:
        doc_id, file = pending.popleft()
        if isinstance(found, Exception):
            report(f"{doc_id}: extraction failed: {type(found).__name__}: {found}")
            continue
        if per == "quote":
            for q in found:
                out.write(_dumps({"id": doc_id, "file": file, **q.to_dict()}) + "\n")
        elif per == "document":
            out.write(_dumps({"id": doc_id, "file": file, "quotes": [q.to_dict() for q in found]}) + "\n")
        elif args.json:
            out.write(json.dumps([q.to_dict() for q in found], ensure_ascii=False, indent=2) + "\n")
        else:
            if headers:
                out.write(f"== {doc_id}\n")
            out.write(format_table(found) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 documents skipped, 2 usage)."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.per is not None and args.json:
        parser.error("--per writes JSON Lines; it cannot be combined with --json")
    extractor = Extractor(config=Config(indirect=not args.no_indirect))
    report = _Reporter(progress=args.progress)
    with contextlib.ExitStack() as stack:
        out: IO[str] = sys.stdout
        if args.output:
            try:
                out = stack.enter_context(open(args.output, "w", encoding="utf-8", newline="\n"))
            except OSError as exc:
                print(f"quotes: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
                return 2
        try:
            _write_results(args, out, extractor, report)
        except BackendUnavailableError as exc:
            print(f"quotes: {exc}", file=sys.stderr)
            return 2
        except BrokenPipeError:
            # The reader went away (quotes ... | head): stop quietly.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            return 1
    return 1 if report.failed else 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
