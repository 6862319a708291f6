"""Who names a thing: a generic group ("Fishermen call the reef ...", "what
traders call ...") or one person ("Ruiz called it ..."), read from the words
before a naming verb; and whether a full stop inside the closing mark is the
host sentence's (:func:`host_full_stop`). Helpers of the non-speech frames
(:mod:`quotes.nonspeech`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from . import lexicon
from .syntax.words import is_ly_adverb

__all__ = [
    "DEFINITE_GLOSS", "FRAME_WORD", "EPITHET_VERBS", "GENERIC_NOUNS", "INDEFINITE_APPOSITION", "NAME_APPOSITION_DASHED", "SUBJECT_SKIP", "WORD_APPOSITION",
    "generic_subject", "generic_term", "habitual_description", "head_before_modifier", "host_full_stop", "person_subject", "subject_end",
]

if TYPE_CHECKING:
    from .nonspeech import FrameContext

#: Naming verbs that, with one person as subject, give that person's epithet: speech.
EPITHET_VERBS = frozenset("call calls called calling dub dubs dubbed".split())
#: Verbs by which a person names or labels someone: the epithet verbs and
#: those of referring ("he referred to her as "the Devil."").
_LABELLING = EPITHET_VERBS | frozenset("referred refers refer described describes describe".split())

#: Words between a subject and its naming verb that say how or how often.
SUBJECT_SKIP = frozenset(
    "have has had often still now also locally affectionately sometimes simply usually here quickly already "
    "taken to like likes began begun started come came long widely privately jokingly "
    "loosely colloquially informally fondly popularly commonly routinely mockingly derisively unofficially wryly".split()
)
#: Nouns that stand for a generic group without a plural ending.
GENERIC_NOUNS = frozenset(
    "staff people everyone locals industry press media public trade crew police "
    "family community village town neighbourhood neighborhood household island valley parish".split()  # collectives
)
#: Prepositions that may post-modify a subject's head ("Workers at the depot", "Fans of the club").
SUBJECT_PREPOSITIONS = frozenset("at in of on from across around along".split())


#: "Economists describe the pattern as", "a trend that analysts describe as":
#: the present (habitual) 'describe', its object (or the relative's
#: antecedent) and 'as' right before the mark. With a generic subject and a
#: kind of thing described (``kind_nouns.txt``) the complement is the term
#: for that kind; "Critics describe the plan as "reckless"" evaluates, and
#: "Ruiz described ..." is one person's words.
_DESCRIBE_AS = regex.compile(r"\bdescribes?(?P<obj>(?:\s+[\p{L}\p{N}'\u2019\-]{1,30}){0,4}?)\s+as\s*$")
#: A word of a naming frame, or a comma, colon, parenthesis or dash: how the
#: non-speech frames (here, :mod:`quotes.nonspeech`, :mod:`quotes.wording`) split the text around a mark.
FRAME_WORD = _WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'\u2019.\-]{0,40}|[,;:()\u2014\u2013]")


def habitual_description(left: str) -> bool:
    """Does *left* (the text before a quoted term) end in a generic group's
    habitual "describe ... as" about a kind of thing: 'Economists describe
    the pattern as', 'a trend that analysts describe as'? See :data:`_DESCRIBE_AS`."""
    if not left.rstrip().endswith("as") or "describ" not in left:
        return False  # (a cheap test first: this is asked of every naming frame)
    m = _DESCRIBE_AS.search(left)
    if m is None:
        return False
    before = _WORD.findall(left[: m.start()])
    if not generic_subject(before):
        return False
    obj = [w.lower() for w in _WORD.findall(m.group("obj"))]
    if not obj:
        # no object: the kind is the antecedent of the relative that opens the subject
        rel = next((x for x in range(len(before) - 1, max(-1, len(before) - 5), -1) if before[x].lower() in ("that", "which")), None)
        obj = [before[rel - 1].lower()] if rel else []
    return bool(obj) and obj[-1] in lexicon.kind_nouns()


def subject_end(before_verb: list[str]) -> int:
    """The index of the subject's last word before the verb, past the words
    that say how or how often ("have", "often", "locally"); -1 if none."""
    j = len(before_verb) - 1
    while j >= 0 and before_verb[j].lower() in SUBJECT_SKIP:
        j -= 1
    if j > 0 and before_verb[j] == ",":
        # "Workers at the depot, a brick shed near the canal, called": past the apposition
        k = next((k for k in range(j - 1, max(-1, j - 12), -1) if before_verb[k] == ","), -1)
        if k > 0:
            j = k - 1
    return j


def person_subject(before_verb: list[str]) -> bool:
    """Is the subject right before the verb one person: a name ('Jacobs',
    'Ana Ruiz') or he, she, I, not a group ('Staff', 'the press', 'we')?"""
    j = subject_end(before_verb)
    if j < 0:
        return False
    w = before_verb[j]
    if w.lower() in ("he", "she", "i"):
        return True
    return w[:1].isupper() and w.isalpha() and w.lower() not in lexicon.pronouns() and not generic_subject(before_verb[: j + 1])


def generic_subject(before_verb: list[str], *, allow_det: bool = True) -> bool:
    """Is the subject right before the verb a generic group ('Fishermen', 'the
    industry', 'Former students', 'economists have taken to'), not a person?"""
    j = subject_end(before_verb)
    if j < 0:
        return False
    j = head_before_modifier(before_verb, j)
    w = before_verb[j]
    low = w.lower()
    if low in lexicon.pronouns() or not w.isalpha():
        return False
    first = j == 0 or not before_verb[j - 1].isalpha() or before_verb[j - 1].lower() in {"what", "that", "which", "who", "and"}
    det = j > 0 and before_verb[j - 1].lower() in {"the", "its", "your", "their", "our", "his", "her", "many", "some", "most", "former", "local"}
    if w[0].isupper() and not (first or det or j == 0):
        return False  # a name: 'what Ana Ruiz called'
    plural = low in GENERIC_NOUNS or (low.endswith("s") and not low.endswith(("ss", "us", "is"))) or low.endswith("men")
    return plural and (first or det or allow_det)


def head_before_modifier(words: list[str], j: int) -> int:
    """The subject's head when a short prepositional phrase post-modifies it
    ('Workers at the depot', 'Fans of the club'): the plural before the
    preposition, not the last noun; *j* itself otherwise."""
    for k in range(j - 1, max(0, j - 4) - 1, -1):
        low = words[k].lower()
        if not words[k].isalpha():
            return j
        if low in SUBJECT_PREPOSITIONS:
            head = k - 1
            if head >= 0 and words[head].isalpha() and (words[head][:1].islower() or head == 0) and (
                words[head].lower().endswith("s") or words[head].lower() in GENERIC_NOUNS
            ):
                return head
            return j
    return j


#: Opening quotation marks: the next sentence may open with a quote ('... known as "the Barn." "We came ...').
_OPENING_MARKS = "\"\u201c\u2018\u00ab\u201e\u2039'"


def host_full_stop(ctx: FrameContext) -> bool:
    """'a deal that fishermen still call "the Long Truce."': the host sentence's full stop inside the closing mark."""
    if not (ctx.content[-1:] == "." and ctx.content[-2:-1].isalpha() and len(ctx.words) <= 6 and not ctx.sentence_initial
            and (not ctx.right.strip() or ctx.right[:1] == "\n" or ctx.right[:1] == " " and ctx.right.lstrip().lstrip(_OPENING_MARKS)[:1].isupper())):
        return False
    wb = ctx.words_before  # ('Jacobs called Merkel "The Chancellor."': a named speaker's epithet stays said)
    k = next((x for x in range(len(wb) - 1, max(-1, len(wb) - 8), -1) if wb[x].lower() in _LABELLING), None)
    named = k == 1 and wb[0][:1].isupper() and not getattr(lexicon.roles().get(wb[0].lower()), "plural", False)
    return k is None or generic_subject(wb[:k]) and not named and not person_subject(wb[:k]) or "what" in (w.lower() for w in wb[max(0, k - 6) : k])


#: An apposition right after the span that calls it a word or a name ('"porch
#: soul", a label coined by ...', '"Fix Friday", the nickname staff gave ...').
WORD_APPOSITION = regex.compile(
    r"""^\s{0,2},\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{L}\-]{1,20}\s+){0,2}?
        (?:label|term|nickname|phrase|name|word|slogan|expression|moniker|coinage|euphemism|buzzword|catchphrase
        |brand|title|shorthand|epithet|tag|tagline|designation|classification|codename|acronym|misnomer)\b""",
    regex.VERBOSE,
)
#: A naming apposition between dashes right after the span ('"Les Veilleurs" –
#: the name the volunteers gave themselves –'); only nouns of names: '"backlog"
#: — the word chosen by Ruiz —' may still be Ruiz's word, quoted.
NAME_APPOSITION_DASHED = regex.compile(
    r"^\s?[-\u2013\u2014]\s+(?:a|the|its|their|his|her)\s+(?:[\p{L}\-]{1,20}\s+){0,2}?(?:name|nickname|moniker|label|brand)\b"
)
#: A definite apposition right after the span that glosses it, closed by a
#: relative, an "of" phrase or punctuation ('the « percebeiros », the barnacle
#: harvesters who ...', 'a « dugnad », the Norwegian tradition of ...'); not a
#: tag's subject (', the opposition leader, Ruth Calder, said': the caller
#: rejects a head that is a role noun).
DEFINITE_GLOSS = regex.compile(
    r"^\s{0,2},\s+the\s+(?:[\p{L}\-]{2,20}\s+){0,3}?(?P<head>[\p{Ll}\-]{3,20})(?:\s+(?:who|which|that|of|for|from|in|on|\p{Ll}{2,}ed)\b|\s*[,;.\u2014\u2013])"
)
#: An indefinite apposition right after the span ('the "bridge toll", a two-euro charge').
INDEFINITE_APPOSITION = regex.compile(r"^\s{0,2},\s+(?:a|an)\s+[\p{L}\p{N}]")


#: Adverbs between a naming verb's object and its name ("calls the glacier simply ...").
_OBJECT_ADVERBS = frozenset("simply just still now also often usually sometimes affectionately".split())


def thing_object(obj: list[str]) -> bool:
    """Is *obj*, the words between a naming verb and its name, a thing: a
    determiner, then words ending in a lower-case noun that is no person's
    role ("the glacier simply", "the Weissfeld glacier")? A thing's standing name is no one's
    words; a person's epithet ("calls Merkel "the Chancellor"") may be."""
    words = [w for w in obj if w.lower() not in _OBJECT_ADVERBS]
    return (
        2 <= len(words) <= 4 and words[0].lower() in _THING_DETERMINERS
        and all(w.isalpha() for w in words[1:]) and words[-1].islower() and words[-1] not in lexicon.roles()
    )


#: Determiners that open a thing's noun phrase as a naming verb's object.
_THING_DETERMINERS = frozenset("the this that these those its their our his her a an".split())


#: Verbs of talking about a term ("Managers talk about "deep work"").
_TERM_VERBS = regex.compile(
    r"""\b(?:talk|talks|speak|speaks|refer|refers|write|writes)   # a verb of talking, present tense
        \s+(?:about|of|to)\s*$                                    # its preposition right before the mark
    """,
    regex.VERBOSE,
)


def generic_term(ctx: FrameContext) -> str | None:
    """'Managers talk about "deep work"', 'Curators speak of "gallery fatigue"':
    a short lower-case term that a generic subject talks about (the pattern's
    last word tested first, in C: most spans need no lower-casing and scan)."""
    if len(ctx.words) > 3 or not all(w[:1].islower() for w in ctx.words) or not ctx.left.rstrip()[-5:].lower().endswith(("about", "of", "to")):
        return None
    m = _TERM_VERBS.search(ctx.left.lower())
    if m is None:
        return None
    before_verb = FRAME_WORD.findall(ctx.left[: m.start()])
    while before_verb and is_ly_adverb(before_verb[-1]):
        before_verb.pop()  # "Managers increasingly talk about": an adverb between the subject and its verb
    if len(before_verb) > 3 or not generic_subject(before_verb, allow_det=False):
        return None
    return "non-speech-term"
