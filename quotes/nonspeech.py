"""Span roles, the frames of non-speech: quotation marks that name, title or mention.

Asked by :mod:`quotes.roles` for every top-level quoted span before its
position is read. Each rule looks at the words around the marks (the
shallow syntax: word classes, the subject before a verb, title case) and
the word lists ``non_speech.txt``, ``works.txt`` and ``small_words.txt``,
and returns a ``non-speech-*`` reason or None.

The key distinction is naming versus evaluating (Quirk et al. 1985, 16.44,
object complements of *call*, *name*, *dub*): after a naming verb a quoted
noun phrase that names (a definite "the ...", a capitalised name, a short
term whose subject is generic) is no speech ("Fishermen call the reef "the
Teeth""), while an evaluative complement ("called it "a disgrace"",
"called the plan "reckless"") is the speaker's words. Titles of works (the AP
Stylebook's "composition titles") are read by :mod:`quotes.titles`; words
used as words follow the Chicago Manual of Style (7.63).
"""

from __future__ import annotations

import re

import regex

from . import lexicon
from .spans import QuotedSpan
from .syntax.words import POSSESSIVE_DETERMINERS, TITLE_SMALL_WORDS, is_ly_adverb
from .inscriptions import carrier_after, carrier_then_colon, displayed, inscription, inscription_after, lyrics, marked_after
from .lazy import once
from .namers import EPITHET_VERBS as _EPITHET_VERBS
from .namers import FRAME_WORD as _WORD
from .namers import DEFINITE_GLOSS, INDEFINITE_APPOSITION, NAME_APPOSITION_DASHED, WORD_APPOSITION, generic_subject, generic_term, habitual_description, host_full_stop, person_subject, thing_object
from .titles import ARTICLES as _ARTICLES
from .titles import DEFINITE as _DEFINITE
from .wording import attributive_compound, compound_label, modifies_next, defined_term, graded_label, term_noun, unsaid, word_apposed, word_for, word_subject, word_with_relative
from .titles import LABEL_NOUNS, RECORD_IDIOM, artwork_part, closed_off, elided_article, is_title_like, label_noun_then_phrase, named_thing, translated, work_noun_end, work_noun_with_complement, work_title

__all__ = ["FrameContext", "non_speech_frame"]

#: :data:`_WORD` for an ASCII string, where a letter is A-Z or a-z and a number
#: 0-9: the same matches without a property look-up per character (twice as fast).
_ASCII_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'.\-]{0,40}|[,;:()]")
#: The reasons a later quoted span can inherit: the items of a list of words, a title's gloss, a label's end ("from "A" to "B"").
_INHERITED = frozenset({"non-speech-term", "non-speech-list", "non-speech-title", "non-speech-name", "non-speech-translation",
                        "non-speech-label"})
#: Superlatives without the -est ending, and nouns and adjectives that only look like one.
_SUPERLATIVES = frozenset("worst best most least only".split())
_EST_NOUNS = frozenset("conquest contest forest harvest honest interest midwest modest protest request suggest".split())
#: Words that cannot stand between a naming verb and its complement ('called for', 'calls to end').
_NOT_OBJECT = frozenset("for to on upon with by at in from into that which who out off up".split())
#: Present-tense and habitual forms of the naming verbs ("Fishermen call", "have taken to calling").
_NAMING_PRESENT = frozenset("call calls calling dub dubs nickname nicknames".split())
#: Naming verbs that only name (never evaluate): their perfect is a standing name ("what islanders have dubbed").
_PURE_NAMING = frozenset("dubbed nicknamed christened".split())
#: Past forms: a capitalised or definite complement still names ("Staff called it "the ladder"").
_NAMING_PAST = frozenset("called dubbed nicknamed named christened renamed labelled labeled branded".split())
#: The possessive ending of a word ("premier's", "members'").
_POSSESSIVE_END = regex.compile(r"['\u2019]s?\Z")
#: A naming parenthesis right after the span, its subject a generic lower-case noun: ', as fans call
#: him', ', as locals know it' (not ', as he called it': a person's own word for it, speech).
_AS_THEY_CALL = regex.compile(
    r",?\s+as\s+(?!(?:he|she|i|we|you)\b)(?:\p{Ll}\S*\s+){1,3}?(?:call|calls|called|know|knows|knew|dub|dubs|nickname)\s+"
    # the object: a pronoun, or a definite noun phrase up to the aside's end
    # (', as many locals still call the quarry,')
    r"(?:(?:him|her|it|them)\b|(?:the|this|that|its|their)(?:\s+\p{Ll}[\p{L}'\u2019\-]*){1,4}(?=\s*[,;.)\u2013\u2014]|\s-\s))"
    # or the passive: ', as the old ground is known,', ', as he is affectionately known'
    r"|,?\s+as\s+(?:(?:the|this|that|its|their)(?:\s+[\p{Ll}\p{N}][\p{L}\p{N}'\u2019\-]*){1,3}|he|she|it|they"
    r"|\p{Lu}[\p{L}'\u2019\-]*(?:\s+\p{Lu}[\p{L}'\u2019\-]*){0,2})\s+(?:is|was|are|were|has\s+been|had\s+been|became)"  # (or a name: ', as Rovers are known,')
    r"\s+(?:\p{Ll}+ly\s+|still\s+|now\s+|also\s+)?(?:known|called|nicknamed|dubbed)\b"
)
#: A change of category: a verb of change, its object, then "from" or "to"
#: right before the mark ('raised the warning from "yellow"', 'cut its rating
#: to "junk"', 'changes the land's designation from agricultural to "R-2
#: residential"'): the quoted words are a label, not anyone's words.
_CHANGE_TO = regex.compile(
    r"""\b(?:raised?|raises|lowered|lowers?|cut|cuts|changed?|changes|moved?|moves|upgraded?|upgrades|downgraded?
        |downgrades|revised?|revises|rezoned?|rezones|reclassified|reclassif(?:y|ies)|switched|switch(?:es)?
        |lifted|lifts?|shifted|shifts?|converted|converts?)\b                                      # a verb of change
                                                         # (not 'reduced to', an evaluation: 'reduced to "taunts"')
        (?:\s+[\p{L}\p{N}'\u2019\-]{1,30}){0,6}?                                                  # its object
        \s+(?:from|to|into)\s*$                                                                     # the preposition
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.REVERSE,  # (matched from the end: it ends at the mark, see inscription)
)
#: A numbered level of a scale and a comma ('at level 3 on a five-point scale, "..."'): its name may follow.
_LEVEL_BEFORE = regex.compile(r"\b(?:level|stage|category|grade|tier|phase|band)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b"
                           r"[^,;.!?\"\u201c\u201d\u00ab\u00bb]{0,40},\s*$", regex.IGNORECASE | regex.REVERSE)  # (its scale, then the comma)
#: Words that make a span a clause, not a level's name ('"which is remarkable"').
_CLAUSE_WORDS = frozenset("which that who is was are were be been has have had will would not no".split())
#: "known [to the dockers who sat for her / locally] as": up to eight words
#: between "known" and "as", the first of them not "for" ('known for ... as').
_KNOWN_AS = regex.compile(
    r"""\b[Kk]nown(?!\s+for\b)                                         # 'known', not 'known for' (or 'Known' opening a sentence)
        (?:\s+(?!as\b)[\p{L}\p{N}'\u2019\-]{1,30}){0,8}?                 # a few words ('to islanders', 'locally')
        \s+as(?:\s+the)?\s*$                                          # 'as', maybe 'the' outside the marks
    """,
    regex.VERBOSE,
)
#: "Locals know the crossroads (simply) as", "staff refer to the archive as": a
#: verb of naming with its object, then "as" right before the mark. Group
#: ``verb`` tells which: knowing something as a name always names; referring
#: to something as a phrase names only with a naming complement ("as "Zone
#: B"", not "as "thugs""); filing something as a category ("recorded the
#: payments as "advisory costs"", group ``label``) always labels.
_VERB_AS = regex.compile(
    r"""\b(?P<verb>know|knows|knew|remember|remembers|remembered|refer\s+to|refers\s+to|referred\s+to|referring\s+to   # the verb (and its 'to'),
        |(?P<label>record|records|recorded|list|lists|listed|classify|classifies|classified|class|classed|register
        |registers|registered|file|files|filed|book|books|booked|log|logs|logged|enter|enters|entered|categorise
        |categorised|categorize|categorized|catalogue|catalogued|catalog|cataloged))  # or a verb of filing under a label
        (?P<object>(?:\s+[\p{L}\p{N}'\u2019\-]{1,30}){0,6}?)          # its object, up to six words (none: a relative's gap)
        \s+as(?:\s+the)?\s*$                                          # 'as', maybe 'the' outside the marks
    """,
    regex.VERBOSE,
)
#: A noun of naming right after the closing mark ('the "Smart Swap" name', 'its "Crisp Tide" brand'): the span names.
_NAME_NOUN_AFTER = regex.compile(r"\s*(?:name|brand|label|logo|trademark|moniker|nickname|hashtag|motto|tagline)\b")
#: A code: capitals and digits, at least one digit, no word ("VH-22", "0322",
#: "M25", "A4"): a model number, a date code, a road or a size, never anyone's words.
_CODE = regex.compile(r"(?=\S*\d)[\p{Lu}\p{N}][\p{Lu}\p{N}\-/.]{0,15}")
#: A hashtag ("#CurseOff"): a label to find posts by, never anyone's words.
_HASHTAG = regex.compile(r"#[\p{L}\p{N}_]+")
#: A gloss between a quoted name and its translation: '„Frau Deckel“ — roughly, „Mrs Lid“', '"la Digue", or "the Dyke"'.
_GLOSS_GAP = regex.compile(r"\s{0,2}(?:[,\u2014\u2013]\s{0,2})?(?:roughly|literally|loosely|meaning|or)\s{0,2}[,:]?\s{0,2}")
#: A bare dash between a quoted name, title or sign and its gloss ('«Zurück um zwölf» — «Back at twelve»').
_DASH_GAP = regex.compile(r"\s{1,2}[\u2013\u2014]\s{1,2}|\s{1,2}-{1,2}\s{1,2}")
#: The reasons of a span whose gloss after a bare dash is a translation, and what may follow that gloss (its sentence's end).
_GLOSSED = frozenset({"non-speech-name", "non-speech-title", "non-speech-translation", "non-speech-label"})
_GLOSS_ENDS = frozenset(".;)\n") | {""}
#: "and" or "or" with at most a short adverbial between commas ('" and, more pointedly, "'): the next item of a list of names;
#: the first item's gloss in parentheses may come between ('« ... » (no ferry, no life) and, more bluntly, « ... »').
_COORD_GAP = regex.compile(r"(?:\s{0,2}\([^()\n]{1,60}\))?\s{0,2},?\s{0,2}(?:and|or)(?:\s{0,2},\s{0,2}(?:[\p{Ll}\-]{2,20}\s{1,2}){0,2}[\p{Ll}\-]{2,20}\s{0,2},)?\s{0,2}")
#: What may stand between the items of a quoted list: '", "', '" and "', '", preferring "'.
_LIST_GAP = regex.compile(
    r"""^[\s,]{0,3}(?:(?:and|or|nor|not|but|then|and\ even|or\ even)\b[\s,]{0,3})?  # a comma or a conjunction
        (?:(?:on|at)\ (?:one|another)\ (?:occasion|point)[\s,]{0,3})?               # 'on one occasion,'
        (?:(?:once|twice|later|sometimes|occasionally|even)[\s,]{0,3})?                 # 'once,'
        $
        | (?:preferring|rather\ than|instead\ of|in\ favour\ of|in\ favor\ of|replacing)\s*$  # 'preferring "savings"'
    """,
    regex.VERBOSE,
)


class FrameContext:
    """The text around one quoted span, as the frame rules read it (the
    surroundings are read only when a rule asks: most spans are whole
    sentences that the first test settles)."""

    def __init__(self, text: str, q: QuotedSpan, sent_start: int, words: list[str]) -> None:
        self.text = text
        self.q = q
        self.content = text[q.start : q.end]
        #: The words of the content (``content.split()``), which the caller has split already.
        self.words = words
        #: The text of the sentence before the mark (at most 160 characters):
        #: every span's first tests read it.
        self.left = text[max(sent_start, q.open_start - 160) : q.open_start]

    # (The lazy fields are `once`, not cached_property: its lock on each first
    # read cost about 2 ms a PolNeAR pass, over some 13,000 first reads.)
    @once
    def words_before(self) -> list[str]:
        return (_ASCII_WORD if self.left.isascii() else _WORD).findall(self.left)

    @once
    def sentence_initial(self) -> bool:
        return not self.left.strip()

    @once
    def right(self) -> str:
        close = self.q.close_end if self.q.close_end >= 0 else self.q.end
        return self.text[close : close + 80]

    @once
    def title_like(self) -> bool:
        return is_title_like(self.words)

    @once
    def words_after(self) -> list[str]:
        return _WORD.findall(self.right)


def non_speech_frame(ctx: FrameContext, prev: tuple[QuotedSpan, str] | None) -> str | None:
    """The ``non-speech-*`` reason the frame around the span gives, or None."""
    if _after_work_noun(ctx):
        return "non-speech-title"
    if _HASHTAG.fullmatch(ctx.content) or len(ctx.content) <= 16 and _CODE.fullmatch(ctx.content):  # (a code has 16 characters at most)
        return "non-speech-label"
    if len(ctx.words) <= 5 and _NAME_NOUN_AFTER.match(ctx.right):
        return "non-speech-name"
    if (inscription(ctx.left) or inscription_after(ctx.right) or carrier_after(ctx.content, ctx.right) or marked_after(ctx.right)
            or displayed(ctx.left) or carrier_then_colon(ctx.left, lambda: ctx.words_before)):
        return "non-speech-label"  # (a sign's words may be whole sentences)
    if lyrics(ctx.left):
        return "non-speech-title"  # (and a song's)
    if ctx.content[-1:] in ".!?\u2026" and not host_full_stop(ctx) or len(ctx.words) > 12:
        # A sentence of its own is said, whatever frames it; but a short one
        # may be a non-speech span's gloss or the next item of its list
        # ('reads «De retour!» — «Back again!»').
        return _inherited(ctx, prev) if len(ctx.words) <= 6 and ctx.content[-1:] in ".!?" else None
    return (
        _inherited(ctx, prev)
        or unsaid(ctx)
        or _naming(ctx)
        or compound_label(ctx)
        or attributive_compound(ctx)
        or generic_term(ctx)
        or word_for(ctx)
        or ("non-speech-label" if len(ctx.words) <= 4 and _CHANGE_TO.match(ctx.left) else None)
        or _level_named(ctx)
        or graded_label(ctx)
        or term_noun(ctx)
        or defined_term(ctx)
        or word_subject(ctx)
        or word_apposed(ctx)
        or word_with_relative(ctx)
        or work_title(ctx)
        or translated(ctx)
        or _explained(ctx)
        or _name_apposed(ctx)
        or _relative_after(ctx)
    )


#: A relative pronoun of a thing right after the closing mark ('"Harbour Lane", which she wrote with her brother, ran ...').
_WHICH_AFTER = regex.compile(r",?\s{1,2}(?:which|whose)\s")


def _relative_after(ctx: FrameContext) -> str | None:
    """'"Harbour Lane", which she wrote with her brother, ran for nine
    series': a short span opening its sentence that a relative clause of a
    thing ("which", "whose") describes is the name of that thing, the
    sentence's subject; no one's words take "which"."""
    if len(ctx.words) > 8 or not ctx.sentence_initial or ctx.content.rstrip(",")[-1:] in ".!?":
        return None
    if not _WHICH_AFTER.match(ctx.right):
        return None
    return "non-speech-title" if ctx.title_like else "non-speech-name"


def _explained(ctx: FrameContext) -> str | None:
    """'"porch soul", a label coined by a student magazine': an apposition that
    calls the span a word or a name; 'the "bridge toll", a two-euro charge on
    lorries': a definite name the writer explains with an indefinite
    apposition (not after a naming verb: 'called it the "deal of the
    century", a claim ...' is the verb's complement)."""
    if len(ctx.words) > 5:
        return None
    if WORD_APPOSITION.match(ctx.right):
        return "non-speech-term"
    if NAME_APPOSITION_DASHED.match(ctx.right):
        return "non-speech-name"
    wb = ctx.words_before
    if (
        wb and wb[-1].lower() == "the" and INDEFINITE_APPOSITION.match(ctx.right)
        and _naming_verb_at(wb[:-1]) is None and not (len(wb) > 1 and wb[-2].lower() in lexicon.cue_verbs())
    ):
        return "non-speech-name"
    if (
        wb and wb[-1].lower() in _ARTICLES and len(ctx.words) <= 2 and all(w.replace("-", "").isalpha() and w.islower() for w in ctx.words)
        and (gloss := DEFINITE_GLOSS.match(ctx.right)) is not None and gloss.group("head") not in lexicon.roles() and _naming_verb_at(wb[:-1]) is None
    ):
        return "non-speech-term"  # 'a « dugnad », the Norwegian tradition of unpaid communal work': a term the writer glosses
    return None


#: Heads of an indefinite noun phrase whose apposition is someone's words, not a name ('gave a short answer, "Not Today",').
_WORDING_HEADS = frozenset("answer reply response word words line verdict message note retort rejoinder greeting toast question".split())


def _name_apposed(ctx: FrameContext) -> str | None:
    """'set up a shell company, ‘Northgate Office Supplies’, and paid',
    'registered a charity, "Hope for Harbour Children",': a title-case name in
    apposition to an indefinite noun phrase (an article, up to three
    lower-case words) names the thing the phrase introduces. Not after a noun
    of wording or of speech ('gave a short answer, "Not Today",', 'a
    statement, "We Will Return",'): what follows those is what was said."""
    if len(ctx.words) > 6 or not ctx.left.endswith(", ") and not ctx.left.endswith(",") or ctx.right[:1] not in ",.;)" and (
        not ctx.content.endswith(",")  # (the apposition's closing comma inside the marks: 'a phone app, "BirdLog," supplied by')
    ):
        return None
    if ctx.content.rstrip(",")[-1:] in ".!?" or not ctx.title_like:
        return None
    wb = ctx.words_before
    for k in range(len(wb) - 3, max(-1, len(wb) - 6), -1):
        if wb[k].lower() in ("a", "an"):
            head = wb[-2].lower()
            if head in _WORDING_HEADS or head in lexicon.cue_nouns():
                return None
            return "non-speech-name"
        if not (wb[k].isalpha() and wb[k].islower() or "-" in wb[k] and wb[k].replace("-", "").isalpha() and wb[k].islower()):
            return None
    return None


def _level_named(ctx: FrameContext) -> str | None:
    """'had stood at level 3 on a five-point scale, "considerable", since': one to three lower-case
    words with no function word, in apposition to a numbered level of a scale, name that level."""
    if len(ctx.words) > 3 or not ctx.content[:1].islower() or ctx.right[:1] not in (",", ")", ".", ";", ""):
        return None
    if any(w.lower() in _CLAUSE_WORDS or w.lower() in lexicon.pronouns() for w in ctx.words):
        return None  # ('reached level 3, "which is remarkable",': a clause, someone's words)
    return "non-speech-label" if _LEVEL_BEFORE.match(ctx.left) else None


def _inherited(ctx: FrameContext, prev: tuple[QuotedSpan, str] | None) -> str | None:
    """A later item of a quoted list ('words such as "expect", "plan" and "aim"'),
    a gloss in parentheses after a title, or the word preferred to an avoided one."""
    if prev is None or prev[1] not in _INHERITED:
        return None
    pq = prev[0]
    if pq.close_end < 0 or pq.close_end > ctx.q.open_start or ctx.q.open_start - pq.close_end > 60:
        return None
    gap = ctx.text[pq.close_end : ctx.q.open_start]
    if regex.fullmatch(r"\s{0,2}\(\s{0,2}", gap) and len(ctx.words) <= 8 and prev[1] != "non-speech-list":
        return "non-speech-translation"
    if _GLOSS_GAP.fullmatch(gap) and len(ctx.words) <= 6 and prev[1] in ("non-speech-name", "non-speech-title", "non-speech-translation"):
        return "non-speech-translation"  # 'the minister „Herr Bremse“ — roughly, „Mr Brake“'
    if (_DASH_GAP.fullmatch(gap) and len(ctx.words) <= 6 and (prev[1] in _GLOSSED or prev[1] == "non-speech-term")
            and (ctx.content[-1:] not in ",.!?" or ctx.content[-1] in ".!?" and ctx.text[pq.end - 1 : pq.end] == ctx.content[-1])
            and (ctx.right[:1] in _GLOSS_ENDS or _DASH_GAP.match(ctx.right))):
        # 'says «Zurück um zwölf» — «Back at twelve».': a gloss closing the sentence (no tag after it), its
        # final mark, if any, the original's ('reads «De retour!» — «Back again!»'); also a term's ('the
        # slogan «Pas de port sans dockers» — "no port without dockers" — which ...')
        return "non-speech-translation"
    if prev[1] in ("non-speech-term", "non-speech-list") and _LIST_GAP.search(gap.strip()) and len(ctx.words) <= 4:
        return "non-speech-list"
    if prev[1] == "non-speech-label" and gap.strip() in ("to", "into", "and", "or") and len(ctx.words) <= 4:
        return "non-speech-label"  # 'from "yellow" to "amber"'
    if prev[1] in _GLOSSED and len(ctx.words) <= 8 and _COORD_GAP.fullmatch(gap):
        return prev[1]  # 'placards – "Save Our Lido" and, more pointedly, "..." –': the next item of the same kind
    if prev[1] == "non-speech-term" and gap.strip() in ("to", "over") and len(ctx.words) <= 4:
        return "non-speech-term"  # 'prefers the word "mending" to "repair"': the other word, mentioned too

    return None


def _naming(ctx: FrameContext) -> str | None:
    """'known (locally) as "X"', 'what forecasters call a "X"', 'Fishermen call the reef "X"',
    'Staff called it "the ladder"': a naming verb with a naming complement."""
    if len(ctx.words) > 6:
        return None
    as_before = ctx.left.rstrip().endswith(("as", "the"))  # (where _KNOWN_AS and _VERB_AS end: most spans run neither scan)
    if as_before and _KNOWN_AS.search(ctx.left) or _AS_THEY_CALL.match(ctx.right):
        return "non-speech-name"  # (also '"The Rocket", as fans call him, scored')
    if habitual_description(ctx.left) and _complement_shape(ctx.words, "") != "other":
        return "non-speech-term"
    m = _VERB_AS.search(ctx.left) if as_before else None
    if m is not None and "," not in m.group(0) and (m.group("object") or not m.group("label")):  # (a noun "book" is no verb of filing)
        article = "the" if m.group(0).rstrip().lower().endswith(" the") else ""  # ('refer to simply as the "green tooth"')
        if m.group("verb").startswith("kn") or m.group("label") or (shape := _complement_shape(ctx.words, article)) in ("name", "definite") or shape == "term" and not m.group("object"):
            return "non-speech-name"
    return _naming_verb_complement(ctx)


def _naming_verb_complement(ctx: FrameContext) -> str | None:
    """'Fishermen call the reef "the Teeth"', 'what engineers call its "design
    life"': the complement of a naming verb (call, dub, name ...), by its shape."""
    wb = ctx.words_before
    article_outside = ""
    if wb and (wb[-1].lower() in _ARTICLES or wb[-1].lower() in POSSESSIVE_DETERMINERS):
        article_outside = "the" if wb[-1].lower() in _DEFINITE else wb[-1].lower()
        wb = wb[:-1]
    k = _naming_verb_at(wb)
    if k is None:
        return None
    verb = wb[k].lower()
    nxt = ctx.words_after[0] if ctx.words_after else ""
    tail = [w.lower() for w in wb[max(0, k - 6) : k]]
    what = _what_frame(wb[:k]) or verb in _NAMING_PRESENT and (
        _what_they(wb[:k]) and _complement_shape(ctx.words, article_outside) in ("name", "definite") or _what_habitual(wb[:k])
    )
    if modifies_next(ctx, nxt):
        if what and verb in _NAMING_PRESENT and article_outside and _compound_modifier(ctx.words):
            return "non-speech-name"  # 'what the watchdog calls a "second stage" review': the whole phrase is its name
        return None  # 'what they call the "fraudulent" nomination': a modifier, not the complement
    if "what" in tail and not what:
        return None  # 'what he called "Bill Clinton Inc."': a speaker's words (see roles._named_by_speaker)
    generic = generic_subject(wb[:k])
    present = verb in _NAMING_PRESENT or verb in _PURE_NAMING and k > 0 and wb[k - 1].lower() in ("have", "has")
    possessive = article_outside in POSSESSIVE_DETERMINERS
    shape = _complement_shape(ctx.words, "the" if possessive else article_outside)
    if verb in _NAMING_PRESENT and shape in ("name", "definite") and thing_object(wb[k + 1 :]):
        return "non-speech-name"  # ('he calls the glacier simply "the Old Man"': a thing's standing name, whoever uses it)
    if verb in _EPITHET_VERBS and person_subject(wb[:k]) and not (what and verb in _NAMING_PRESENT):
        return None  # 'Jacobs called Merkel "The Chancellor of the Free World"': a person's epithet is said
    if shape == "name":
        return "non-speech-name"
    if shape == "definite" and (generic or what or (present and not possessive)):
        return "non-speech-name"  # 'Staff called it "the ladder"', 'what engineers call its "design life"'
    if shape == "other" and what and present and k == len(wb) - 1 and _indefinite_term([article_outside, *ctx.words] if article_outside in ("a", "an") else ctx.words):
        return "non-speech-name"  # 'what collectors call "a sleeper"', 'what they are calling a "framework for talks"'
    if shape == "other" and verb in _PURE_NAMING | {"dub", "dubs"} and generic and _long_definite(ctx.words):
        return "non-speech-name"  # 'Critics had dubbed the line-up "the festival of whispers"'
    if shape == "term" and verb in _PURE_NAMING and k < len(wb) - 1 and generic:
        return "non-speech-name"  # 'Auditors nicknamed the payments "phantom bonuses"': a verb that only names, past or present
    if shape == "term" and present and (generic or what) and k == len(wb) - 1:
        return "non-speech-name"  # 'what forecasters call a "sting jet"'
    if shape == "term" and present and generic and _kind_object(wb[k + 1 :], ctx.words):
        return "non-speech-name"  # 'Doctors call the condition "tennis elbow"'
    return None


#: Words no name of a kind holds: coordinators and degree adverbs ('a "very bad" deal').
_NOT_IN_KIND_NAMES = frozenset("and or but nor very so too really quite rather utterly totally".split())


def _compound_modifier(words: list[str]) -> bool:
    """Two or three lower-case words or a number word, or one hyphenated
    compound ("fuel-and-go"), no adverb or
    superlative ("second stage", "phase two"): a noun modifier that names a
    kind, where one word ("fraudulent") may be an evaluating adjective."""
    letters = [w.strip(",;:") for w in words]
    hyphenated = len(letters) == 1 and "-" in letters[0] and all(part.isalpha() for part in letters[0].split("-"))  # ("fuel-and-go")
    return (2 <= len(letters) <= 3 or hyphenated) and all(w[:1].islower() or w.isdigit() for w in letters) and not any(
        is_ly_adverb(w) or _superlative(w) or w in _NOT_IN_KIND_NAMES for w in letters
    ) and not any(w[-1:] in ",;:" for w in words[:-1])  # ('a "rigged and shameful" process', 'a "rigged, shameful" one' evaluate)


def _indefinite_term(words: list[str]) -> bool:
    """'a sleeper', 'a framework for river cooperation': an indefinite article and up
    to four lower-case words, no superlative (the name of a kind of thing)."""
    letters = [w.strip(",;:") for w in words]
    return (
        2 <= len(letters) <= 5 and letters[0].lower() in ("a", "an")
        and all(w[:1].islower() and not _superlative(w) for w in letters[1:])
    )


def _long_definite(words: list[str]) -> bool:
    """A definite noun phrase of up to six words with no indefinite article,
    superlative or sentence mark ("the festival of whispers"): the shape of a
    name given by a verb that only names (dub, nickname, christen)."""
    letters = [w.strip(",;:") for w in words]
    return (
        2 <= len(letters) <= 6 and letters[0].lower() in _DEFINITE
        and not any(w.lower() in ("a", "an") or _superlative(w) or not w for w in letters)
    )


def _kind_object(obj: list[str], term: list[str]) -> bool:
    """'the condition "tennis elbow"', 'this kind of failure "creep"', 'such a
    rally a "dead cat bounce"': an object that is a kind of thing
    (``kind_nouns.txt``) and a technical compound that names it (three words
    or a hyphen); a shorter term only after an explicit 'kind of' or 'such'
    ('Critics call the practice "cruel"', '"legalised theft"' evaluate), never
    a coordination ('"cruel and unusual"')."""
    low = [w.lower() for w in obj]
    if not low or len(low) > 5 or any(w.lower() in ("and", "or", "but") for w in term):
        return False
    explicit = low[0] == "such" or any(w in ("kind", "type", "sort") for w in low) and "of" in low
    compound = len(term) >= 3 or any("-" in w for w in term)
    return explicit or compound and any(w in lexicon.kind_nouns() for w in low)


def _naming_verb_at(wb: list[str]) -> int | None:
    """The index of the naming verb among the last words before the mark
    (its object may stand between), or None when a preposition or a
    punctuation mark comes first ('called for', 'calls, "...'")."""
    for k in range(len(wb) - 1, max(-1, len(wb) - 8), -1):
        w = wb[k].lower()
        if not w.replace("-", "").replace("'", "").replace("\u2019", "").isalpha() and w not in _DEFINITE:
            return None  # punctuation between verb and mark: not its complement ("line-up", "year's" are words)
        if w in _NAMING_PRESENT or w in _NAMING_PAST:
            return k
        if w in _NOT_OBJECT:
            return None
    return None


def _what_frame(before_verb: list[str]) -> bool:
    """'what traders call', 'in what staff call': a naming relative with a generic subject."""
    tail = [w.lower() for w in before_verb[-6:]]
    if "what" not in tail:
        return False
    subj = before_verb[len(before_verb) - len(tail) + tail.index("what") + 1 :]
    return bool(subj) and generic_subject(subj, allow_det=True)


def _what_habitual(before_verb: list[str]) -> bool:
    """'what Orrery calls "sleep fingerprints"', 'what her campaign calls the
    "jam tax"': a naming relative in the present tense, whoever its subject
    (up to four words, no punctuation). The simple present names a thing by
    habit, the label it goes by; the past ('what Smith called "…"') reports
    one utterance and stays a speaker's words."""
    tail = [w.lower() for w in before_verb[-5:]]
    if "what" not in tail:
        return False
    subj = before_verb[len(before_verb) - len(tail) + tail.index("what") + 1 :]
    return 1 <= len(subj) <= 4 and all(w.replace("'", "").replace("\u2019", "").isalnum() for w in subj)


def _what_they(before_verb: list[str]) -> bool:
    """'what they call', 'what you call': a naming relative whose subject is
    a generic pronoun, in the present tense (with a name or a definite
    complement: 'at what they call "the slack hour"')."""
    return len(before_verb) >= 2 and before_verb[-2].lower() == "what" and before_verb[-1].lower() in ("they", "you", "we", "people")


def _complement_shape(words: list[str], article_outside: str) -> str:
    """'name' (capitalised: "the Teeth", "el Muro", "Pipegate"), 'definite' ("the
    ladder"), 'term' (one to three lower-case words: "ghost runs") or 'other'."""
    letters = [w.strip(",;:") for w in words]
    if not letters or any(not w for w in letters):
        return "other"
    if any(w.lower() in ("a", "an") or _superlative(w) for w in letters):
        return "other"  # an indefinite or a superlative evaluates: 'called it "A Disgrace"', '"Biggest Loser"'
    small = lexicon.small_words() | TITLE_SMALL_WORDS
    first = letters[0].lower()
    elided = elided_article(first)
    body = letters[1:] if first in _DEFINITE else letters
    if elided:
        body = [letters[0][2:], *letters[1:]]
    caps = [w for w in body if w[:1].isupper()]
    if body and caps and all(w[:1].isupper() or w.lower() in small or w.isdigit() for w in body) and body[0][:1].isupper():  # ("Hall 3")
        return "name"
    if (first in _DEFINITE or elided) and len(letters) <= 3 and all(w.islower() or w[:1].islower() or w.isalpha() for w in body):
        return "definite"  # (a capitalised modifier too: "the Friday menu", "the Dover run")
    if article_outside == "the" and len(letters) <= 3 and letters[0][:1].isupper() and (last := letters[-1].rstrip(".")).islower() and last.isalpha():
        return "definite"  # the article outside the marks, a capitalised modifier: the "Berg levy", the "Dover run"
    if (first in _DEFINITE and first != "the" or elided) and len(letters) <= 6 and body[0][:1].islower():
        return "definite"  # another language's article, a lower-case noun and its modifiers: "la place du Marché", "la strada dei pescatori"
    if len(letters) <= 3 and all(w[:1].islower() for w in letters):
        return "definite" if article_outside == "the" and len(letters) <= 2 else "term"
    if 2 <= len(letters) <= 3 and letters[0][1:].islower() and all(w.isalpha() and w.islower() for w in letters[1:]):
        return "term"  # a proper name modifying lower-case nouns: "Zoom bread", "Netflix effect"
    return "other"


def _superlative(word: str) -> bool:
    """'biggest', 'worst', 'most': a superlative evaluates, it does not name."""
    w = word.lower()
    return w in _SUPERLATIVES or (len(w) >= 6 and w.endswith("est") and w not in _EST_NOUNS)


#: The marks that set a span in apposition to the noun before it: a comma, a colon, a dash.
_APPOSING = frozenset((",", ":", "\u2014", "\u2013"))


def _after_work_noun(ctx: FrameContext) -> bool:
    """Right after a work noun: 'the album "Low Tide Hymns"', 'her canvas, "Dusk"',
    'his 2012 book, "An American Son."' (a title's final stop inside the marks),
    'In its report to shareholders, "Baking Through the Storm", the board ...'."""
    if len(ctx.words) > 12:
        return False
    ends = ctx.content[-1:] in ".!?\u2026"
    if ends and len(ctx.words) > 8:
        return False  # (tested first: most quotes are sentences, and this is cheap)
    nouns = lexicon.work_nouns()
    before = ctx.words_before
    if not before or before[-1] not in _APPOSING and not work_noun_end(before, nouns):
        return False  # (most spans: no work noun and no comma right before; tested before the costlier frames)
    wb = [w.lower() for w in before]
    if len(wb) >= 2 and wb[-1] in _APPOSING and (wb[-2] in LABEL_NOUNS or label_noun_then_phrase(wb[:-1]) or artwork_part(wb[:-1])):
        # 'the company's slogan, "Every thread, every second"', 'a single caption: "..."',
        # 'the chorus — "..." —', 'The film's closing line — "..." —': a label or
        # a work's words in apposition, in any case and punctuation
        return True
    if wb[-1] != "," and wb[-1] in _APPOSING:
        return False  # (a colon or a dash sets off only a label: the title frames below read a comma)
    title_like = ctx.title_like
    if ends and not title_like:
        return False
    if RECORD_IDIOM.search(ctx.left):
        return False  # 'she said on the record, "…"': no work
    closed = closed_off(ctx.right)
    if wb and work_noun_end(wb, nouns):
        return title_like or not _complement_of_naming(wb[:-1])
    if not wb or wb[-1] != "," or len(wb) < 2:
        return False
    if wb[-2] in nouns:
        return title_like or closed
    if title_like and closed and named_thing(wb[:-1]) and len(ctx.words) <= 6:
        return True  # 'at her restaurant, «Le Vieux Four», in the old quarter': a place or thing's name
    return title_like and ctx.right[:1] == "," and work_noun_with_complement(wb[:-1], nouns)


def _complement_of_naming(before_noun: list[str]) -> bool:
    """Is the work noun the object of a naming or evaluating verb ('called the
    report "the worst I have read"', 'described the film as'), so that the
    quote after it is the verb's complement, not the work's title?"""
    for w in reversed(before_noun[-4:]):
        if w in _NAMING_PRESENT or w in _NAMING_PAST:
            return True
        if not _POSSESSIVE_END.sub("", w).isalpha():
            return False  # (a possessive is still inside the object: 'calling the premier's record "…"')
    return False
