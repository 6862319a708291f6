"""Command line: ``python -m quotes`` (also installed as the ``quotes`` script).

Reads documents from text files, directories (their ``*.txt`` files) and JSON
Lines files (one JSON object per line), or ``-`` for standard input (JSON
Lines when its first non-blank character is ``{``), and prints a readable
table of the quotes found, JSON (``--json``: one document, an array of
quotes for a single text, else an array of ``{"id", "file", "quotes"}``) or
JSON Lines (``--jsonl``/``--per quote``: one object per quote; ``--per
document``: one object per document). ``--processes N`` extracts on ``N``
processes (see :func:`quotes.batch.extract_many`).

Input is UTF-8; a leading byte-order mark is dropped. A document that cannot
be read (a missing file, invalid UTF-8, an invalid JSON line, an unreadable
directory) is reported on standard error with its location (``FILE:LINE``)
and skipped; the others are processed, and the exit status is then 1. The
output is valid UTF-8 JSON whatever the text holds (strings with lone
surrogates are written with ``\\u`` escapes, a non-finite id as ``null``).
``-o FILE`` is written to a temporary file beside it and renamed into place
at the end, so FILE is never left half-written; an output that cannot be
written ends the run with one line on standard error.
"""

from __future__ import annotations

import argparse
import codecs
import itertools
import json
import math
import os
import sys
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from fnmatch import fnmatchcase
from pathlib import Path
from typing import IO, Any, NamedTuple

from .api import Extractor
from .config import Config
from .errors import BackendUnavailableError

__all__ = ["format_table", "main"]

EPILOG = """examples:
  python -m quotes article.txt            readable table
  cat article.txt | python -m quotes -    read standard input
  python -m quotes --json article.txt     a JSON array of the quotes
  python -m quotes --json a.txt b.txt     one JSON array of {"id", "file", "quotes"}
  python -m quotes --jsonl a.txt b.txt    one JSON object per quote (with "id" and "file")
  quotes --per document corpus/ -o out.jsonl
                                          every *.txt in a directory, one line per document
  quotes --recursive --per quote corpus/  ... and in its subdirectories, one line per quote
  quotes --per quote news.jsonl           JSON Lines input (by the .jsonl suffix)
  quotes --per document --text-field body --id-field url news.jsonl
                                          ... whose records keep the text in "body"
  quotes --per quote - < news.jsonl       JSON Lines on standard input (first character "{")
  quotes --processes 2 --progress --per document news.jsonl -o quotes.jsonl
                                          two processes, a progress bar on stderr

Input is UTF-8 (a byte-order mark is dropped). A document that cannot be read
(a missing file, invalid UTF-8, an invalid JSON line, a record without its text
field or whose text is not a string, an unreadable directory) is reported on
standard error as FILE:LINE and skipped; the others are processed. With -o,
FILE is written whole or not at all.

exit status: 0 every document was processed, 1 some were skipped or the
output could not be written, 2 usage error.
"""

#: JSON names of the Python types ``json.loads`` returns, for messages.
_JSON_TYPES = {dict: "an object", list: "an array", str: "a string", int: "a number",
               float: "a number", bool: "a boolean", type(None): "null"}


class _Doc(NamedTuple):
    """One input document: its id (path, or the record's id field), its file, its text."""

    id: Any
    file: str
    text: str


def _printable(s: str) -> str:
    """*s* with lone surrogates (not encodable as UTF-8) shown as U+FFFD."""
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in s)
    return s


def _short(s: str | None, n: int) -> str:
    if s is None:
        return "-"
    s = " ".join(_printable(s).split())
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
    from . import __version__

    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    source = parser.add_argument_group("input")
    source.add_argument("-r", "--recursive", action="store_true", help="also read the subdirectories of a directory")
    source.add_argument(
        "--input-format", choices=("auto", "text", "jsonl"), default="auto",
        help="text, or jsonl (one JSON object per line); auto (default): jsonl for *.jsonl files "
             "and for standard input that starts with '{', else text",
    )
    source.add_argument("--text-field", default="text", metavar="NAME", help="JSON Lines: the field holding the text (default: text)")
    source.add_argument("--id-field", default="id", metavar="NAME",
                        help="JSON Lines: the field holding the document id (default: id; FILE:LINE when absent)")
    out = parser.add_argument_group("output")
    formats = out.add_mutually_exclusive_group()
    formats.add_argument("--json", action="store_true", help="print one JSON document: the array of quotes of a single text, "
                         "else an array of {id, file, quotes}")
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
            yield from _stdin_documents(args, report)
            continue
        path = Path(name)
        if path.is_dir():
            suffix = "*.jsonl" if args.input_format == "jsonl" else "*.txt"
            files = _directory_files(path, suffix, args.recursive, report)
            if not files:
                hint = "" if args.recursive else " (--recursive also searches subdirectories)"
                report(f"{name}: no {suffix} files{hint}")
            for file in files:
                yield from _file_documents(str(file), args, report)
        else:
            yield from _file_documents(name, args, report)


def _directory_files(path: Path, pattern: str, recursive: bool, report: _Reporter) -> list[Path]:
    """The files matching *pattern* in *path* (and its subdirectories), sorted; unreadable ones reported."""

    def unreadable(exc: OSError) -> None:
        report(f"{exc.filename or path}: cannot read directory ({exc.strerror or exc})")

    found: list[Path] = []
    if recursive:
        for root, dirs, names in os.walk(path, onerror=unreadable):
            dirs.sort()
            found.extend(Path(root) / n for n in names if fnmatchcase(n, pattern))
    else:
        try:
            with os.scandir(path) as entries:
                found = [Path(e.path) for e in entries if fnmatchcase(e.name, pattern)]
        except OSError as exc:
            unreadable(exc)
    return sorted(p for p in found if p.is_file())


def _stdin_documents(args: argparse.Namespace, report: _Reporter) -> Iterator[_Doc]:
    """Standard input: JSON Lines when so told, or (auto) when its first non-blank character is ``{``."""
    stream: Iterable[bytes | str] = getattr(sys.stdin, "buffer", None) or sys.stdin
    lines = iter(stream)
    head: list[bytes | str] = []
    for line in lines:
        head.append(line)
        if (_strip_bom(line) if len(head) == 1 else line).strip():
            break
    fmt = args.input_format
    if fmt == "auto":
        first = (_strip_bom(head[-1]) if len(head) == 1 else head[-1]).lstrip() if head else ""
        fmt = "jsonl" if first[:1] in (b"{", "{") else "text"
    if fmt == "jsonl":
        yield from _jsonl_documents(itertools.chain(head, lines), "-", args, report)
        return
    try:
        rest = list(itertools.chain(head, lines))
    except OSError as exc:
        report(f"-: {exc.strerror or exc}")
        return
    text = _decode(b"".join(rest) if rest and isinstance(rest[0], bytes) else "".join(rest), "-", report)  # type: ignore[arg-type]
    if text is not None:
        yield _Doc("-", "-", text)


def _strip_bom(data: Any) -> Any:
    if isinstance(data, bytes):
        return data[len(codecs.BOM_UTF8):] if data.startswith(codecs.BOM_UTF8) else data
    return data[1:] if data.startswith("\ufeff") else data


def _decode(data: bytes | str, where: str, report: _Reporter) -> str | None:
    """*data* as text without a leading byte-order mark; invalid UTF-8 is reported (``None``)."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            report(f"{where}: invalid UTF-8 at byte {exc.start} ({exc.reason})")
            return None
    return _strip_bom(data)


def _file_documents(name: str, args: argparse.Namespace, report: _Reporter) -> Iterator[_Doc]:
    try:
        with open(name, "rb") as fh:
            if _format_of(name, args.input_format) == "jsonl":
                yield from _jsonl_documents(fh, name, args, report)
                return
            data = fh.read()
    except OSError as exc:
        report(f"{name}: {exc.strerror or exc}")
        return
    text = _decode(data, name, report)
    if text is not None:
        yield _Doc(name, name, text)


def _jsonl_documents(lines: Iterable[bytes | str], name: str, args: argparse.Namespace, report: _Reporter) -> Iterator[_Doc]:
    for number, raw in enumerate(lines, 1):
        where = f"{name}:{number}"
        line = _decode(raw, where, report) if number == 1 else _decode_line(raw, where, report)
        if line is None or not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            report(f"{where}: invalid JSON ({exc.msg}, column {exc.colno})")
            continue
        except RecursionError:
            report(f"{where}: invalid JSON (nested too deeply)")
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
        yield _Doc(_json_safe(record.get(args.id_field, where)), name, text)


def _decode_line(raw: bytes | str, where: str, report: _Reporter) -> str | None:
    if isinstance(raw, str):
        return raw
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        report(f"{where}: invalid UTF-8 at byte {exc.start} of the line ({exc.reason})")
        return None


def _json_safe(value: Any) -> Any:
    """*value* with non-finite floats (``NaN``, ``Infinity``: not JSON) as ``None``."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, list):
        return [_json_safe(v) for v in value]
    if isinstance(value, dict):
        return {k: _json_safe(v) for k, v in value.items()}
    return value


def _dumps(data: Any, *, indent: int | None = None, ascii_only: bool = False) -> str:
    """JSON text, UTF-8-encodable: strings with lone surrogates force ``\\u`` escapes."""
    if not ascii_only:
        text = json.dumps(data, ensure_ascii=False, allow_nan=False, indent=indent)
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            pass
        else:
            return text
    return json.dumps(data, ensure_ascii=True, allow_nan=False, indent=indent)


def _write_results(args: argparse.Namespace, out: IO[str], extractor: Extractor, report: _Reporter) -> None:
    from .batch import extract_many

    pending: deque[tuple[Any, str]] = deque()  # (id, file) of the documents being extracted
    stdin_jsonl = False

    def texts() -> Iterator[str]:
        nonlocal stdin_jsonl
        for doc in _iter_documents(args, report):
            stdin_jsonl = stdin_jsonl or (doc.file == "-" and doc.id != "-")
            pending.append((doc.id, doc.file))
            yield doc.text

    results = extract_many(
        extractor, texts(), n_process=args.processes, batch_size=args.batch_size,
        progress=args.progress, on_error="return",
    )
    per = args.per or ("quote" if args.jsonl else None)
    encoding = (getattr(out, "encoding", None) or "utf-8").lower().replace("_", "-")
    ascii_only = encoding not in ("utf-8", "utf8")

    def several() -> bool:
        # A lone text file (or standard input) prints a bare table or array, as it always has.
        return stdin_jsonl or len(args.inputs) > 1 or any(
            Path(name).is_dir() or (name != "-" and _format_of(name, args.input_format) == "jsonl")
            for name in args.inputs
        )

    documents = 0
    for found in results:
        doc_id, file = pending.popleft()
        if isinstance(found, Exception):
            report(f"{doc_id}: extraction failed: {type(found).__name__}: {found}")
            continue
        documents += 1
        if per == "quote":
            for q in found:
                out.write(_dumps({"id": doc_id, "file": file, **q.to_dict()}, ascii_only=ascii_only) + "\n")
        elif per == "document":
            out.write(_dumps({"id": doc_id, "file": file, "quotes": [q.to_dict() for q in found]},
                             ascii_only=ascii_only) + "\n")
        elif args.json:
            if several():
                # One JSON document for all: an array of {id, file, quotes}, streamed.
                item = _dumps({"id": doc_id, "file": file, "quotes": [q.to_dict() for q in found]},
                              indent=2, ascii_only=ascii_only)
                out.write(("[\n" if documents == 1 else ",\n") + item)
            else:
                out.write(_dumps([q.to_dict() for q in found], indent=2, ascii_only=ascii_only) + "\n")
        else:
            if several():
                out.write(f"== {_printable(str(doc_id))}\n")
            out.write(format_table(found) + "\n")
    if args.json and several():
        out.write("\n]\n" if documents else "[]\n")


class _OutputError(Exception):
    """The output could not be opened or written (one line for standard error)."""


class _Output:
    """Standard output, or ``-o FILE`` written to a temporary file and renamed into place."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.temp: str | None = None
        self.name = "standard output" if path is None else path
        if path is None:
            if sys.stdout is None:  # started with standard output closed (>&-)
                raise _OutputError("cannot write standard output: it is closed")
            self.stream: IO[str] = sys.stdout
            encoding = (getattr(sys.stdout, "encoding", None) or "utf-8").lower().replace("_", "-")
            if encoding not in ("utf-8", "utf8") and hasattr(sys.stdout, "reconfigure"):
                # A table on a non-UTF-8 terminal: escape what it cannot show rather than fail.
                sys.stdout.reconfigure(errors="backslashreplace")
            return
        target = Path(path)
        try:
            if target.exists() and not target.is_file():  # a device or a pipe: write in place
                self.stream = open(target, "w", encoding="utf-8", newline="\n")
                return
            fd, self.temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
            self.stream = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        except OSError as exc:
            raise _OutputError(f"cannot write {path}: {exc.strerror or exc}") from None

    def close(self) -> None:
        """Flush everything; move the temporary file into place."""
        try:
            self.stream.flush()
            if self.path is None:
                return
            self.stream.close()
            if self.temp is not None:
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(self.temp, 0o666 & ~umask)
                os.replace(self.temp, self.path)
                self.temp = None
        except (OSError, ValueError) as exc:
            self.fail()
            raise _OutputError(f"cannot write {self.name}: {getattr(exc, 'strerror', None) or exc}") from None

    def fail(self) -> None:
        """Give up: drop the temporary file; keep Python's exit-time flush of stdout quiet."""
        if self.path is None:
            try:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.stdout.fileno())
            except (OSError, ValueError, AttributeError):
                pass
            return
        try:
            self.stream.close()
        except (OSError, ValueError):
            pass
        if self.temp is not None:
            try:
                os.unlink(self.temp)
            except OSError:
                pass
            self.temp = None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 documents skipped or output failed, 2 usage)."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.per is not None and args.json:
        parser.error("--per writes JSON Lines; it cannot be combined with --json")
    extractor = Extractor(config=Config(indirect=not args.no_indirect))
    report = _Reporter(progress=args.progress)
    try:
        output = _Output(args.output)
    except _OutputError as exc:
        _say(str(exc))
        return 2 if args.output else 1
    try:
        _write_results(args, output.stream, extractor, report)
        output.close()
    except BackendUnavailableError as exc:
        output.fail()
        _say(str(exc))
        return 2
    except BrokenPipeError:
        # The reader went away (quotes ... | head): stop quietly.
        output.fail()
        return 1
    except _OutputError as exc:
        _say(str(exc))
        return 1
    except (OSError, ValueError) as exc:
        # Writing failed (a full disk, a closed stream): one line, no traceback.
        output.fail()
        if isinstance(exc, ValueError) and "closed file" not in str(exc):
            raise
        _say(f"cannot write {output.name}: {getattr(exc, 'strerror', None) or exc}")
        return 1
    return 1 if report.failed else 0


def _say(message: str) -> None:
    """One line on standard error (if there is one)."""
    if sys.stderr is not None:
        try:
            print(f"quotes: {message}", file=sys.stderr, flush=True)
        except (OSError, ValueError):
            pass


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
