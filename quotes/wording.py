"""Words as words: quotation marks around a word or phrase that the sentence
mentions rather than uses (Chicago Manual of Style 7.63): "the term "soft
landing"", "a word economists use for this: "stagflation"", ""fiscal
headroom" is the gap between ...". Helpers of the non-speech frames
(:mod:`quotes.nonspeech`), reason ``non-speech-term``.

The wording a person chose is speech ('Ruiz used one word, "betrayal"', 'Ruiz
had a word for the plan: "reckless"'); a word that a generic group uses, or
that the writer glosses, is not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from . import lexicon
from .namers import FRAME_WORD as _WORD
from .namers import generic_subject, person_subject
from .syntax.words import BE, POSSESSIVE_DETERMINERS, PREPOSITIONS, VERB_PARTICLES, is_ly_adverb, last_word
from .titles import ARTICLES

if TYPE_CHECKING:
    from .nonspeech import FrameContext

__all__ = ["compound_label", "defined_term", "graded_label", "term_noun", "unsaid", "word_apposed", "word_for", "word_subject", "word_with_relative"]


#: "have a word for it: "...", "their name for the bend, "..."": a noun of naming
#: and what it names, right before the mark (maybe after a colon, comma or dash).
_WORD_FOR = regex.compile(
    r"""\b(?:a|the|their|its|his|her|our|own|no)\s+                     # a determiner
        (?:[\p{L}\-]{1,15}\s+)?                                         # maybe an adjective ('a new word')
        (?:word|name|term|phrase|nickname|expression)\s+               # the noun of naming,
        (?:(?P<rel>[\p{L}\-]{1,20}(?:\s+[\p{L}\-]{1,20})?)\s+(?:use|uses|used|coined|prefer|prefers)\s+)?  # maybe a relative ('economists use')
        for\s+                                                          # and 'for'
        (?:it|this|that|them|(?:the|a|an|this|such|their|its)(?:,?\s+[\p{L}\-]{1,20}){1,4}
           |[\p{L}\-]{1,20})                                            # what it names ('for boring')
        \s*[:,\u2014\u2013]?\s*$                                       # a colon, comma or dash, then the mark
    """,
    regex.VERBOSE,
)
#: The nouns of wording of :data:`_TERM_NOUN` after any determiner, and those after "the" or "a" only
#: (each list written once, for the pattern and for :data:`_TERM_NOUN_LAST`).
_TERM_NOUNS = ("term", "phrase", "expression", "slogan", "motto", "catchphrase", "buzzword", "hashtag", "nickname", "coinage", "tagline", "jargon",
               "title", "subtitle", "headline", "strapline", "theme", "name")
_WORDING_NOUNS = ("words", "inscription", "legend", "caption")
#: A noun of wording right before the mark, after any determiner and up to
#: two modifiers ("her private term", "the club's new motto", "the
#: inscription"): the words as words. ("his words" may introduce what someone
#: said: only "the" or "a" before it; "the subject line" may hold an email's words.)
_TERM_NOUN = regex.compile(
    r"""(?:\b(?:the|a|an|his|her|their|its|our|my|your|this|that|whose)|['\u2019]s?)\s+
        (?:[\p{Ll}\-]{2,20}\s+){0,2}
        (?:""" + "|".join(_TERM_NOUNS) + r""")  # (a work's or a page's: "This year's title: "…""; "already has a name: "…"")
        \s*:?\s*$                                                        # (not after a comma: "the charged term, "…"" may be quoted)
      | \b(?:the|a)\s+(?:[\p{Ll}\-]{2,20}\s+){0,2}(?:""" + "|".join(_WORDING_NOUNS) + r""")\s*:?\s*$
    """,
    regex.VERBOSE | regex.REVERSE,  # (matched from the end: it ends at the mark)
)
#: The last word of a match of :data:`_TERM_NOUN`.
_TERM_NOUN_LAST = frozenset(_TERM_NOUNS + _WORDING_NOUNS)
#: A singular noun of wording after a determiner or a possessor, maybe with "in question", then a comma, colon
#: or dash right before the mark: the word itself in apposition ("The word in
#: question, „Zwischending“,", "their own word, “smirr”, for", "a single
#: word: “provisional”"). ("words" is left out: "his words: …" introduces speech.)
_WORD_APPOSED = regex.compile(
    r"""(?:\b(?i:the|a|an|their|its|our|this|that|one)|['\u2019]s)\s+(?:[\p{Ll}\-]{2,20}\s+){0,2}
        (?:word|term|phrase|expression|nickname)(?:\s+in\s+question)?\s*[,:\u2014\u2013]\s*$
    """,
    regex.VERBOSE | regex.REVERSE,  # (matched from the end: it ends at the mark)
)
#: A definition right after a term: '"fiscal headroom" is the gap between
#: ...', '"stagflation" means ...', '"churn" refers to ...'.
_DEFINED_AS = regex.compile(r"\s{0,2}(?:(?:is|are|was)\s+(?:the|a|an)|means|refers\s+to|describes)\s")


def defined_term(ctx: FrameContext) -> str | None:
    """'A quick explainer: "fiscal headroom" is the gap between what the
    government borrows and its limit': a short lower-case span opening its
    sentence or after a colon, then a definition of it, is a word mentioned
    as a word (not after a cue: 'she said "not yet" was the answer'); so is
    a short lower-case span after ", meaning" (a level or a code explained)."""
    if len(ctx.words) > 4 or not ctx.content[:1].islower() or ctx.content[-1:] in ".!?,":
        return None
    if ctx.left.rstrip().endswith(("meaning", "means")) and _MEANING.search(ctx.left) is not None:  # (its last word first, in C)
        return "non-speech-term"  # ('its highest level, meaning "danger to life"': a label's meaning, glossed by the writer)
    if (g := _DASH_GERUND.match(ctx.right)) is not None and g.group(1) not in lexicon.cue_verbs():
        return "non-speech-term"  # ('pushed for "winter-proofing" — replacing tents with cabins —': a term its gloss explains)
    if not (ctx.sentence_initial or ctx.left.rstrip().endswith(":")):
        return None
    return "non-speech-term" if _DEFINED_AS.match(ctx.right) else None


#: A dash, then a gerund opening a gloss of the term before it (' — replacing tents with ...'); group 1, the gerund.
_DASH_GERUND = regex.compile(r"\s?(?:[\u2013\u2014]|--?)\s+(\p{Ll}+ing)\b")
#: A gloss of what a label means, set off by a comma or dash before the mark (", meaning", "— which means").
_MEANING = regex.compile(r"[,\u2013\u2014]\s{1,2}(?:meaning|which\s+means)\s*\Z")


#: A copula, then a noun of wording as its complement, right after a span
#: that opens its sentence: '"Resilience" was the word of the afternoon',
#: '"Maestro" is a nickname he never liked', '"Build it here" became the
#: campaign's slogan'.
_IS_A_WORD = regex.compile(
    r"""\s{1,2}(?:is|was|has\s+been|had\s+been|became|has\s+become|had\s+become|remains|remained)\s+  # the copula
        (?:(?:a|an|the|one|this|that|his|her|its|their|our)\s+|[\p{L}\-]+['\u2019]s?\s+)?            # a determiner or a possessor
        (?:[\p{Ll}\-]{2,20}\s+){0,2}                                                              # up to two modifiers
        (?:word|words|term|phrase|name|nickname|label|slogan|motto|buzzword|watchword|catchphrase|expression|mantra|refrain)\b
    """,
    regex.VERBOSE,
)


def word_subject(ctx: FrameContext) -> str | None:
    """'"Resilience" was the word of the afternoon', '"Maestro" is a nickname
    he never liked': a short span that opens its sentence (or follows a
    colon) and is the subject of a copula whose complement is a noun of
    wording is the word itself, capitalised or not (:func:`defined_term`
    reads the lower-case span a definition follows)."""
    if len(ctx.words) > 4 or ctx.content[-1:] in ".!?,":
        return None
    if not (ctx.sentence_initial or ctx.left.rstrip().endswith(":")):
        return None
    return "non-speech-term" if _IS_A_WORD.match(ctx.right) else None


def word_apposed(ctx: FrameContext) -> str | None:
    """'The word in question, „Zwischending“,', 'Fishermen have their own word,
    “smirr”, for ...': a word in apposition to a noun of wording; not when one
    person used it ('Ruiz used one word, "betrayal", ...' is his speech)."""
    m = _WORD_APPOSED.match(ctx.left) if len(ctx.words) <= 4 else None  # (reverse, ending in $: anchored, see inscription)
    if m is None:
        return None
    before = _WORD.findall(ctx.left[: m.start()])
    return None if person_subject(before[:-1]) or person_subject(before[:-2]) else "non-speech-term"


def word_for(ctx: FrameContext) -> str | None:
    """'Local bakers have a word for it: "the Sunday rush"': a generic subject's
    name for a thing ('Ruiz had a word for the plan: "reckless"' is speech)."""
    m = _WORD_FOR.search(ctx.left)
    if m is None or len(ctx.words) > 4:
        return None
    if m.group("rel"):  # 'a word economists use for this: "..."' is theirs, whoever says "there is"
        return "non-speech-term" if generic_subject(m.group("rel").split(), allow_det=True) else None
    before = _WORD.findall(ctx.left[: m.start()])
    if before and before[-1].lower() in ("use", "uses", "used", "coined"):
        before = before[:-1]
    return "non-speech-term" if generic_subject(before[-4:], allow_det=True) else None


def term_noun(ctx: FrameContext) -> str | None:
    """'the term "soft landing"', 'the club's new motto "..."': a noun of wording right before the mark (:data:`_TERM_NOUN`)."""
    if last_word(ctx.left, ":") not in _TERM_NOUN_LAST:
        return None  # (the word every match ends in, tested first)
    return "non-speech-term" if _TERM_NOUN.match(ctx.left) else None  # (reverse, ending in $: anchored, see inscriptions)


#: A noun of naming, a relative clause of up to eight words, then a dash or
#: a colon right before the mark ("a word people reach for with books like
#: this —", "a label they love for music like hers:"): group ``rel``, the clause.
_WORD_REL = regex.compile(
    r"""\b(?:a|an|the|one|their|its)\s+(?:[\p{Ll}\-]{2,20}\s+)?(?:word|term|label|name|nickname|phrase|expression)\s+
        (?P<rel>(?:[\p{L}'\u2019\-]+\s+){1,8}?[\p{L}'\u2019\-]+)\s*(?:[\u2014\u2013:]|-{1,2})\s*$""",
    regex.VERBOSE,
)
#: Subject pronouns of a generic relative ("a label they love"): generic when the sentence's subject is.
_GROUP_PRONOUNS = frozenset({"they", "we", "you"})


def word_with_relative(ctx: FrameContext) -> str | None:
    """'There's a word people reach for with books like this — "cli-fi"',
    'Critics have a label they love for music like hers: "yacht rock"': a
    noun of naming whose relative clause has a generic subject, then the
    term (at most three words). One person's word is speech ('Ruiz had a
    word she kept for days like this: "grim"')."""
    if len(ctx.words) > 3 or ctx.content[-1:] in ".!?," or ctx.left.rstrip()[-1:] not in ":\u2014\u2013-":
        return None
    m = _WORD_REL.search(ctx.left)
    if m is None:
        return None
    rel = m.group("rel").split()
    if rel[0].lower() in _GROUP_PRONOUNS:
        return "non-speech-term" if generic_subject(_WORD.findall(ctx.left[: m.start()])[-4:], allow_det=True) else None
    return "non-speech-term" if generic_subject(rel[:1], allow_det=True) else None


#: The forms of the verbs that name or describe a thing by a complement
#: ("call it a ...", "describe the fossil as a ...", "label", "brand", "term").
_NAMING_FORMS = frozenset(
    f"{stem}{end}" for stem, ends in (("call", ("", "s", "ed", "ing")), ("describ", ("e", "es", "ed", "ing")),
                                      ("label", ("", "s", "led", "ed", "ling", "ing")), ("brand", ("", "s", "ed", "ing")),
                                      ("term", ("", "s", "ed", "ing")), ("dub", ("", "s", "bed", "bing")))
    for end in ends
)
#: Words that end the search for the verb: a coordinator or a contrast opens another complement
#: ('would not call the bill a "compromise" but a "surrender"': the second is said).
_COMPLEMENT_BREAKS = frozenset("but rather instead than and or".split())
#: Adverbs between a negation and its verb ("would not even call", "has never once described").
_BETWEEN = frozenset("even ever once yet quite so".split())
#: Verbs that take the naming verb as what the subject will not do ("refused to call", "avoided calling").
_WITHHOLDING = frozenset(
    "refuse refuses refused refusing decline declines declined declining avoid avoids avoided avoiding "
    "reluctant unwilling loath hesitate hesitates hesitated hesitating resist resists resisted resisting".split()
)


def unsaid(ctx: FrameContext) -> str | None:
    """'Ostrander was careful not to describe the fossil as a "living fossil"',
    'stopped short of calling the slowdown a "recession"', 'warn against
    calling it a "cure"', 'refused to call it a "crisis"': the complement of a
    naming verb that the sentence says its subject does not use is a word
    mentioned, never anyone's words. (Inside a report the words stay its
    content: 'said she would not call it a "compromise"' is her clause.)"""
    wb = ctx.words_before
    if len(ctx.words) > 6 or not wb:
        return None
    k = _verb_before(wb, len(wb) - 1, _NAMING_FORMS, 8)  # (its object and "as" or an article between it and the mark)
    if k is None or k == len(wb) - 1 or k < 1:
        return None  # (the mark right after the verb: 'called "…"' is no complement of an object)
    before = [w.lower() for w in wb[max(0, k - 4) : k]]
    while len(before) > 1 and (before[-1] in _BETWEEN or before[-1].endswith("ly")):
        before.pop()  # 'would not even call', 'did not publicly describe'
    if before[-1] == "to" and len(before) > 1:
        before.pop()  # 'careful not to describe', 'refused to call'
    prev = before[-1]
    negated = len(before) > 1 and _negation(before[-2])  # ('did not hesitate to call it a "scandal"' calls it one)
    if prev in ("against", "without") or before[-2:] == ["short", "of"]:
        return "non-speech-term"  # 'warn against calling', 'without calling', 'stopped short of calling'
    if prev in _WITHHOLDING and not negated:
        return "non-speech-term"  # 'avoided calling', 'refused to call'
    return "non-speech-term" if _negation(prev) else None  # 'careful not to describe', 'never describes', "didn't call"


def _verb_before(wb: list[str], k: int, forms: frozenset[str], reach: int) -> int | None:
    """The index of the last of *forms* among the words *wb* from *k* back,
    within the last *reach* words, or None when punctuation or another
    complement ("but", "and") comes first: the verb's complement is not the
    span's then."""
    while k >= max(0, len(wb) - reach):
        w = wb[k].lower()
        if w in forms:
            return k
        if not w[:1].isalnum() or w in _COMPLEMENT_BREAKS:
            return None
        k -= 1
    return None


def _negation(word: str) -> bool:
    """ "not", "never" or a negated auxiliary ("didn't", "won't")."""
    return word in ("not", "never") or word.endswith(("n't", "n\u2019t"))


#: The forms of the verbs that give a thing a label by a complement, and of
#: those that need "as" before it (refer to ... as, describe ... as).
_LABEL_FORMS = _NAMING_FORMS | frozenset("refer refers referred referring".split())
#: Endings of adjectives (Biber et al. 1999, 7.2) and a few common evaluating
#: adjectives: 'a "cynical stunt"', 'a "historic breakthrough"', 'a "total
#: disaster"' evaluate; a noun before a noun ('a "memory pill"', 'a "weather
#: levy"') makes the compound that names a kind of thing.
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ant", "ent", "ish", "ary", "est", "ly", "ed")
_EVALUATING = frozenset(
    "big real total true great good bad huge complete utter absolute perfect pure sheer major grave proper "
    "new nice fine poor rare vast wild sick sad mad dire".split()
)
#: Possessive determiners and articles that stand outside the marks before a label.
_OUTSIDE = frozenset("a an the its their his her our".split())


def compound_label(ctx: FrameContext) -> str | None:
    """'Early reports that called the drug a "memory pill"', 'Many parents
    have called the scheme a "school tax"', 'what it called a "weather
    levy"', 'The plans describe the site as a "pocket park"': a label verb
    whose complement, its article outside the marks, is a compound of two or
    three lower-case words that names a kind of thing, and whose subject is
    no one person (a generic group, a document, an organisation's "it" in
    "what it called"). One person's label is their words ('Ruiz called the
    budget a "cynical stunt"'), and so is an evaluating adjective's
    ('Critics have called the plan a "cynical stunt"')."""
    words, wb = ctx.words, ctx.words_before
    if not 2 <= len(words) <= 3 or len(wb) < 3 or wb[-1].lower() not in _OUTSIDE:
        return None
    if not all(w.replace("-", "").isalpha() and w.islower() for w in words):
        return None
    first = words[0]
    if first in _EVALUATING or first.endswith(_ADJECTIVE_ENDINGS) and "-" not in first:
        return None
    k = _verb_before(wb, len(wb) - 2, _LABEL_FORMS, 9)  # (its object and "as" between it and the article)
    if k is None:
        return None
    if wb[k].lower().startswith(("refer", "describ")) and "as" not in (w.lower() for w in wb[k + 1 :]):
        return None  # ('referred to the report', 'described the scene': no label without "as")
    before = wb[:k]
    if before and before[-1].lower() in BE:
        return None  # a passive ('was described by Ruth Sande as a "bridge loan"'): the labeller is the agent, said or unknown
    while before and before[-1].lower() in ("that", "which", "have", "has", "had", "also", "already", "often", "simply", "long"):
        before = before[:-1]  # 'reports that called', 'parents have called'
    if not before:
        return None
    head = before[-1].lower()
    what_it = len(before) > 1 and before[-2].lower() == "what" and head in ("it", "they")
    roles = lexicon.roles()
    document = any(getattr(roles.get(w), "kind", None) == "doc" for w in (head, head[:-1] if head.endswith("s") else head))
    if what_it or document or generic_subject(before) and not person_subject(before):
        return "non-speech-name"
    return None


#: Words that may follow a complement: conjunctions and prepositions ('"the Biscuit Tin" since 1979').
_FOLLOWERS = frozenset("after against amid and at because before beyond but by during for from in into of on or over since than that through to under until when which while who with within without".split())
#: Adverbs that may follow a complement ('dubbed the stand "the Cauldron" even before it opens').
_ADVERB_FOLLOWERS = frozenset("again already also even ever now once rather still too".split())
#: Verbs that may follow a complement ending a subject ('What fans call "the Shed" is ...'): no noun it could modify.
_VERB_FOLLOWERS = frozenset("is was are were has have had will would can could may might must runs ran stands stood".split())
#: A dash standing alone right after the closing mark (' - ', ' – ', ' — ').
_DASH_AFTER = regex.compile(r"\s[-\u2013\u2014]\s")


def modifies_next(ctx: FrameContext, nxt: str) -> bool:
    """Could the span modify the lower-case word *nxt* right after it ('the
    "fraudulent" nomination', 'two "keep off the rocks" warnings')? Not when
    that word is a function word, a verb or an adverb ('"the Cauldron" even
    before it opens', 'the "slow decline" will continue'), nor when the span
    opens with its own determiner (no 'the "the Cauldron" stand'). Read by
    the naming frames of :mod:`quotes.nonspeech` and by :func:`attributive_compound`."""
    if not (nxt[:1].islower() and ctx.right[:1] == " ") or _DASH_AFTER.match(ctx.right):
        return False  # ('what engineers call "pinch points" - short stretches …': a gloss after a dash)
    if ctx.words[0].lower() in ARTICLES or ctx.words[0].lower() in POSSESSIVE_DETERMINERS:
        return False
    return not (nxt in _FOLLOWERS or nxt in lexicon.small_words() or nxt in _VERB_FOLLOWERS or nxt in _ADVERB_FOLLOWERS
                or is_ly_adverb(nxt))


#: Words before a quoted modifier that make it attributive: an article, a
#: possessive or a number ('two "keep off the rocks" warnings').
_ATTRIBUTIVE_BEFORE = _OUTSIDE | frozenset("two three four five six seven eight nine ten several some".split())
#: Words right after a span that are no noun it could modify, beyond :func:`modifies_next`'s followers ("where", "whose").
_NOT_A_NOUN = frozenset("whom whose where if".split())
#: Words that coordinate or grade a modifier: someone's evaluation ('the "reckless and cynical" plan', 'a "very bad" deal').
_GRADING = frozenset("and or but not very so too most more less quite really".split())


def attributive_compound(ctx: FrameContext) -> str | None:
    """'issued two "keep off the rocks" warnings', 'defended the "school run"
    exemption': a compound of two to four lower-case words between an
    article, a possessive or a number and the lower-case noun it modifies
    names a kind of that thing (a category, a scheme), whoever speaks in the
    sentence; an evaluating, graded or coordinated modifier ('a "perfect
    storm" scenario', 'the "reckless and cynical" plan') is someone's words."""
    words, wb = ctx.words, ctx.words_before
    if not 2 <= len(words) <= 4 or not wb or wb[-1].lower() not in _ATTRIBUTIVE_BEFORE and not wb[-1].isdigit():
        return None
    if not all(w.replace("-", "").isalpha() and w.islower() for w in words) or any(w in _GRADING or w in _EVALUATING for w in words):
        return None
    if any(w.endswith(_ADJECTIVE_ENDINGS) and "-" not in w and len(w) > 4 for w in words):
        return None  # ('a "deeply worrying" trend', 'a "full public" inquiry': evaluations)
    right = ctx.right
    nxt = ctx.words_after[0] if right[:1] == " " and ctx.words_after else ""
    if not nxt.isalpha() or not modifies_next(ctx, nxt) or nxt in _NOT_A_NOUN or nxt in PREPOSITIONS or nxt in VERB_PARTICLES or nxt in lexicon.pronouns() or (
            nxt in lexicon.cue_verbs() or nxt in BE or nxt.endswith(("ly", "ing"))):
        return None  # (the noun it modifies follows, not a preposition, a particle or a relative: 'a "crazy system" during ...', 'keep the "angry winter tides" out')
    return "non-speech-name"


#: Colours that code a level or a grade ('an "amber" warning', 'the "red" list').
_CODE_COLOURS = frozenset("red amber yellow orange green black white blue purple grey gray gold silver bronze platinum".split())
#: A noun of a level or a grade right after the closing mark ('"amber" warning', '"junk" status'; not 'status quo').
_GRADED_NOUN = regex.compile(r"\s{1,2}(warning|alert|level|list|zone|card|flag|status|rating|grade|category|tier|band)s?\b(?!\s+quo\b)")


def graded_label(ctx: FrameContext) -> str | None:
    """'issued an "amber" warning', 'cut to "junk" status': one word right
    before a noun of a level or grade names the level, not anyone's word: a
    colour code before any such noun, any lower-case word before "status",
    "rating" or "grade" ('a "reckless" plan' is someone's word: no such noun)."""
    if len(ctx.words) != 1 or (m := _GRADED_NOUN.match(ctx.right)) is None:
        return None
    w = ctx.words[0]
    if w.lower() in _CODE_COLOURS or w.isalpha() and w.islower() and m.group(1) in ("status", "rating", "grade"):
        return "non-speech-label"
    return None
