"""Where a reported clause ends: before ";", before a second report
(", adding that ...", "and added: ...", ", after the club confirmed that
..."), and before a contrast the narrator takes over (", but ...") unless
the speaker's own clause goes on. Split from :mod:`quotes.syntax.clauses`,
which reads where a clause starts and whether a token run is one.
"""

from __future__ import annotations

from ..syntax.words import BE, QUOTE_TOKEN, is_ly_adverb
from .boundaries import np_after
from .cues import Cue, cue_at
from .phrases import ADVERBS, DETERMINERS, Tok, is_cap

__all__ = ["clause_end"]


def clause_end(toks: list[Tok], k: int, end: int) -> int:
    """End a reported clause before ", but …" or ";" where the narrator takes over."""
    for x in range(k + 1, end):
        w = toks[x].text
        if w == ";" and x >= k + 3:
            return x  # (a shorter clause before ";" is no report)
        if w == "and" and x + 1 < end:  # (even right after a short object: "defended it and said …")
            cue = cue_at(toks, x + 1)
            if cue is not None and cue.mode == "speech" and "q" in cue.frames and (
                cue.tense in {"past", "3sg"} and not (cue.j < end and cue_at(toks, cue.j) is not None)  # "shootings and protests demands …": a noun
                or cue.tense == "ing" and cue.j < end and toks[cue.j].text.lower() in {",", ":", "that", QUOTE_TOKEN}
            ):
                return x  # '… was "fair" and added: "…"' / 'and asking, "…"': a second report starts
            if x > k + 2 and (toks[x + 1].text.lower() in DETERMINERS or is_cap(toks[x + 1].text)) and _subject_then_cue(toks, x + 1, end):
                return x - 1 if toks[x - 1].text == "," else x  # '…, and its leader, Edvard Mols, said …': another subject reports
        if x >= k + 2 and w in _TEMPORAL and _report_follows(toks, x + 1, end):  # (inside a clause: lower case)
            return x - 1 if toks[x - 1].text == "," else x  # '..., after the club confirmed that ...': a second source reports
        if x < k + 3:
            continue
        if w == "," and x + 2 < end and toks[x + 2].text.lower() in {"that", ",", ":", QUOTE_TOKEN}:
            cue = cue_at(toks, x + 1)
            if cue is not None and cue.tense == "ing" and cue.mode == "speech":
                return x  # '… was safe, adding that …': a participle opens a second report
        if w == "," and x + 1 < end and toks[x + 1].text.lower() in {"but", "while", "although", "though", "whereas"}:
            if toks[x + 1].text.lower() == "but" and _fragment_carries_on(toks, x + 2, end):
                continue  # '… A, but instead B is "…"': the contrast is the speaker's own
            if _contrast_goes_on(toks, x + 2, end):
                continue  # '... studying a fee, though it would need the approval ...': the speaker's own contrast
            return x
    return end


def _subject_then_cue(toks: list[Tok], y: int, end: int) -> bool:
    """A subject of its own at *y* (a noun phrase, maybe a name in apposition
    between commas) and a speech verb in the past or present right after it."""
    rng = np_after(toks, y, 6, end=end)
    if rng is None:
        return False
    z = rng[1]
    if z < end and toks[z].text == ",":
        z = next((x + 1 for x in range(z + 1, min(end, z + 7)) if toks[x].text == ","), end)
    return _finite_speech_cue(toks, z, end) is not None


def _finite_speech_cue(toks: list[Tok], z: int, end: int) -> Cue | None:
    """The speech verb in the past or present that starts at *z* ("said",
    "says"; not "saying", nor "believed": another mode), or None."""
    cue = cue_at(toks, z) if z < end else None
    return cue if cue is not None and cue.mode == "speech" and cue.tense in {"past", "3sg"} else None


#: Subordinators of time that may bring a second source's report into a
#: sentence ("X said A, after the club confirmed that B").
_TEMPORAL = frozenset({"after", "as", "before", "once", "since", "when"})
#: The subject pronouns that open such a clause (beside a determiner's noun
#: phrase or a name): the personal ones but "I".
_REPORT_SUBJECTS = frozenset("he she they we it".split())
_HAVE = frozenset({"has", "had", "have"})


def _report_follows(toks: list[Tok], y: int, end: int) -> bool:
    """Does a report of its own start at ``toks[y]``, after a subordinator of
    time: a subject ("the club", "Ruiz", "she"), a speech verb in the past or
    present with "that" within the next five tokens ("confirmed on Friday
    that")? "... would reopen after engineers had checked it" has no cue, and
    stays in the report before it."""
    if y >= end or not any(toks[x].text == "that" for x in range(y + 2, min(end, y + 14))):
        return False  # (no "that" in reach: no such report; the cheap test first, "as" is frequent)
    w = toks[y].text
    if w.lower() in _REPORT_SUBJECTS:
        z = y + 1
    else:
        if not (w.lower() in DETERMINERS or is_cap(w)):
            return False
        rng = np_after(toks, y, 5, end=end)
        if rng is None:
            return False
        # (the phrase may have taken the verb as a participle: "the ministry announced")
        z = rng[1] - 1 if rng[1] - 1 > y and cue_at(toks, rng[1] - 1) is not None else rng[1]
    while z < end and (toks[z].text.lower() in ADVERBS or toks[z].text.lower() in _HAVE or is_ly_adverb(toks[z].text)):
        z += 1  # ("after the club had formally confirmed that")
    if z < end and toks[z - 1].text.lower() in BE:
        return False  # "since the shortlist was announced": a passive names no source
    cue = _finite_speech_cue(toks, z, end)
    return cue is not None and any(toks[x].text.lower() == "that" for x in range(cue.j, min(end, cue.j + 5)))


def _fragment_carries_on(toks: list[Tok], k: int, end: int) -> bool:
    """The rest of a clause after ", but" holds a quoted fragment and no cue
    of its own (no new report, no narrator's comment)."""
    frag = False
    for x in range(k, end):
        w = toks[x].text
        if w == QUOTE_TOKEN:
            frag = True
        elif w in {";", ","} or cue_at(toks, x) is not None:
            return False
    return frag


#: Subjects that open the rest of a report after ", but" / ", though" ("..., but
#: the talks stalled", "..., though it would need ..."): a pronoun or a determiner.
_CONTRAST_SUBJECTS = frozenset({"it", "he", "she", "they", "we", "i", "there"})
#: How many tokens after the conjunction are searched for a cue of their own.
_CONTRAST_REACH = 40


def _contrast_goes_on(toks: list[Tok], y: int, end: int) -> bool:
    """Does a reported clause go on after ", but" / ", though" ... at
    ``toks[y]``? Yes when a clause with its own subject (a pronoun or a
    determiner's noun phrase: "..., but the talks stalled over the name",
    "..., though it would need the council's approval") follows and no cue of
    its own comes in it (", although its chairman told the meeting that ..."
    is a second report). A verb right after the conjunction (", but declined
    to say") is the narrator's: the sentence's subject did it."""
    if y >= end:
        return False
    w = toks[y].text.lower()
    if not (w in _CONTRAST_SUBJECTS or w in DETERMINERS):
        return False
    # (a bounded look-ahead: a sentence of thousands of ", but it" stays linear)
    return not any(cue_at(toks, x) is not None for x in range(y, min(end, y + _CONTRAST_REACH)))
