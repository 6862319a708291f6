"""The tag '"...," was all (that) X said': the subject of the verb of
speaking is the speaker (sieve ``noun-tag``, beside "was her answer")."""

from __future__ import annotations

from ..sieves.base import Attribution
from ..syntax.phrases import DETERMINERS, Tok, analyse
from ..syntax.words import AUX, END_PUNCT, SPEAKING_PRONOUNS

__all__ = ["all_said"]

#: Verbs of speaking that close the construction.
_ALL_SAID = frozenset("say said answer answered reply replied utter uttered whisper whispered murmur murmured stammer stammered".split())
#: Verbs that open its verb chain after a description ('was all the clerk managed to say').
_ALL_SAID_VERBS = frozenset("managed ventured dared cared wanted needed".split())


def all_said(toks: list[Tok], text: str, was: int, end: int) -> Attribution | None:
    """'"Good-bye, then!" was all that Clara managed to say', '"Not yet," was
    all he could say', '"No comment," was all the clerk would say': after
    ``toks[was]`` ("was") and "all" (and "that"), a name, a pronoun or a
    description, then at most three lower-case words ("could", "managed to")
    and a verb of speaking (``_ALL_SAID``) that closes the sentence; the
    subject is the speaker, or None when the words do not fit."""
    if toks[was].text.lower() != "was":
        return None
    k = was + 2 + (was + 2 < end and toks[was + 2].text.lower() == "that")
    j = k
    while j < end and j - k < 4 and toks[j].text[:1].isupper() and toks[j].text.isalpha():
        j += 1  # a name
    if j == k and k < end and toks[k].text.lower() in SPEAKING_PRONOUNS:
        j = k + 1
    elif j == k and k < end and toks[k].text.lower() in DETERMINERS:
        # (a description, up to its verb chain)
        j = next((x for x in range(k + 1, min(end, k + 5)) if toks[x].text in AUX or toks[x].text in _ALL_SAID or toks[x].text in _ALL_SAID_VERBS), k)
    for x in range(j, min(end, j + 4)):
        w = toks[x].text
        if not (w.isalpha() and w.islower()):
            return None
        if w in _ALL_SAID and (x + 1 >= end or toks[x + 1].text in END_PUNCT or toks[x + 1].text in {",", ";"}):
            m = analyse(toks[k:j], text) if j > k else None
            if m is None or m.kind not in {"name", "pronoun", "role"}:
                return None
            return Attribution(m, (toks[x].start, toks[x].end), None, "noun-tag", "speech")
    return None
