"""The HTML view: structure, escaping, colours and the overlap sweep."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

import quotes
from quotes.model import Quote, QuoteKind, Span, Speaker
from quotes.render import PALETTE, _Interval, _layout, render_fragment

ARTICLE = (
    "Finance Minister Ana Lindqvar met union leaders on Thursday.\n\n"
    "\u201cWe have listened for eighteen months,\u201d she said, "
    "\u201cand now it is time to decide.\u201d\n\n"
    '"Nobody here is against new cranes," Tomas Brennic told reporters.\n\n'
    "Talks will resume next week, the official said."
)

HOSTILE = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "</mark></div><style>body{display:none}</style>",
    "&amp; &lt;b&gt; \u2028 & < > ' \"",
]

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Tree(HTMLParser):
    """Collect elements (tag, attrs, text inside) and check that tags nest properly."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[dict] = []
        self.elements: list[dict] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        el = {"tag": tag, "attrs": dict(attrs), "text": []}
        self.elements.append(el)
        if tag not in VOID:
            self.stack.append(el)

    def handle_startendtag(self, tag, attrs):
        self.elements.append({"tag": tag, "attrs": dict(attrs), "text": []})

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1]["tag"] != tag:
            self.errors.append(f"unexpected </{tag}>")
            return
        self.stack.pop()

    def handle_data(self, data):
        for el in self.stack:
            el["text"].append(data)

    def with_class(self, name: str) -> list[dict]:
        return [e for e in self.elements if name in e["attrs"].get("class", "").split()]

    def text_of(self, el: dict) -> str:
        return "".join(el["text"])


def parse(page: str) -> Tree:
    tree = Tree()
    tree.feed(page)
    tree.close()
    assert not tree.errors, tree.errors
    assert not tree.stack, [e["tag"] for e in tree.stack]
    return tree


def article_text(tree: Tree) -> str:
    (article,) = tree.with_class("q-article")
    return tree.text_of(article)


def test_one_quote_element_per_quote_with_data_attributes():
    ex = quotes.analyze(ARTICLE)
    assert len(ex.quotes) >= 4
    tree = parse(quotes.render_html(ex))
    marks = tree.with_class("q-quote")
    assert len(marks) == len(ex.quotes)
    for i, (el, q) in enumerate(zip(marks, ex.quotes)):
        a = el["attrs"]
        assert a["data-quote-index"] == str(i)
        assert a["data-kind"] == q.kind.value
        assert a["data-speaker"] == (q.speaker.name if q.speaker else "")
        assert tree.text_of(el) == q.text
        if q.speaker is not None:
            assert q.speaker.name in a["title"]


def test_article_text_survives_exactly():
    ex = quotes.analyze(ARTICLE)
    tree = parse(quotes.render_html(ex))
    assert article_text(tree) == ARTICLE


def test_mentions_cues_and_addressees_are_marked():
    ex = quotes.analyze(ARTICLE)
    tree = parse(ex._repr_html_())
    mentions = {tree.text_of(e) for e in tree.with_class("q-mention")}
    cues = {tree.text_of(e) for e in tree.with_class("q-cue")}
    addressees = {tree.text_of(e) for e in tree.with_class("q-addressee")}
    assert {"she", "Tomas Brennic"} <= mentions
    assert {"said", "told"} <= cues
    assert "reporters" in addressees
    # The resolved name is on the mention's hover text.
    (she,) = [e for e in tree.with_class("q-mention") if tree.text_of(e) == "she"]
    assert "Ana Lindqvar" in she["attrs"]["title"]


def test_legend_and_table():
    ex = quotes.analyze(ARTICLE)
    tree = parse(quotes.render_html(ex))
    legend = [tree.text_of(e) for e in tree.with_class("q-legend-item")]
    assert any("Ana Lindqvar" in item for item in legend)
    assert any("Tomas Brennic" in item for item in legend)
    (table,) = tree.with_class("q-table")
    headers = [tree.text_of(e) for e in tree.elements if e["tag"] == "th"]
    assert headers == ["#", "kind", "speaker", "mention", "cue", "addressee", "confidence", "evidence", "text"]
    rows = [e for e in tree.elements if e["tag"] == "tr" and "data-quote-index" in e["attrs"]]
    assert len(rows) == len(ex.quotes)
    assert "cue-after-quote" in tree.text_of(table)


def test_colours_are_stable_per_speaker():
    ex = quotes.analyze(ARTICLE)
    tree = parse(quotes.render_html(ex))
    by_speaker: dict[str, set[str]] = {}
    for el in tree.with_class("q-quote"):
        slot = [c for c in el["attrs"]["class"].split() if c.startswith("q-s")]
        by_speaker.setdefault(el["attrs"]["data-speaker"], set()).update(slot)
    assert all(len(slots) == 1 for slots in by_speaker.values())
    named = [s for s in by_speaker if s]
    assert len({next(iter(by_speaker[s])) for s in named}) == len(named)
    # First speaker in the document gets the first palette colour, every time.
    first = ex.quotes[0].speaker.name
    assert by_speaker[first] == {"q-s0"}
    assert quotes.render_html(ex) == quotes.render_html(ex)
    assert PALETTE[0][1].lower() in quotes.render_html(ex).lower()


def test_many_speakers_never_share_a_look():
    text = " ".join(f'"Point number {i} stands," Speaker{chr(65 + i)} Voss{chr(65 + i)} said.' for i in range(12))
    qs = []
    for i in range(12):
        start = text.index(f"Point number {i} ")
        q_text = f"Point number {i} stands,"
        qs.append(Quote(q_text, start, start + len(q_text), speaker=Speaker(f"Person {i}")))
    tree = parse(quotes.render_html(text, qs))
    slots = [next(c for c in e["attrs"]["class"].split() if c.startswith("q-s")) for e in tree.with_class("q-quote")]
    assert len(set(slots)) == 12


@pytest.mark.parametrize("payload", HOSTILE)
def test_hostile_text_renders_as_text(payload):
    text = f"Ana Ruiz arrived. \u201c{payload} is here,\u201d Ana Ruiz said. Then {payload} again."
    ex = quotes.analyze(text)
    # Whatever the extractor makes of it, and with a quote placed right on the payload.
    start = text.index(payload)
    on_payload = Quote(payload, start, start + len(payload), speaker=Speaker("Ana Ruiz"))
    pages = [
        quotes.render_html(ex, title=payload),
        ex._repr_html_(),
        quotes.render_html(text, [on_payload], title=payload),
    ]
    for page in pages:
        tree = parse(page)
        tags = {e["tag"] for e in tree.elements}
        assert "script" not in tags and "img" not in tags
        assert sum(e["tag"] == "style" for e in tree.elements) == 1
        assert article_text(tree) == text  # the literal payload is visible text
        for el in tree.elements:
            assert not any(k.startswith("on") for k in el["attrs"])
    (q,) = parse(pages[-1]).with_class("q-quote")
    assert parse(pages[-1]).text_of(q) == payload


def test_hostile_speaker_name_is_escaped_in_attributes():
    payload = '"><img src=x onerror=alert(1)>'
    text = "We will win, she said."
    q = Quote("We will win", 0, 11, speaker=Speaker(payload, title="<script>alert(1)</script>"))
    page = quotes.render_html(text, [q], title="<script>x</script>")
    tree = parse(page)
    assert not [e for e in tree.elements if e["tag"] in {"script", "img"}]
    (mark,) = tree.with_class("q-quote")
    assert mark["attrs"]["data-speaker"] == payload
    assert payload in tree.text_of(tree.with_class("q-legend")[0])


def test_standalone_page_is_offline_and_script_free(tmp_path):
    target = tmp_path / "out.html"
    page = quotes.render_html(ARTICLE, path=target, title="Harbour")
    assert target.read_text(encoding="utf-8") == page
    assert page.startswith("<!DOCTYPE html>")
    low = page.lower()
    for forbidden in ("<script", "<link", "@import", "url(", "http://", "https://", "<iframe", "src="):
        assert forbidden not in low
    assert "content-security-policy" in low
    assert "<title>Harbour</title>" in page


def test_render_accepts_text_with_given_quotes_and_default_title():
    found = quotes.extract(ARTICLE)
    page = quotes.render_html(ARTICLE, found[:1])
    assert page.count('class="q-quote ') == 1
    assert "<title>Quotes</title>" in page
    page = quotes.render_html(quotes.analyze(ARTICLE, doc_id="d7"))
    assert "<title>Quotes \u2014 d7</title>" in page


def test_empty_and_quote_free_text():
    for text in ("", "No one said anything here."):
        tree = parse(quotes.render_html(text))
        assert not tree.with_class("q-quote")
        assert not tree.with_class("q-table")
        assert article_text(tree) == text


def test_bad_input_type():
    with pytest.raises(quotes.InputTypeError):
        quotes.render_html(b"bytes")  # type: ignore[arg-type]


def test_repr_html_is_a_scoped_fragment():
    frag = render_fragment(quotes.analyze(ARTICLE))
    assert frag.startswith('<div class="quotes-view"><style>')
    assert "<html" not in frag and "<body" not in frag
    assert "q-quote" in frag


# -- the sweep itself ----------------------------------------------------------


def _iv(start, end, rank, name):
    a = f'class="{name}"'
    return _Interval(start, end, rank, "span", a, f'class="{name}-cont"')


def test_layout_adjacent_spans():
    text = "said Smith today"
    out = _layout(text, [_iv(0, 4, 2, "cue"), _iv(5, 10, 2, "mention")])
    assert out == '<span class="cue">said</span> <span class="mention">Smith</span> today'


def test_layout_nested_and_shared_start():
    text = "abcdefgh"
    out = _layout(text, [_iv(2, 6, 0, "q"), _iv(2, 4, 1, "f")])
    assert out == 'ab<span class="q"><span class="f">cd</span>ef</span>gh'


def test_layout_crossing_spans_are_split_and_reopened():
    text = "0123456789"
    out = _layout(text, [_iv(1, 6, 0, "a"), _iv(4, 9, 2, "b")])
    assert out == '0<span class="a">123<span class="b">45</span></span><span class="b-cont">678</span>9'
    tree = parse(out)
    assert "".join(tree.text_of(e) for e in tree.with_class("a")) == "12345"


def test_layout_overlapping_quotes_keep_one_q_quote_each():
    text = "alpha beta gamma delta"
    qs = [
        Quote("alpha beta gamma", 0, 16, kind=QuoteKind.INDIRECT, cue=Span.of(text, 11, 16)),
        Quote("beta gamma delta", 6, 22),
    ]
    tree = parse(quotes.render_html(text, qs))
    assert [e["attrs"]["data-quote-index"] for e in tree.with_class("q-quote")] == ["0", "1"]
    assert article_text(tree) == text


def test_layout_ignores_empty_and_out_of_range_spans():
    text = "abc"
    out = _layout(text, [_iv(1, 1, 0, "empty"), _iv(2, 99, 0, "tail"), _iv(-5, 1, 0, "head")])
    assert out == '<span class="head">a</span>b<span class="tail">c</span>'


def test_other_mentions_of_a_speaker_are_marked():
    ex = quotes.analyze(ARTICLE)
    tree = parse(quotes.render_html(ex))
    coref = {tree.text_of(e): e["attrs"]["title"] for e in tree.with_class("q-coref")}
    assert "Ana Lindqvar" in coref.get("Finance Minister Ana Lindqvar", "")
