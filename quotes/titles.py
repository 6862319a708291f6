"""Titles of works: the title case of several languages, work nouns and
verbs around a quoted span, and parenthesised translations.

Split from :mod:`quotes.nonspeech`, which asks these rules (with its
naming and words-as-words rules) whether a quoted span is speech. A title
follows the AP Stylebook's "composition titles" and the Chicago Manual of
Style (8.154-8.195): quotation marks around the titles of books, films,
songs, programmes and works of art, which PARC 3.0 (Pareti 2016) leaves out
of attribution.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import regex

from . import lexicon
from .syntax.words import POSSESSIVE_DETERMINERS, POSSESSIVE_ENDINGS, TITLE_SMALL_WORDS, is_title_case

if TYPE_CHECKING:
    from .nonspeech import FrameContext

__all__ = ["ARTICLES", "DEFINITE", "FOREIGN_ARTICLES", "LABEL_NOUNS", "RECORD_IDIOM", "TRANSLATION", "artwork_part", "closed_off", "elided_article", "foreign_phrase", "foreign_small_words", "is_title_like", "label_noun_then_phrase", "named_fragments", "named_thing", "translated", "work_noun_end",
           "work_noun_with_complement", "work_title"]

#: The definite articles of several languages, and with them the indefinite English ones.
DEFINITE = frozenset("the l' l\u2019 el la le les lo il der die das het".split())
ARTICLES = DEFINITE | {"a", "an"}

#: Prepositions of a work noun's complement ('report to shareholders', 'study for the ministry').
WORK_PREPOSITIONS = frozenset("to for on of about from by into".split())

#: A parenthesised gloss right after the closing mark: ' ("House by the Lake")', ' (Grey Karl)'.
TRANSLATION = regex.compile(
    r"""\s{0,2}\(                              # an opening parenthesis
        [\"'\u201c\u2018\u201e\u00ab\u00bb\s]{0,3}  # maybe a quotation mark of its own
        [^()\n.!?]{1,60}                      # a short gloss with no sentence end
        \)                                    # its closing parenthesis
    """,
    regex.VERBOSE,
)

#: "on the record", "off the record", "for the record": the idioms, not a work noun.
RECORD_IDIOM = regex.compile(r"\b(?:on|off|for)\s+the\s+record\W{0,3}$", regex.IGNORECASE)

#: Auxiliaries and adverbs between a title and its work verb ('"X" will be published', '"X" was first staged').
_WORK_AUXILIARIES = frozenset(
    "will would was were is are has have had be been being first also later now originally soon finally eventually "
    "recently since then".split()
)


#: Small words of other languages that are English words too ("a", "am",
#: "die", "no", "per", "van"): they tell nothing of a phrase's language.
_ENGLISH_HOMOGRAPHS = frozenset("a am an as con d' den die do e i in l' na no o per um van y".split())


@functools.cache
def foreign_small_words() -> frozenset[str]:
    """The small words only another language than English has ("du",
    "della", "dem", "sur", "und"): ``small_words.txt`` less English's
    (:data:`TITLE_SMALL_WORDS`, as :func:`is_title_like` reads them) and
    less the ones English writes too. A phrase holding one, and no English
    small word, is in that language."""
    return lexicon.small_words() - TITLE_SMALL_WORDS - _ENGLISH_HOMOGRAPHS


def is_title_like(words: list[str]) -> bool:
    """Title case with the small words of several languages ("Salt Roads",
    "Der stille Hof" with a small word of its language, "Las horas del agua")."""
    letters = [w.strip("\"',;:()\u2018\u201c") for w in words]
    letters = [w for w in letters if w[:1].isalnum()]
    if not letters or not (letters[0][:1].isupper() or letters[0][:1].isdigit()) or len(letters) > 10:
        return False
    small = lexicon.small_words()
    lower = [w for w in letters[1:] if w[:1].islower()]
    if all(w in small for w in lower):
        return True
    # A title in a language that capitalises only its first word: a small
    # word of that language that English does not have ("del", "der", "stille").
    return len(letters) <= 6 and any(w.lower() in small and w.lower() not in TITLE_SMALL_WORDS for w in letters)


#: Articles of other languages that English does not have ("les", "il", "het",
#: "une"): a span they open is in that language, whatever its case.
FOREIGN_ARTICLES = DEFINITE - {"the", "die"} | frozenset("los las gli un une uno una den dem des ein eine een".split())  # ("die" is an English verb too)


def elided_article(word: str) -> bool:
    """A word opened by an elided article ("l'écho", "l\u2019Ouest")."""
    return word[:2] in ("l'", "l\u2019") and len(word) > 2


def foreign_phrase(words: list[str]) -> bool:
    """A short phrase opened by another language's article, in any case ("les
    fêtes du port", "il giornale del lago", "l'écho de la Lède"): in an English
    sentence, a name or a title, not a speaker's words."""
    first = words[0].lower() if words else ""
    return 2 <= len(words) <= 6 and (first in FOREIGN_ARTICLES or elided_article(first)) and not any(
        w[-1:] in ".!?" for w in words
    )


#: An apposition set off by commas right after the closing mark, then a
#: finite auxiliary or copula: the span and its apposition are the sentence's
#: subject ('"Code Red", the highest warning on the scale, was declared';
#: also a participle's phrase: '"Hedgerow Hours", first broadcast in 1974, was filmed'),
#: where a tag would have its verb right after the noun ('"Yes," the
#: minister said') and a second apposition a name ('the minister, Ana Ruiz, said').
_APPOSED_SUBJECT = regex.compile(
    r"^\s?,\s+(?:the|a|an|its|their"
    # or a participle's phrase ('"Hedgerow Hours", first broadcast in 1974, was filmed ...')
    r"|(?:first|originally|later|now)?\s*(?:\p{Ll}+ed|broadcast|written|built|shown|sung|drawn|made|run|set|begun|known|seen|sold|held|worn))"
    r"\s+[^,.;:!?\"\u201c\u201d\u00ab\u00bb\n]{1,90}?,\s+"
    r"(?:is|was|are|were|has|had|have|will|would|remains|remained)\s"
)


def work_title(ctx: FrameContext) -> str | None:
    """A work noun before ("the canvas, "X""), after ('the "Solvo" brand') or in
    apposition ('"X", the debut film of ...'), a work verb after ('"X" premiered'),
    or a role noun after a sentence-opening title ('"Salt Roads" director Ida ...').
    A phrase in another language counts as title case ('« les fêtes du port », the summer festival')."""
    title_like = ctx.title_like or foreign_phrase(ctx.words)
    if not title_like:
        return None  # (both readings below need title case: tested before reading the surroundings)
    nouns = lexicon.work_nouns()
    wb = [w.lower() for w in ctx.words_before]
    wa = [w.lower() for w in ctx.words_after]
    if len(ctx.words) <= 6 and ctx.words_after and wa[0] in nouns and ctx.right[:1] == " " and wb and wb[-1].isalpha() and title_like:
        return "non-speech-title"  # 'under the county's "Starter Keys" scheme'
    if wa and wa[0] in lexicon.roles() and ctx.right[:1] == " " and ctx.content[-1:].isalnum() and ctx.sentence_initial:
        return "non-speech-title"  # '"Salt Roads" director Ida Brenner said ...': the title modifies a role
    if ctx.right.startswith((" - ", " -- ")):
        wa = ["\u2014", *wa]  # ('"Rivers in Retreat" - the 90-page report ... -': a spaced hyphen is a dash)
    k = 1 if wa[:1] in (["\u2014"], ["\u2013"], [","], ["("]) else 0
    v = k
    while v < min(len(wa), k + 3) and wa[v] in _WORK_AUXILIARIES:
        v += 1  # '"X" will be published', '"X" was first staged'
    if len(wa) > v and wa[v] in lexicon.work_verbs() and (v == k or ctx.right[:1] == " "):
        return "non-speech-title"
    if len(wa) > k + 1 and k and wa[k] in ("a", "an", "the", "his", "her", "its", "their"):
        if any(w.rstrip(".,;:!?") in nouns for w in wa[k + 1 : k + 7]):
            return "non-speech-title"  # '"Salt Roads", the first feature of ...', '..., the local daily.'
    if ctx.content[-1:].isalnum() and len(ctx.words) <= 6 and _APPOSED_SUBJECT.match(ctx.right) and (
        ctx.sentence_initial or ctx.left.rstrip().endswith(("\u2014", "\u2013"))
    ):
        return "non-speech-name"  # 'OSLO — "Code Red", the highest warning on the agency's scale, was declared': the subject, named
    if k and (pos := _possessive_name(ctx.words_after, k)) > 0 and any(w in nouns or w in _OWN_WORK for w in wa[pos + 1 : pos + 6]):
        return "non-speech-title"  # '"The Orchard Lease", Ines Ferrant's second novel, ...', '..., Marlow's first full-length work'
    if 2 <= len(ctx.words) <= 6 and is_title_case(ctx.words) and (nxt := _NEXT_ITEM.match(ctx.right)) is not None and is_title_case(nxt.group(1).split()):
        return "non-speech-title"  # 'listed "Fjord Salmon Tartare," "Lamb with Rosemary" and ...': the first of a list of titles
    if len(wb) >= 4 and wb[-1] == "," and wb[-3:-1] == ["of", "which"] and any(
        w in nouns or w.endswith("s") and w[:-1] in nouns for w in wb[-10:-3]
    ):
        return "non-speech-title"  # '14 books, the best known of which, "Slugs at Dawn", has sold ...'
    return None


#: Nouns of someone's work, in apposition after a possessive name ('"X", Marlow's
#: first full-length work'); too general for the work nouns of ``works.txt``.
_OWN_WORK = frozenset(("work", "works"))
#: Right after a span's closing mark, the next span of a list: a comma maybe,
#: a space or two on the same line, an opening mark, then its content up to its closing mark.
_NEXT_ITEM = regex.compile(r",?[ \t]{1,2}[\u201c\"\u00ab\u201e\u2018]\s?(\p{Lu}[^\u201c\u201d\"\u00ab\u00bb\u2018\u2019\n]{0,60}?)[,.]?[\u201d\"\u00bb\u201c\u2019]")


def _possessive_name(words: list[str], k: int) -> int:
    """The index of a possessive name of at most three words opening an
    apposition at *k* ("Ines Ferrant's"), or -1."""
    for x in range(k, min(len(words), k + 3)):
        if not words[x][:1].isupper():
            return -1
        if words[x].endswith(POSSESSIVE_ENDINGS[:2]):
            return x
    return -1


def closed_off(right: str) -> bool:
    """Does an apposition close right after the span: a comma or a dash, maybe
    after a parenthesised gloss ('her memoir, "Rien ne se perd" (Nothing Is
    Lost), sold ...')?"""
    m = TRANSLATION.match(right)
    if m is not None:
        right = right[m.end() :]
    return right[:1] in (",", "\u2014", "\u2013") or right[:2] in (" \u2014", " \u2013")


def work_noun_end(words: list[str], nouns: frozenset[str]) -> bool:
    """Do *words* end with a work noun ('the album', 'her canvas') or an
    email's "subject line" (the line is a title there, not a line someone said)?"""
    last = words[-1].lower()
    return last in nouns or last == "line" and len(words) > 1 and words[-2].lower() == "subject"


def work_noun_with_complement(wb: list[str], nouns: frozenset[str]) -> bool:
    """'its report to shareholders', 'an annual study for the ministry': a work
    noun after a determiner (and at most two modifiers), then a preposition and
    at most three words, ending right before the comma that opens the title's
    apposition."""
    for k in range(len(wb) - 2, max(0, len(wb) - 6) - 1, -1):
        if wb[k] in nouns and any(w in ARTICLES or w in POSSESSIVE_DETERMINERS for w in wb[max(0, k - 3) : k]):
            tail = wb[k + 1 :]
            return 2 <= len(tail) <= 4 and tail[0] in WORK_PREPOSITIONS and all(w.isalnum() for w in tail)
    return False


def translated(ctx: FrameContext) -> str | None:
    """A span followed by a parenthesised translation: '"Haus am See" ("House by the Lake")'."""
    if len(ctx.words) > 8 or not ctx.words[0][:1].isalpha():
        return None
    m = TRANSLATION.match(ctx.right)
    if m is None:
        return None
    gloss = ctx.right[m.start() : m.end()].strip(" ()\"'\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb").split()
    if not gloss or len(gloss) > 8 or any(w.strip(",") in lexicon.cue_verbs() for w in gloss if w.islower()):
        return None  # ('"Vamos" (she said)'; a capitalised word is the title's: "(The Calm After the Storm)")
    if is_title_like(ctx.words) or ctx.words[-1][:1].isupper():
        return "non-speech-translation"
    # A sentence-case title ("Rien ne se perd") shows itself by its gloss, a
    # title in English title case ("(Nothing Is Lost)"); '"vagos" (layabouts)',
    # a speaker's word glossed in lower case, is still speech.
    if ctx.words[0][:1].isupper() and len(gloss) >= 2 and is_title_like(gloss) and sum(w[:1].isupper() for w in gloss) >= 2:
        return "non-speech-translation"
    return None


#: Nouns of a short label (a slogan, a motto, a nickname): what follows them
#: in apposition is the label, whatever its case ('the club's motto, "never
#: give the ball away",'); a title noun needs title case or a closing comma.
LABEL_NOUNS = frozenset("slogan motto tagline catchphrase hashtag mantra watchword nickname password caption chorus refrain strapline epigraph".split())

#: Works whose text is their author's art, not a statement ('the film's
#: closing line', 'the poem's last words'): what a part of one quotes is the
#: work's (a report's or a letter's lines are its writer's statement: not listed).
_ARTWORKS = frozenset(
    "film movie play musical opera song ballad hymn anthem poem novel novella book story series show sitcom drama episode script screenplay album track advert commercial trailer".split()
)
#: Parts of a work's text: "line", "words", "lyric" ...
_WORK_PARTS = frozenset("line lines words lyric lyrics verse couplet".split())


def artwork_part(wb: list[str]) -> bool:
    """Do *wb* (lower case) end with a part of an artwork's text after the
    work's possessive and at most two modifiers ('the film's closing line',
    'the play's best line', 'the poem's last words')? A span in apposition to
    it quotes the work (a person's "best line" is her own: no work's possessive)."""
    if not wb or wb[-1] not in _WORK_PARTS:
        return False
    for w in reversed(wb[-4:-1]):
        stem = w.removesuffix("'s").removesuffix("\u2019s")
        if stem != w:
            return stem in _ARTWORKS
        if not w.isalpha():
            return False
    return False


#: Prepositions that open a label noun's complement ('a nickname by the music press', 'the motto of the club').
_LABEL_COMPLEMENT_PREPOSITIONS = frozenset("by from among of for with in on at".split())


def label_noun_then_phrase(wb: list[str]) -> bool:
    """Does *wb* (lower case) end with a label noun and a short prepositional
    phrase after it ('given a nickname by the music press', 'the motto of
    the rowing club'): two to six words, the first a preposition, no
    punctuation?"""
    if not wb or not wb[-1].isalnum():
        return False
    for d in range(len(wb) - 3, max(-1, len(wb) - 8), -1):
        if wb[d] in LABEL_NOUNS:
            return wb[d + 1] in _LABEL_COMPLEMENT_PREPOSITIONS
        if not wb[d + 1].removesuffix("'s").removesuffix("\u2019s").replace("-", "").isalnum():
            return False
    return False


def named_thing(before: list[str]) -> bool:
    """Does *before* end with a common noun of a thing or place after a
    determiner and at most two modifiers ('her restaurant', 'the family's
    farm', 'the charity's free advice line'), not a person's or group's role
    ('the minister', 'the local residents': a document's or an
    organisation's noun may name a thing, 'the campaign's message') and not the object of a cue verb ('told
    the crowd')?"""
    if len(before) < 2 or not before[-1].isalpha() or not before[-1].islower():
        return False
    role = lexicon.roles().get(before[-1])
    if role is not None and role.kind not in ("doc", "org"):
        return False  # (an organisation's noun may name it too: 'at her restaurant, «La Table»,')
    for d in range(len(before) - 2, max(-1, len(before) - 5), -1):
        w = before[d]
        if w in ARTICLES or w in POSSESSIVE_DETERMINERS or w.endswith(("'s", "\u2019s")):
            return not (d > 0 and before[d - 1] in lexicon.cue_verbs())  # ('told the crowd, "We Will Win",')
        if not (w.replace("-", "").isalpha() and w.islower()) or w in lexicon.roles():
            return False  # (a modifier is a lower-case word, no verb's object noun of a person: 'told reporters')
    return False


def named_fragments(text: str, fragments: tuple[tuple[int, int], ...]) -> bool:
    """Are the quoted *fragments* of a mixed quote names rather than words:
    each of two words or more in title case, a phrase in another language, or
    glossed by a translation in brackets ('officially the «taxe de sentier»
    (path levy)')? With no one to speak them (the quote's only source a
    thing), such fragments make no report (:mod:`quotes.resolve`)."""
    return bool(fragments) and all(
        is_title_case(w := text[s:e].split()) and len(w) >= 2 or foreign_phrase(w) or TRANSLATION.match(text, _past_marks(text, e)) is not None
        for s, e in fragments
    )


#: Closing quotation marks (straight and curly, doubled in some corpora:
#: "''"), and the space French print sets inside guillemets ("yo »").
_CLOSING_MARKS = "\u201d\u00bb\u201c\"'\u2019 "


def _past_marks(text: str, pos: int) -> int:
    """*pos* past the closing marks of the fragment ending there (within four characters)."""
    k = pos
    while k < min(len(text), pos + 4) and text[k] in _CLOSING_MARKS:
        k += 1
    return k
