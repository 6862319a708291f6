"""A ``stanza.Document`` as an :class:`~quotes.backends.base.Analysis`.

:func:`analysis_from_document` converts what a Document carries (it never runs
stanza): stanza's indices (1-based word ids, heads relative to the sentence,
coref mentions as sentence/word ranges) become character offsets into the
text here, at the boundary, so nothing downstream knows about stanza. A
Document without text (CoNLL-U) gets one rebuilt from its tokens' spacing.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import Any

from .base import Analysis, Entity, Token

__all__ = ["analysis_from_document"]

log = logging.getLogger("quotes")


#: UD's escapes in ``SpacesAfter=``/``SpacesBefore=`` (``\s`` space, ``\n`` ...).
_SPACE_ESCAPES = {"s": " ", "t": "\t", "n": "\n", "r": "\r", "p": "|", "\\": "\\"}
_ESCAPE = re.compile(r"\\(.)")


def _unescape_spaces(value: str) -> str:
    return _ESCAPE.sub(lambda m: _SPACE_ESCAPES.get(m.group(1), m.group(1)), value)


def _space_after(token: Any) -> str:
    """What follows *token* in the text: ``SpaceAfter=No`` -> "", ``SpacesAfter=\\n`` -> "\\n", else " "."""
    for misc in [getattr(token, "misc", None)] + [getattr(w, "misc", None) for w in token.words[-1:]]:
        for piece in (misc or "").split("|"):
            key, _, value = piece.partition("=")
            if key == "SpaceAfter" and value == "No":
                return ""
            if key == "SpacesAfter":
                return _unescape_spaces(value)
    spaces = getattr(token, "spaces_after", None)  # stanza >= 1.5 moves the MISC annotation here
    return spaces if isinstance(spaces, str) else " "


def _space_before(token: Any) -> str:
    for piece in (getattr(token, "misc", None) or "").split("|"):
        key, _, value = piece.partition("=")
        if key == "SpacesBefore":
            return _unescape_spaces(value)
    spaces = getattr(token, "spaces_before", None)
    return spaces if isinstance(spaces, str) else ""


def _starts_paragraph(sentence: Any) -> bool:
    """A ``# newpar`` comment (CoNLL-U's paragraph marker) on the sentence."""
    return any(str(c).lstrip("# ").startswith("newpar") for c in getattr(sentence, "comments", None) or ())


def _rebuild_text(doc: Any) -> tuple[str, list[list[tuple[int, int]]]]:
    """A text for a Document without one: tokens joined by their recorded spacing.

    Within a sentence each token is followed by its ``SpaceAfter``/
    ``SpacesAfter`` spacing (default one space). Between sentences the spacing
    after the last token is used when it says something other than one space
    (``SpacesAfter=\\n\\n``); a sentence with a ``# newpar`` comment starts a
    new paragraph (a blank line); otherwise one space separates sentences.
    """
    pieces: list[str] = []
    spans: list[list[tuple[int, int]]] = []
    pos = 0
    previous_after: str | None = None
    for sentence in doc.sentences:
        tokens = list(sentence.tokens)
        if not tokens:
            spans.append([])
            continue
        if previous_after is None:
            sep = _space_before(tokens[0])
        elif previous_after not in (" ", ""):
            sep = previous_after
        elif _starts_paragraph(sentence):
            sep = "\n\n"
        else:
            sep = _space_before(tokens[0]) or " "
        pieces.append(sep)
        pos += len(sep)
        sent_spans = []
        for i, token in enumerate(tokens):
            sent_spans.append((pos, pos + len(token.text)))
            pieces.append(token.text)
            pos += len(token.text)
            if i < len(tokens) - 1:
                gap = _space_after(token)
                pieces.append(gap)
                pos += len(gap)
        spans.append(sent_spans)
        previous_after = _space_after(tokens[-1])
    return "".join(pieces), spans


def _given_spans(doc: Any, text: str) -> list[list[tuple[int, int]]] | None:
    """Every token's (start_char, end_char), or None when any is missing or out of range."""
    out = []
    n = len(text)
    for sentence in doc.sentences:
        row = []
        for token in sentence.tokens:
            s, e = getattr(token, "start_char", None), getattr(token, "end_char", None)
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= n):
                return None
            row.append((s, e))
        out.append(row)
    return out


def _aligned_spans(doc: Any, text: str) -> list[list[tuple[int, int]]] | None:
    """Lay the tokens over *text* in order (only whitespace may lie between them), or None."""
    out = []
    pos = 0
    for sentence in doc.sentences:
        row = []
        for token in sentence.tokens:
            at = text.find(token.text, pos)
            if at < 0 or text[pos:at].strip():
                return None
            row.append((at, at + len(token.text)))
            pos = at + len(token.text)
        out.append(row)
    return out


def _word_spans(token: Any, span: tuple[int, int], text: str) -> list[tuple[int, int]]:
    """Offsets of the words of *token*: its own span for a single word.

    A multi-word token ("can't" -> "ca" + "n't") gives each word the offsets
    stanza set on it when they lie inside the token, else the pieces of the
    token that spell the words in order ("gonna" -> "gon" + "na"), else the
    token's offsets for every word ("del" -> "de" + "el" cannot be split).
    """
    words = list(token.words)
    if len(words) <= 1:
        return [span]
    s, e = span
    own = [(getattr(w, "start_char", None), getattr(w, "end_char", None)) for w in words]
    if all(isinstance(a, int) and isinstance(b, int) and s <= a <= b <= e for a, b in own) and all(
        text[a:b] == w.text for (a, b), w in zip(own, words)
    ):
        return own  # type: ignore[return-value]
    pattern = r"\s*".join(f"({re.escape(w.text or '')})" for w in words)
    m = re.fullmatch(pattern, text[s:e])
    if m:
        return [(s + m.start(i + 1), s + m.end(i + 1)) for i in range(len(words))]
    return [span] * len(words)


def _decode_bioes(tags: Sequence[str | None]) -> list[tuple[int, int, str]]:
    """Entity (first, last, type) token ranges from BIOES (or BIO) tags, as stanza decodes them."""
    out: list[tuple[int, int, str]] = []
    start: int | None = None
    kind = ""
    for i, tag in enumerate(tags):
        tag = tag or "O"
        prefix, _, label = tag.partition("-")
        if tag == "O" or not label:
            if start is not None:
                out.append((start, i - 1, kind))
            start = None
        elif prefix == "S":
            if start is not None:
                out.append((start, i - 1, kind))
            out.append((i, i, label))
            start = None
        elif prefix == "B" or start is None or label != kind:
            if start is not None:
                out.append((start, i - 1, kind))
            start, kind = i, label
            if prefix == "E":
                out.append((i, i, label))
                start = None
        elif prefix == "E":
            out.append((start, i, kind))
            start = None
        # "I" continues the open entity
    if start is not None:
        out.append((start, len(tags) - 1, kind))
    return out


def _text_and_spans(doc: Any) -> tuple[str, list[list[tuple[int, int]]]]:
    """The Document's text and every token's (start, end) in it, rebuilding the text when need be."""
    text = getattr(doc, "text", None)
    spans = None
    if isinstance(text, str):
        spans = _given_spans(doc, text) or _aligned_spans(doc, text)
        if spans is None:
            log.warning("stanza Document: tokens do not match doc.text; rebuilding the text from the tokens")
    if spans is None:
        text, spans = _rebuild_text(doc)
    assert isinstance(text, str)
    return text, spans


class _Words:
    """A Document's words as tokens of the Analysis, with what entities and chains need to find their spans.

    Built by :func:`_convert_words`, one sentence at a time.
    """

    __slots__ = ("has", "sentences", "tagged", "token_span", "tokens", "word_spans")

    def __init__(self) -> None:
        self.sentences: list[tuple[int, int]] = []
        self.tokens: list[Token] = []
        self.word_spans: list[list[tuple[int, int]]] = []  # per sentence, per word
        self.token_span: dict[int, tuple[int, int]] = {}  # id(stanza Token) -> span
        #: Which optional layers some word (or token) carries.
        self.has = dict.fromkeys(("lemma", "pos", "depparse", "ner", "coref"), False)
        #: Per sentence: its stanza tokens and their NER tags.
        self.tagged: list[tuple[list[Any], list[str | None]]] = []

    def add_sentence(self, sentence: Any, sent_spans: list[tuple[int, int]], text: str) -> None:
        """Append one stanza sentence whose tokens lie at *sent_spans* in *text*."""
        has = self.has
        base = len(self.tokens)
        n_words = len(sentence.words)
        row: list[tuple[int, int]] = []
        for token, span in zip(sentence.tokens, sent_spans):
            self.token_span[id(token)] = span
            ner = getattr(token, "ner", None)
            has["ner"] = has["ner"] or ner is not None
            for word, (s, e) in zip(token.words, _word_spans(token, span, text)):
                head_id = getattr(word, "head", None)
                deprel = getattr(word, "deprel", None)
                head = base + head_id - 1 if isinstance(head_id, int) and 0 < head_id <= n_words else -1
                has["lemma"] = has["lemma"] or word.lemma is not None
                has["pos"] = has["pos"] or word.upos is not None
                has["depparse"] = has["depparse"] or (head_id is not None and deprel is not None)
                has["coref"] = has["coref"] or getattr(word, "coref_chains", None) is not None
                self.tokens.append(Token(s, e, word.text, word.lemma, word.upos, head, deprel, ner))
                row.append((s, e))
        self.word_spans.append(row)
        if sent_spans:
            self.sentences.append((sent_spans[0][0], sent_spans[-1][1]))
        self.tagged.append((list(sentence.tokens), [getattr(t, "ner", None) for t in sentence.tokens]))


def _convert_words(doc: Any, spans: list[list[tuple[int, int]]], text: str) -> _Words:
    """Every word of *doc* as a :class:`Token`, its tokens at *spans* in *text*."""
    words = _Words()
    for sentence, sent_spans in zip(doc.sentences, spans):
        words.add_sentence(sentence, sent_spans, text)
    return words


def _entities(doc: Any, text: str, words: _Words) -> list[Entity]:
    """``doc.ents`` as character spans, or, when those were never built, the entities the NER tags spell."""
    entities: list[Entity] = []
    token_span = words.token_span
    for ent in getattr(doc, "ents", None) or ():
        ent_tokens = [t for t in getattr(ent, "tokens", ()) if id(t) in token_span]
        if ent_tokens:
            s, e = token_span[id(ent_tokens[0])][0], token_span[id(ent_tokens[-1])][1]
        else:
            s, e = getattr(ent, "start_char", None), getattr(ent, "end_char", None)
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                continue
        entities.append(Entity(s, e, ent.type))
    if not entities and words.has["ner"]:  # tags present, doc.ents never built
        for sent_tokens, tags in words.tagged:
            for first, last, label in _decode_bioes(tags):
                s, e = token_span[id(sent_tokens[first])][0], token_span[id(sent_tokens[last])][1]
                entities.append(Entity(s, e, label))
    return entities


def _chains(doc: Any, word_spans: list[list[tuple[int, int]]]) -> list[tuple[tuple[int, int], ...]]:
    """``doc.coref`` as chains of character spans; zero-anaphora mentions and empty chains are dropped."""
    chains: list[tuple[tuple[int, int], ...]] = []
    for chain in getattr(doc, "coref", None) or ():
        mentions = set()
        for mention in getattr(chain, "mentions", ()):
            si, a, b = mention.sentence, mention.start_word, mention.end_word
            if not (isinstance(a, int) and isinstance(b, int)) or not 0 <= si < len(word_spans):
                continue  # zero anaphora: (word_id, empty_index) tuples, no surface text
            words = word_spans[si]
            if 0 <= a < b <= len(words):
                mentions.add((words[a][0], words[b - 1][1]))
        if mentions:
            chains.append(tuple(sorted(mentions)))
    return chains


def analysis_from_document(doc: Any) -> Analysis:
    """Convert a ``stanza.Document`` into an :class:`Analysis` (never re-runs stanza).

    Uses the annotations the Document carries and its ``doc.text``:

    * ``sentences``: the span from each sentence's first token to its last;
    * ``tokens``: one :class:`Token` per *word* (a multi-word token such as
      "can't" gives two), with its lemma, UPOS, dependency head as an index
      into ``Analysis.tokens`` (stanza's 1-based ``word.head`` within the
      sentence; 0, the root, becomes -1), deprel, and its token's NER tag
      (BIOES, "S-PERSON");
    * ``entities``: ``doc.ents`` (or, when those were never built, the
      entities the NER tags spell);
    * ``chains``: ``doc.coref``; each mention (sentence, start_word,
      end_word exclusive, 0-based) becomes a character span; zero-anaphora
      mentions, which have no surface text, are dropped;
    * ``layers``: exactly the layers that are filled.

    A Document without ``text`` (``CoNLL.conll2doc`` without
    ``reconstruct_text=True``) gets one rebuilt from its tokens and their
    ``SpaceAfter=No``/``SpacesAfter`` annotations (sentences joined by one
    space, or a blank line before a ``# newpar`` sentence); the Analysis
    carries that text and every offset points into it. The same happens when
    ``doc.text`` is set but the tokens neither carry offsets nor can be laid
    over it.
    """
    text, spans = _text_and_spans(doc)
    words = _convert_words(doc, spans, text)
    entities = _entities(doc, text, words)
    chains = _chains(doc, words.word_spans)
    has = dict(words.has, coref=words.has["coref"] or bool(chains))
    layers = {"sentences", "tokens"} | {name for name, filled in has.items() if filled}
    return Analysis(
        text=text,
        sentences=tuple(words.sentences),
        tokens=tuple(words.tokens),
        entities=tuple(entities),
        chains=tuple(chains),
        layers=frozenset(layers),
        backend="stanza",
    )
