"""The demo article (``examples/article.txt``, our own invented text) is the
first thing a user sees: every quote in it is checked here by hand, kind and
speaker, beside the byte-for-byte pin in ``tests/pinned/article.json``.

Each expectation was read off the article by a person, not copied from the
output: the speaker is who said it as a reader judges it (a name; a
description only when the text never names the speaker).
"""

from __future__ import annotations

from pathlib import Path

import quotes

ARTICLE = Path(__file__).resolve().parents[1] / "examples" / "article.txt"

#: (kind, how the quote's text starts, speaker's name) for every quote, in order.
EXPECTED = [
    ("indirect", "No new money for the docks", "Ana Lindqvar"),
    ("indirect", "Aldermoor cannot wait another decade", "Oskar Vell"),
    ("indirect", "that the government would not add more money", "Ana Lindqvar"),
    ("direct", "The money that was promised", "Ana Lindqvar"),
    ("direct", "We have listened to the unions", "Ana Lindqvar"),
    ("direct", "and now it is time for everyone", "Ana Lindqvar"),
    ("indirect", "would cost up to 1,400 jobs", "Aldermoor Dockworkers' Federation"),
    ("mixed", "the plan as “reckless”", "Tomas Brennic"),
    ("mixed", "it had been drawn up “by people", "Tomas Brennic"),
    ("direct", "Nobody in this union is against new cranes", "Tomas Brennic"),
    ("direct", "We are against a plan", "Tomas Brennic"),
    ("direct", "When the minister came here in the autumn", "Tomas Brennic"),
    ("direct", "Now she tells us", "Tomas Brennic"),
    ("direct", "Our members have kept this port open", "Tomas Brennic"),
    ("direct", "They took pay freezes", "Tomas Brennic"),
    ("direct", "All we are asking", "Tomas Brennic"),
    ("indirect", "the city could not afford another delay", "Oskar Vell"),
    ("direct", "We lost half the fishing fleet", "Oskar Vell"),
    ("direct", "I don't intend to stand by", "Oskar Vell"),
    ("mixed", "that he would host both sides", "Oskar Vell"),
    ("indirect", "the automation plan would pay for itself", "Renata Sollis"),
    ("direct", "Nobody doubts that the port needs investment", "Renata Sollis"),
    ("direct", "The question is whether the savings", "Renata Sollis"),
    ("indirect", "the two sides remained far apart", "A senior ministry official"),
    ("indirect", "Talks will resume next week", "A senior ministry official"),
    ("mixed", "that the port deal would show", "Ana Lindqvar"),
    ("indirect", "whether the government would back down", None),
    ("direct", "We will not be held hostage", "Ana Lindqvar"),
    ("direct", "Not by the unions", "Ana Lindqvar"),
    ("indirect", "that it would keep all terminals open", "The port authority"),
    ("indirect", "Ships already at anchor outside the harbour", "Marta Ilves"),
    ("indirect", "the authority had asked freight companies", "Marta Ilves"),
]


def _found() -> list[quotes.Quote]:
    return quotes.extract(ARTICLE.read_text(encoding="utf-8"))


def test_every_quote_of_the_demo_article_is_right() -> None:
    got = [(q.kind.value, q.text, q.speaker.name if q.speaker else None) for q in _found()]
    assert len(got) == len(EXPECTED)
    for (kind, start, speaker), (gkind, gtext, gspeaker) in zip(EXPECTED, got):
        assert (gkind, gtext.startswith(start), gspeaker) == (kind, True, speaker), (start, gtext)


def test_an_anonymity_request_is_not_a_quote() -> None:
    """'who asked not to be named' reports nothing, and 'not' is nobody's name."""
    for q in _found():
        assert not q.text.startswith("not to be named")
        assert q.addressee is None or q.addressee.text != "not"


def test_a_description_never_named_is_an_organisation_of_its_own() -> None:
    """'The port authority said' is not the institute named earlier."""
    q = next(q for q in _found() if q.text.startswith("that it would keep all terminals open"))
    assert q.speaker is not None and q.speaker.kind == "organisation"
    assert "Institute" not in q.speaker.name


def test_an_appositive_name_after_a_description_speaks() -> None:
    q = next(q for q in _found() if q.text.startswith("Ships already at anchor"))
    assert q.speaker_mention is not None and q.speaker_mention.text == "Marta Ilves"
    assert q.addressee is not None and q.addressee.text == "the Harbour Wire"


def test_a_second_title_does_not_cut_off_the_first() -> None:
    text = "Leader of the Harbour Council Bishop Ines Varga met the envoy. \u201cWe welcome it,\u201d Varga said."
    q = quotes.extract(text)[0]
    assert q.speaker is not None and q.speaker.name == "Ines Varga"
    assert q.speaker.title == "Leader of the Harbour Council Bishop"
