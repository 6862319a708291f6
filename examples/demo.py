"""Print the quotes that ``quotes`` finds in a news article.

Usage (from the repository root)::

    python examples/demo.py            # the sample article next to this script
    python examples/demo.py PATH       # any UTF-8 text file

Each quote is printed as a small block: its kind, the speaker's canonical name
(or ``?`` when no speaker was found), the mention and cue that support the
attribution, the addressee if any, the confidence, the evidence (names of the
rules that decided it) and the quoted text itself. Only the public API is used.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

try:
    import quotes
except ImportError:  # not installed: run from a source checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    import quotes

DEFAULT_ARTICLE = Path(__file__).resolve().parent / "article.txt"


def _span_text(span: quotes.Span | None) -> str:
    """Show a span as quoted one-line text, or ``-`` when absent."""
    if span is None:
        return "-"
    return '"' + " ".join(span.text.split()) + '"'


def format_quote(index: int, quote: quotes.Quote, *, width: int = 78) -> str:
    """Render one quote as a readable multi-line block."""
    header = f"[{index}] {quote.kind.value}"
    if quote.group is not None:
        header += f"  (group {quote.group})"
    speaker = quote.speaker.name if quote.speaker is not None else "?"
    lines = [
        header,
        f"    speaker:    {speaker}",
        f"    mention:    {_span_text(quote.speaker_mention)}",
        f"    cue:        {_span_text(quote.cue)}",
    ]
    if quote.addressee is not None:
        lines.append(f"    addressee:  {_span_text(quote.addressee)}")
    lines.append(f"    confidence: {quote.confidence:.2f}")
    lines.append(f"    evidence:   {', '.join(quote.evidence) or '-'}")
    lines.append(f"    text [{quote.start}:{quote.end}]:")
    body = textwrap.fill(
        " ".join(quote.text.split()),
        width=width,
        initial_indent="      | ",
        subsequent_indent="      | ",
    )
    lines.append(body)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Read an article, extract its quotes and print them; return an exit status."""
    parser = argparse.ArgumentParser(description="Print who said what in a news article.")
    parser.add_argument(
        "path",
        nargs="?",
        type=Path,
        default=DEFAULT_ARTICLE,
        help=f"UTF-8 text file (default: {DEFAULT_ARTICLE.name} next to this script)",
    )
    args = parser.parse_args(argv)
    try:
        text = args.path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        print(f"demo: {args.path}: {exc.strerror or exc}", file=sys.stderr)
        return 1

    found = quotes.extract(text)
    print(f"{args.path.name}: {len(found)} quote(s)\n")
    for i, quote in enumerate(found, 1):
        print(format_quote(i, quote))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
