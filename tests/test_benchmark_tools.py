"""The benchmark helpers that read the library's internals still run.

``benchmarks/turn_ranker.py`` spies on :func:`quotes.conversation.converse`
with a copy of its signature; when the conversation model took a new
argument (the names each turn holds), the benchmark broke and nothing
said so. This runs it on a short invented exchange: its open turns, their
candidates and the rules' choice.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import turn_ranker  # noqa: E402

_TEXT = (
    "Nell Hart and Owen Pike walked down to the harbour in the rain.\n\n"
    "\"The boats are late,\" said Nell.\n\n"
    "\"They always are in March,\" said Owen.\n\n"
    "\"Not always.\"\n\n"
    "\"Often enough.\""
)


def _gold(text: str, quote: str, speaker: str) -> dict:
    start = text.index(quote)
    return {"start": start, "end": start + len(quote), "speaker": speaker}


def test_turn_ranker_reads_the_open_turns_of_an_exchange() -> None:
    doc = {
        "id": "invented",
        "text": _TEXT,
        "quotes": [
            _gold(_TEXT, "The boats are late,", "Nell Hart"),
            _gold(_TEXT, "They always are in March,", "Owen Pike"),
            _gold(_TEXT, "Not always.", "Nell Hart"),
            _gold(_TEXT, "Often enough.", "Owen Pike"),
        ],
    }
    turns = turn_ranker.labelled(doc)
    assert [_TEXT[t["start"] : t["end"]].strip('"') for t in turns] == ["Not always.", "Often enough."]
    for t in turns:
        names = [name for name, _ in t["cands"]]
        assert {"Nell Hart", "Owen Pike"} <= set(names)
        assert all(len(vec) == len(turn_ranker.FEATURES) for _, vec in t["cands"])
        assert t["rule_ok"]  # alternation from the two tagged lines
    w = turn_ranker.train(turns)
    assert all(turns[k]["ok"][turn_ranker.pick(w, turns[k])] for k in range(len(turns)))
