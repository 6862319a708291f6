"""Inscriptions: words written on a thing (a banner, a sign, a plaque), which
quote no one. Helpers of the non-speech frames (:mod:`quotes.nonspeech`),
reason ``non-speech-label``.

A quoted span is an inscription when a thing written on and its verb of
reading stand right before the mark ("a banner reading", "placards that
read", "T-shirts printed with"), or when such a thing is the subject of the
sentence and a colon or a verb of reading comes right before the mark ("The
banner unfurled across the home end summed up the mood: "..."", "the yellow
notice zip-tied to its railings read "..."").
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from .syntax.words import QUOTE_ADVERBS, SUBORDINATORS, last_word

__all__ = ["carrier_after", "carrier_then_colon", "displayed", "inscription", "inscription_after", "lyrics", "marked_after"]

#: Things words are written on (a banner, a sign, a mug): the carriers of an inscription.
_CARRIERS = frozenset(
    "banner sign placard poster plaque billboard sticker badge t-shirt shirt mural headstone gravestone signpost noticeboard mug cap flag scarf scarves brochure leaflet flyer board chalkboard blackboard whiteboard menu label hoarding wall door tattoo sweatshirt hoodie tote bag cake wreath bench button pin flier card sash armband ribbon jersey apron hat jacket "
    "ticket tag notice sheet bedsheet packet packaging box carton wrapper sachet".split()
)
#: The verbs of reading of :data:`_INSCRIPTION`: a participle after a comma, a verb of reading or
#: bearing, a participle of marking (maybe with "with"); each list written
#: once, for the pattern and for the last words :func:`inscription` tests first.
_COMMA_READINGS = ("reading", "bearing", "saying", "headed", "headlined")
#: Finite verbs of saying a thing bears words with ("a sign warns "..."", "a poster promises "..."").
_SAYING = ("promises", "promised", "proclaims", "proclaimed", "announces", "announced", "warns", "warned")
_READINGS = ("reading", "reads", "read", "bearing", "bore", "bears", "bear", "saying", "said", "says", "headed", "headlined",
             "advertises", "advertised", *_SAYING)
_MARKINGS = ("printed", "emblazoned", "inscribed", "carved", "painted", "stamped", "embroidered", "stencilled", "stenciled", "scrawled")
#: "a banner reading", "placards that read", "a plaque bearing", "the sign at
#: each end reading", "T-shirts printed with", "brochures headed": the words
#: written on a thing (an inscription), right before the mark: a label, not
#: anyone's words (a statement or a letter "reading" is speech: not listed).
_INSCRIPTION = regex.compile(
    r"\b(?:" + "|".join(sorted(_CARRIERS, key=len, reverse=True)) + r""")s?                # a thing written on
        (?:\s+(?:at|on|in|above|outside|over|by|near|between|across|along|under|from|to|into|onto)\s+(?:[\p{L}\p{N}'\u2019\-]+\s+){0,3}?[\p{L}\p{N}\-]+)?  # ('at each end')
        (?:\s*,\s+(?:""" + "|".join(_COMMA_READINGS) + r""")\s*[:,]?              # ('lawn signs, reading "Fix It First,"': a participle after a comma)
          |\s+(?:that\s+|which\s+)?(?:(?:still|now|simply|just|also|only)\s+)?(?:""" + "|".join(_READINGS) + r"""
              |(?:""" + "|".join(_MARKINGS) + r""")(?:\s+with)?)
              (?:\s+(?:""" + "|".join(QUOTE_ADVERBS) + r"""))?                          # ('the sign says simply "Closed"')
              \s*[:,]?                                                              # what it reads
          |\s*[:\u2013\u2014])                                                              # or a colon or dash: 'on a poster: "…"', 'Their banners – "…"'
        \s*$
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.REVERSE,  # (matched from the end: it ends at the mark)
)
#: A finite "said"/"says" (or another verb of saying: "promises", "warns") ending an inscription's match (only a
#: thing that bears nothing but words "says": "the board announced" is a company's; a poster that "advertises" may be any carrier).
_SAID_END = regex.compile(r"\b(?:said|says|" + "|".join(_SAYING) + r")(?:\s+(?:" + "|".join(QUOTE_ADVERBS) + r"))?\s*[:,]?\s*$", regex.IGNORECASE)


#: The verbs of beginning or running on of :data:`_LYRICS` (written once, for it and for :data:`_LYRICS_LAST`).
_LYRIC_VERBS = ("begins", "began", "opens", "opened", "starts", "started", "ends", "ended", "goes", "went", "runs", "ran", "closes", "closed")

#: A song's or a poem's words: the piece (or a part of it) as the subject of a
#: verb of beginning or running on right before the mark ("The chorus of the
#: winning song begins", "The club's anthem goes:", "Her best-known hymn opens
#: with"): lyrics quote the piece, not a speaker. (A letter's or a speech's
#: opening words are its writer's: not listed.)
_LYRICS = regex.compile(
    r"""\b(?:chorus|choruses|verse|refrain|song|poem|hymn|anthem|lyrics?|jingle|ditty|rhyme|carol|lullaby|ballad)
        (?:\s+[\p{L}'\u2019\-]+){0,4}?                                 # ('of the winning song')
        \s+(?:""" + "|".join(_LYRIC_VERBS) + r""")(?:\s+with)?
        \s*[:,]?\s*$""",
    regex.VERBOSE | regex.IGNORECASE,
)


#: The last word of a match of :data:`_LYRICS` (before its colon or comma).
_LYRICS_LAST = frozenset((*_LYRIC_VERBS, "with"))
#: The last words of a match of :data:`_INSCRIPTION`, and its last characters.
_INSCRIPTION_LAST = frozenset((*_COMMA_READINGS, *_READINGS, *_MARKINGS, *QUOTE_ADVERBS, "with"))
_INSCRIPTION_LAST_MARKS = (":", "\u2013", "\u2014")


def lyrics(left: str) -> bool:
    """Is the span a piece's words, after its noun and a verb of beginning or running on (:data:`_LYRICS`)?"""
    return last_word(left, ":,").lower() in _LYRICS_LAST and _LYRICS.search(left) is not None


#: The nouns of a displayed text, and a verb of showing it right before them and the
#: mark ("terminals began displaying the message "...", "the screen flashed
#: the error "...""): words on a screen or a device, no one's speech.
_SHOWN_NOUNS = ("message", "messages", "error", "warning", "words", "text", "notice")
_DISPLAYED = regex.compile(
    r"""\b(?:display|displays|displayed|displaying|show|shows|showed|showing|flash|flashes|flashed|flashing)
        \s+(?:the|a|an)\s+(?:[\p{Ll}\-]{2,20}\s+){0,2}?(?:""" + "|".join(_SHOWN_NOUNS) + r""")\s*[:,]?\s*$""",
    regex.VERBOSE | regex.IGNORECASE | regex.REVERSE,
)


def displayed(left: str) -> bool:
    """A text shown on a screen or a device right before the mark (see :data:`_DISPLAYED`)."""
    return last_word(left, ":,").lower() in _SHOWN_NOUNS and _DISPLAYED.match(left) is not None


def inscription(left: str) -> bool:
    """A thing written on and its verb of reading right before the mark (see
    :data:`_INSCRIPTION`); a finite 'said' only after a thing that bears
    nothing but words ("the sign said"; "The board said" is a company's)."""
    # (A reverse pattern ending in $: an anchored match finds what a search
    # would, without trying every earlier end: 2.5 times faster.)
    if not left.rstrip().endswith(_INSCRIPTION_LAST_MARKS) and last_word(left, ":,").lower() not in _INSCRIPTION_LAST:
        return False  # (what every match ends in, tested first: see syntax.words.last_word)
    m = _INSCRIPTION.match(left)
    if m is None:
        return False
    if _SAID_END.search(m.group()):
        carrier = m.group().split()[0].lower()
        return carrier in _SAYING_CARRIERS or carrier[:-1] in _SAYING_CARRIERS
    return True


def carrier_then_colon(left: str, words_before_of: Callable[[], list[str]]) -> bool:
    """'The banner unfurled across the home end summed up the mood: "..."',
    'The card in the window says it all: "..."': a sentence whose subject is a
    thing written on (its head among the first words after a determiner),
    with a colon or a verb of reading right before the mark.
    *words_before_of*: reads the words of the sentence before the mark (called
    only past the first test: finding them is a regex scan, about 10 ms a
    PolNeAR pass over every quoted span)."""
    tail = left.rstrip()
    if not tail.endswith(":") and not (tail.endswith((*_READING_VERBS, ",")) and _READS.search(left)):
        return False
    words_before = words_before_of()
    wb = [w.lower() for w in words_before]
    if tail.endswith(":") and _written_on(wb):
        return True
    # The subject opens the sentence or the clause after its last ", and" / ";"
    # ('Rovers lost 2-0, and the banner unfurled before kick-off summed up the mood:').
    opens = [k + 1 for k, w in enumerate(wb[:-1]) if w == ";" or w == "," and wb[k + 1] in ("and", "but", "while")]
    start = opens[-1] if opens else 0
    dash = next((k for k, w in enumerate(wb[:6]) if w in ("\u2014", "\u2013")), None)
    if not opens and dash is not None:
        start = dash + 1  # past a dateline: "VELLA \u2014 The sign ... reads"
    while not opens and start + 1 < len(wb) and words_before[start].isupper() and len(words_before[start]) > 1:
        start += 1  # (a dateline whose dash is no word: "KELBY - When ...")
    if start and wb[start] in ("and", "but", "while"):
        start += 1
    if wb[start:start + 1] and (wb[start] in _OPENING_PREPOSITIONS or wb[start] in SUBORDINATORS) and "," in wb[start:]:
        # past an opening adverbial or subordinate clause: "Since March 2021, the
        # yellow notice ... read", "When the pier was fenced off, the notice ... read"
        start = wb.index(",", start) + 1
        if wb[start:start + 1] and wb[start] not in _CARRIER_DETERMINERS and "," in wb[start:]:
            start = wb.index(",", start) + 1  # and an appositive after it: "At the bakery, now run by her nephew, a card ... reads"
    elif wb[start:start + 1] and wb[start] in _OPENING_PREPOSITIONS:
        # a short adverbial with no comma: "On Saturday a homemade banner ... answered it:"
        start = next((x for x in range(start + 2, min(len(wb), start + 5)) if wb[x] in _CARRIER_DETERMINERS), start)
    words = wb[start : start + 6]
    if words and _plural_carrier(words[0]):
        # a bare plural: "Signs taped to the doors of the emergency department read"; not
        # when a relative holds the verb ("T-shirts appeared outside that said "...""): the
        # main clause is another's, and a relative's "said" may report
        return not any(w in ("that", "which", "who") for w in wb[start + 1 :])
    if not words or words[0] not in _CARRIER_DETERMINERS:
        return False
    for w in words[1:]:
        if w in _SUBJECT_CARRIERS or _plural_carrier(w):
            return True
        if not w.replace("-", "").isalpha():
            return False  # (the subject's words end at a comma or a mark)
    return False


def _plural_carrier(word: str) -> bool:
    """Is the lower-case *word* the plural of a subject carrier ("signs", "t-shirts")?"""
    return word.endswith("s") and word[:-1] in _SUBJECT_CARRIERS


#: Verbs of reading or bearing whose subject may be a thing written on ("the notice read").
_READING_VERBS = ("read", "reads", "said", "says", "bore", "bears")
#: One of them right before the mark, maybe with a comma or colon ('read', 'says,', 'bore').
#: (Searched from the end, REVERSE: every match ends there, and a forward search tried each earlier start.)
_READS = regex.compile(r"\b(?:" + "|".join(_READING_VERBS) + r")\s{0,2}[,:]?\s{0,2}$", regex.REVERSE)
#: Carriers that only bear words, as a sentence's subject ("The banner ... summed up
#: the mood:"; not "board", "label" or "cap": "The board said:" is a company's board).
_SUBJECT_CARRIERS = frozenset(
    "banner sign placard poster plaque billboard sticker noticeboard signpost notice card flag t-shirt mural headstone "
    "gravestone chalkboard blackboard whiteboard hoarding leaflet flyer flier brochure inscription caption sheet bedsheet".split()
)
#: Carriers whose finite "says"/"said" is their printed words: the subject
#: carriers and a product's packaging ("The redesigned bag says ..."; not
#: "label": a record label speaks). (Packaging is no subject carrier: "their
#: coats on the bench beside them, she went on:" has a person's colon.)
_SAYING_CARRIERS = _SUBJECT_CARRIERS | frozenset("bag packet packaging box carton wrapper sachet".split())
#: Prepositions that open an adverbial before the subject ("Since March 2021, the notice ...").
_OPENING_PREPOSITIONS = frozenset("since on in at by for after before during until outside inside above over".split())
#: Determiners that open a carrier subject ("The banner", "A sign", "Their placards").
_CARRIER_DETERMINERS = frozenset("the a an one this that these those their its his her our".split())


#: Verbs of putting words on a thing ("someone has spray-painted four words
#: ...:", "stitched with more affection than malice:", "had hung a banner
#: from the railing:"): before a colon, what follows is what was written.
_WRITING_ON = frozenset(
    "spray-painted hand-painted scrawled daubed chalked stencilled stenciled stitched embroidered "
    "carved engraved etched inscribed graffitied".split()
)
#: Verbs of putting up a carrier ("hung a banner", "put up a sign", "unfurled a flag").
_PUTTING_UP = frozenset("hung unfurled erected raised pinned taped nailed held waved".split())


def _written_on(wb: list[str]) -> bool:
    """Does the clause before a colon put words on a thing: a verb of
    writing on ("someone has spray-painted four words in capitals:"), or a
    verb of putting up a carrier with the carrier as its object ("had hung a
    banner from the railing:")? *wb*: the sentence's words, lower-cased."""
    for k, w in enumerate(wb):
        if w in _WRITING_ON:
            return True
        if w in _PUTTING_UP and any(x in _SUBJECT_CARRIERS or x.endswith("s") and x[:-1] in _SUBJECT_CARRIERS for x in wb[k + 1 : k + 4]):
            return True
    return False


#: An inverted verb of reading and its carrier right after the mark
#: ('"Closed until further notice," read the sign on the door', '«Fermé», read
#: a handwritten note taped to ...'): the carrier heads its noun phrase (a
#: preposition, a participle, a relative or the clause's end follows it: not
#: "the sign painter").
_READ_BY = regex.compile(
    r"""^\s{0,2}[,;:]?\s{0,2}(?P<verb>""" + "|".join(_READING_VERBS) + r""")\s+
        (?:the|a|an|one|another|this|that|its|their|his|her|our)\s+(?:[\p{Ll}\-]{2,20}\s+){0,2}?
        (?P<carrier>""" + "|".join(sorted(_CARRIERS | _SUBJECT_CARRIERS, key=len, reverse=True)) + r""")s?          # ("the freshly painted board": the carrier, past its modifiers)
        (?=\s*[.,;:!?]|\s*$|\s+(?:on|at|in|above|outside|over|by|near|under|from|across|along|that|which|taped|hung|pinned|nailed|stuck|painted|held|carried|fixed
                   |strung|draped|stretched|hanging|unfurled|displayed|erected|propped|raised|put|set)\b)""",
    regex.VERBOSE,
)


#: A carrier noun right after the closing mark, the span its label ('"Do Not
#: Swim" signs went up', '"No Cuts" placards'): one space, no punctuation.
#: Only things made to bear words: a word before "board", "card", "flag" or
#: "notice" is often someone's, quoted as a modifier ('the "spineless" board',
#: 'a "red" flag').
_LABEL_CARRIERS = frozenset("banner sign placard poster plaque billboard sticker signpost t-shirt mural hoarding leaflet flyer flier brochure".split())
_CARRIER_AFTER = regex.compile(r"[ \t](?:" + "|".join(sorted(_LABEL_CARRIERS, key=len, reverse=True)) + r")s?\b(?![\-\u2019'])")


def carrier_after(content: str, right: str) -> bool:
    """Does a carrier noun follow the mark right away, the span ending in no
    punctuation of its own ('"Do Not Swim" signs went up', also at a
    sentence's start, where speech stands)? A said sentence closes with a
    comma or a stop before its tag ('"We will win," officials said')."""
    return content[-1:].isalnum() and _CARRIER_AFTER.match(right) is not None


def inscription_after(right: str) -> bool:
    """A carrier after an inverted verb of reading right after the mark (see
    :data:`_READ_BY`); "said" and "says" only for a thing that bears nothing
    but words ("said the banner"; "said the board" is a company's)."""
    first = right[:12].replace(",", " ").replace(";", " ").replace(":", " ").split()
    if not first or first[0] not in _READING_VERBS:
        return False  # (the verb every match opens with, tested first)
    m = _READ_BY.match(right)
    if m is None:
        return False
    carrier = m.group("carrier").lower()
    if m.group("verb").startswith("sa"):
        return carrier in _SUBJECT_CARRIERS
    return True  # (the pattern names only carriers)


#: The auxiliaries of :data:`_MARKED_AFTER`: the simple ones, and those of the perfect ("has been").
_MARKED_AUX, _MARKED_PERFECT = ("is", "was", "are", "were"), ("has", "had", "have")
#: A passive verb of marking a surface and where, right after the closing
#: mark ('"Slow is smooth, smooth is fast", was painted above the door',
#: '"Bring them home", is carved into the harbour wall'): the words are cut,
#: painted or sewn on something, an inscription whoever first said them. (Not
#: "printed" or "written", whose "in every paper", "in his diary" publish or
#: record words someone said.)
_MARKED_AFTER = regex.compile(
    r"""^\s{0,2},?\s{1,2}(?:""" + "|".join(_MARKED_AUX) + r"""|(?:""" + "|".join(_MARKED_PERFECT) + r""")\s+been)\s+(?:now\s+|still\s+|also\s+|even\s+)?
        (?:carved|engraved|inscribed|etched|chiselled|chiseled|painted|spray-painted|stencilled|stenciled|embroidered|stitched
        |emblazoned|scrawled|daubed|chalked|tattooed)
        \s+(?:on|onto|into|in|above|across|over|along|beneath|below|under|around|inside|outside)\s""",
    regex.VERBOSE,
)


def marked_after(right: str) -> bool:
    """Is the span the subject of a passive verb of marking a surface (see :data:`_MARKED_AFTER`)?"""
    first = right[:12].lstrip(" ,").split(None, 1)
    return bool(first) and first[0] in _AUXILIARIES and _MARKED_AFTER.match(right) is not None


#: The auxiliaries :data:`_MARKED_AFTER` opens with (the first word, tested first; written once, above).
_AUXILIARIES = frozenset((*_MARKED_AUX, *_MARKED_PERFECT))
