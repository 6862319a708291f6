"""Coverage-guided fuzzing of :func:`quotes.extract` with atheris (long runs, outside the test suite).

Every input is turned into a text and a config, and the invariants of the
public contract are checked:

- ``extract`` raises nothing (malformed text never raises);
- ``text[q.start:q.end] == q.text`` for every quote and every span it holds;
- extraction is deterministic;
- ``Quote.from_dict(json.loads(json.dumps(q.to_dict())))`` gives ``q`` back;
- ``render_html`` and the table rows build without error.

Run (``pip install atheris``; it needs a clang-built CPython on some
platforms)::

    python tools/fuzz.py -max_total_time=300 -max_len=2048 [CORPUS_DIR]

Any libFuzzer flag works; a failing input is written to ``crash-*`` and can be
replayed with ``python tools/fuzz.py crash-...``. Without atheris, the module
still imports (``check_one`` is what the test suite calls), and running it
checks the files named on the command line once each.
"""

from __future__ import annotations

import json
import sys

try:  # atheris instruments the imports below when it is there
    import atheris
except ImportError:  # the test suite imports this module without atheris
    atheris = None

if atheris is not None:
    with atheris.instrument_imports():  # the pipeline is imported lazily: instrument it here too
        import quotes
        import quotes.pipeline  # noqa: F401
        import quotes.render  # noqa: F401
else:
    import quotes

__all__ = ["check_one", "main"]

#: Configs the first byte of an input chooses among.
CONFIGS = (
    quotes.Config(),
    quotes.Config(indirect=False),
    quotes.Config(keep_non_speech=True, genre="fiction"),
    quotes.Config(dash_dialogue=True, max_nesting=1, window_chars=64),
)


def _text(data: bytes) -> str:
    """The input as text: UTF-8 mostly, UTF-16 (which yields lone surrogates) when the second byte is odd."""
    body = data[2:]
    if len(data) > 1 and data[1] & 1:
        if len(body) % 2:
            body = body[:-1]
        return body.decode("utf-16-le", "surrogatepass")
    return body.decode("utf-8", "surrogateescape")


def _check_span(text: str, span: quotes.Span | None) -> None:
    if span is not None:
        assert 0 <= span.start <= span.end <= len(text), span
        assert text[span.start : span.end] == span.text, span


def check_one(data: bytes) -> None:
    """Check every invariant for one input; raise ``AssertionError`` (or the bug's error) if one fails."""
    config = CONFIGS[data[0] % len(CONFIGS)] if data else CONFIGS[0]
    text = _text(data)
    found = quotes.extract(text, config=config)
    assert found == quotes.extract(text, config=config), "not deterministic"
    for q in found:
        assert text[q.start : q.end] == q.text, q
        for span in (q.speaker_mention, q.cue, q.addressee, *q.fragments, *q.marks):
            _check_span(text, span)
        if q.speaker is not None:
            for m in q.speaker.mentions:
                _check_span(text, m)
        for ensure_ascii in (True, False):
            back = quotes.Quote.from_dict(json.loads(json.dumps(q.to_dict(), ensure_ascii=ensure_ascii)))
            assert back == q, (back, q)
    extraction = quotes.Extraction(text, tuple(found))
    quotes.render_html(extraction)
    quotes.to_records(extraction)


def main(argv: list[str]) -> None:
    if atheris is None:
        # No fuzzer: replay the given files once each.
        for path in argv[1:]:
            with open(path, "rb") as fh:
                check_one(fh.read())
        return
    atheris.Setup(argv, check_one)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
