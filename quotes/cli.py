"""Command line: ``python -m quotes FILE`` (or ``-`` for standard input).

Prints a readable table of the quotes found, or JSON (``--json``, one array
per input) or JSON Lines (``--jsonl``, one quote per line).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from .api import Extractor
from .config import Config

__all__ = ["main"]

EPILOG = """examples:
  python -m quotes article.txt            readable table
  cat article.txt | python -m quotes -    read standard input
  python -m quotes --jsonl a.txt b.txt    one JSON object per quote
  python -m quotes --json article.txt     one JSON array per file
"""


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


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="quotes",
        description="Find who said what in news text.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="text file(s); - reads standard input")
    out = parser.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print a JSON array of quotes per file")
    out.add_argument("--jsonl", action="store_true", help="print one JSON object per quote")
    parser.add_argument("--no-indirect", action="store_true", help="skip unquoted reported speech")
    args = parser.parse_args(argv)
    extractor = Extractor(config=Config(indirect=not args.no_indirect))
    status = 0
    for name in args.files:
        try:
            if name == "-":
                text = sys.stdin.read()
            else:
                with open(name, encoding="utf-8", errors="replace") as fh:
                    text = fh.read()
        except OSError as exc:
            print(f"quotes: {name}: {exc.strerror or exc}", file=sys.stderr)
            status = 1
            continue
        found = extractor.extract(text)
        if args.jsonl:
            for q in found:
                record = q.to_dict()
                record["file"] = name
                print(json.dumps(record, ensure_ascii=False))
        elif args.json:
            print(json.dumps([q.to_dict() for q in found], ensure_ascii=False, indent=2))
        else:
            if len(args.files) > 1:
                print(f"== {name}")
            print(format_table(found))
    return status


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
