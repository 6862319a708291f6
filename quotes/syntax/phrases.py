"""Tokens and speaker mentions: names, titles, role nominals, organisations, pronouns.

No tagger is needed: a mention is recognised from its shape and the word
lists. Names are runs of capitalised words with name particles (von, de,
al-) and apostrophes (O'Dowd); a title from ``titles.txt`` before a name is
split off ("Finance Minister" + "Ana Ruiz"); a role nominal is a determiner
phrase headed by a noun from ``roles.txt`` ("the Estonian president", "a
spokeswoman for the agency", "the 54-year-old"); pronouns come from
``pronouns.txt``. The noun-phrase walk mirrors how CoreNLP's quote attributor
reads the subject of a speech verb off its left context (Muzny et al. 2017),
without a parser.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

import regex

from .. import lexicon
from .tokens import Tok, is_cap, is_word, tokenize
from .titling import OF_ROLES, connected_org_name, name_before_affiliation, name_closes_role, office_roles, org_after_title, party_before_name, party_of_place, role_title, sentence_case_name, split_titles, title_of
from .titling import title_words as _title_words
from .words import ORIGIN_ENDINGS, is_demonym, is_ly_adverb, is_partisan, is_participle, particle_surname, surname_after_given, without_birthplace

__all__ = ["Mention", "Tok", "analyse", "as_surname", "is_cap", "is_word", "mood_word", "role_then_participle", "tokenize"]


# Closed-class vocabulary used by the noun-phrase walk.
DETERMINERS = frozenset(
    "the a an his her their its our my your this that these those another some many several "
    "both all each every one two three four five six seven eight nine ten most other no".split()
)
# Words that may sit between a subject and its cue ("He then stressed",
# "Smith has repeatedly said").
ADVERBS = frozenset(
    "also then later again further once quickly simply just reportedly repeatedly previously "
    "recently often never finally even still too has have had was were is are be been would will "
    "could should might may can did does do not n't already always publicly privately angrily "
    "quietly softly loudly firmly flatly bluntly frankly openly earlier initially subsequently "
    "separately similarly likewise additionally moreover herself himself themselves itself "
    "immediately promptly briefly since now long ever yet sometimes often "
    "only first last soon afterwards afterward presently meanwhile thereupon thereafter nonetheless nevertheless".split()
)
# Lower-case words allowed inside a name run ("Leader of the Free Assembly").
PARTICLES = frozenset("of the de des da del della der di du dos la le van von den ter zu af bin ibn al el ben y and en et und sur aux au".split())
# Lower-case words that end a noun phrase walked to the right.
NP_STOP_RIGHT = frozenset(
    "in on at during after before with to who whom whose which that as when while and but or because "
    "whether if how why what where "
    "since if adding saying noting according about from into over by than "
    # prepositions of place and manner: "said a voice behind the hedge",
    # "One elderly man near the front", "said the other without looking up"
    "behind beside near outside inside across along beneath under among around opposite "
    "without beyond toward towards against within between amid alongside".split()
)
# Lower-case words that end a noun phrase walked to the left.
NP_STOP_LEFT = frozenset(
    "and but or that which who whom when while as because since if so than then where "
    "said says told after before to with from in on at by into over about through "
    "during despite without".split()
)
# Capitalised words that are not names at the start of a sentence.
#: Month names that are also given names; capitalised before a verb ("May
#: said") they are the subject, not the modal or a date.
MONTH_GIVEN_NAMES = frozenset("April May June".split())

#: Honorifics that give a gender ("Mrs.", "Sir"), written without their dot.
GENDERED_HONORIFICS = frozenset("Mr Mrs Ms Miss Mme Mlle Sir Lady Lord Dame Madame Monsieur".split())
#: Honorifics after which even a common word is a surname ("Mrs. May").
_HONORIFIC_TITLES = GENDERED_HONORIFICS | {"Dr"}
_PRONOUN_LIKE = frozenset("The A An He She It They We I You His Her Its Their Our My This That These Those".split())

NOT_NAMES = frozenset(
    "The A An He She It They We I You His Her Its Their Our My This That These Those There "
    "But And Yet So Or In On At By For After Before When While If As Then However Meanwhile "
    "Some Many Most All No Both Each Every One Two What Who Why How Where Which Asked "
    "Whether Whatever Whoever Pressed Questioned Challenged Reached Contacted Interviewed Speaking Responding "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
    "May June July August September October November December Mr Mrs Ms Dr Yes Oh Well "
    "Now Here Still Also Even Just Not Only Perhaps Today Tomorrow Yesterday Last Next "
    "According During Despite Although Though Instead Since Until Unless Because Why "
    "Nothing Nobody Everyone Everybody Everything Something Someone Somebody Anyone Anything "
    "Poor Dear Old Young Little Good Bad Great Such Very Again Never Always Ever Yet "
    # Sentence-initial prepositions, auxiliaries and time nouns ("Having
    # announced …", "Throughout the decade", "Hours before …"): closed-class
    # or common words, never a speaker on their own.
    "Having Being Throughout Amid Amidst Among Amongst Lest Let Sure Within Without Upon Via "
    # The auxiliaries that open a question ("Did Arvid Sollum give you any advice?"; not "Will": a given name)
    "Did Does Do Is Are Was Were Has Have Had Can Could Would Should Shall Must Might "
    "Across Against Along Around Behind Beyond Between Inside Outside Toward Towards Unlike "
    "Over Under Above Below Beneath Through With From Into Onto Near Beside Besides Like About Regarding Concerning "
    "Hours Days Weeks Months Years Minutes Moments Decades Earlier Later Shortly Soon "
    # sentence adverbs of time ("Once the count was over, ...", "Finally, ...")
    "Once Twice Afterwards Eventually Finally "
    # participles opening a life's account ("Born Mary Ellen Talbot in 1943, she ...", "Raised in Leeds"), and the deity
    # of an oath, no one in the scene a pronoun could stand for ("God knows what she meant", "Thank Heaven the rain stopped")
    "Born Raised Educated Trained God Heaven Christ Goodness Thank Thanks".split()
) | lexicon.sentence_adverbs()  # (and the adverbs that open a sentence: "Overnight, ...", "Nearby, ...")


#: "It's", "There's", "That's": a contraction with "is/has", never a name; nor "Let's"
#: ("let us") (names and personal pronouns with "'s" are left to the readings downstream).
_NOT_NAMES_CONTRACTED = frozenset("It There That This Here What Who Where Let".split())
#: A capital, an apostrophe and a lower-case rest: a contraction, no name ("D'you", "Y'know", "C'mon"; "O'Brien" is one).
_CAPITAL_CONTRACTION = regex.compile(r"\p{Lu}['\u2019]\p{Ll}+")


class Mention(NamedTuple):
    """A speaker (or addressee) mention with what its words tell."""

    start: int
    end: int
    text: str
    kind: str  # name | pronoun | role | org | unknown
    head: str  # lower-case head word ("president", "ruiz", "he")
    name: str | None  # the personal-name part, titles removed ("Ana Ruiz")
    title: str | None  # "Finance Minister"
    roles: tuple[str, ...]  # lower-case role words that can refer back ("minister")
    modifiers: tuple[str, ...]  # capitalised modifiers ("Estonian", "Estonia")
    gender: str | None
    plural: bool
    #: For a relative pronoun ("…, who said"), the noun phrase it stands for.
    antecedent: Mention | None = None


#: Indefinite one-word speakers ("said another").
INDEFINITE_SPEAKERS = frozenset("another someone somebody one everyone everybody nobody".split())

#: Heads of descriptions that never speak ("no less", "a half", "the moment").
_NOT_PERSON_HEADS = frozenset(
    "less more half few lot bit deal little much thing things way ways time times moment day days "
    "while kind sort part rest least most same other others number amount matter question fact "
    "point case end side hand minute hour week year morning evening night room word words".split()
)


#: Participles and adjectives of mood that open a sentence before a name in
#: tabloid style ("Fuming Tavita said", "Delighted Okafor added"), or a novel's epithet ("Poor Ada"): no part of the name.
_MOOD_WORDS = frozenset(
    "fuming furious delighted relieved beaming smiling grinning frustrated disappointed elated thrilled "
    "stunned shocked angry livid gutted devastated heartbroken jubilant ecstatic emotional tearful defiant "
    "bullish upbeat humble proud embattled beleaguered struggling understated under-fire under-pressure "
    "rattled bemused baffled irate incensed outraged raging seething exasperated dejected crestfallen "
    "satisfied pleased happy unhappy confident cautious determined unrepentant unapologetic rubbing poor foolish silly wretched naughty".split()
)


#: Adverbs of time and sequence that open a sentence before its subject
#: ("Presently Beaver said", "Afterwards Tom went"); -ly words are not all adverbs ("Beverly").
_OPENING_ADVERBS = frozenset(
    "afterwards afterward presently then now soon later meanwhile suddenly finally again still instead thus "
    "perhaps already once tonight today yesterday tomorrow eventually meantime accordingly instantly immediately "
    "slowly quickly quietly gently naturally fortunately unfortunately luckily apparently evidently "
    "obviously certainly surely clearly consequently subsequently abruptly softly warmly coldly sharply".split()
)


#: Particles that open a name when capitalised: a foreign article ("Le Monde",
#: "La Voz del Sur", "El País", "Los Angeles") or a surname's particle ("Van
#: Dam", "De Griers", "Di Maio", "Du Bois"); "The", "Of", "And" never do.
_OPENING_PARTICLES = frozenset("De Des Da Del Della Der Di Du Dos La Le Les Los Las El Van Von Den Ter Zu Al Ben Bin Ibn".split())


def _opening_particle(words: list[str]) -> bool:
    """Does the capitalised particle *words[0]* open the name, a capitalised
    word after it? Or is it the whole name, a given name ("said Ben": Ben, not "ben")?"""
    return len(words) > 1 and words[0] in _OPENING_PARTICLES and is_cap(words[1]) or len(words) == 1 and words[0] in lexicon.given_names()


def mood_word(word: str) -> bool:
    """Is *word* a capitalised word of mood or a sentence adverb that opens a
    sentence before a name ("Fuming", "Delighted", "Presently"), not a given
    name? (Not every -ly word: "Beverly", "Kimberly" are names.)"""
    low = word.lower()
    return word[:1].isupper() and (low in _MOOD_WORDS or low in _OPENING_ADVERBS) and word not in lexicon.given_names()


def as_surname(m: Mention) -> Mention:
    """A bare capitalised role noun that the document uses as a surname
    ("Archer", "Mason" after "Newland Archer", "Hal Mason"), as a name mention."""
    return m._replace(kind="name", name=m.text, head=m.text.lower(), title=None, roles=(), modifiers=(), gender=None)


def _strip_possessive(word: str) -> str:
    for suffix in ("'s", "\u2019s", "'", "\u2019"):
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)]
    return word


_ASIDE_MARKS = frozenset({",", "(", ")"})


def _without_aside(toks: list[Tok]) -> list[Tok]:
    """The phrase without commas and without a bracketed aside after its
    first word ("Remontées du Haut-Arlet (RHA)": the acronym is no part of the
    name); a phrase all in brackets keeps its words."""
    out = [t for t in toks if t.text not in _ASIDE_MARKS]
    if len(out) == len(toks) or not any(t.text == "(" for t in toks):
        return out  # (no bracket: the comprehension is all, at C speed)
    out = []
    depth = 0
    for t in toks:
        if t.text == "(" and out:
            depth += 1
        elif t.text == ")" and depth:
            depth -= 1
        elif not depth and t.text not in _ASIDE_MARKS:
            out.append(t)
    return out


def analyse(toks: list[Tok], text: str) -> Mention | None:
    """Describe the noun phrase made of *toks*, or None if it cannot be a speaker.

    The answer depends only on the characters of the phrase and where its
    tokens fall in them, so it is computed once per distinct phrase (names and
    descriptions recur across a document and across a corpus) and moved to
    the phrase's offsets."""
    # (The tokens' fields are unpacked, not read by name: a descriptor call each.)
    if len(toks) == 1:
        # (One word, most calls (the name pre-scan's runs): no aside to leave
        # out, and when the word is its own text (a token's), the word alone
        # is the key of its own cache, see _analyse_word.)
        start, end, word = toks[0]
        if word in _ASIDE_MARKS:
            return None
        span = text[start:end]
        m = _analyse_word(word) if span == word else _analyse_phrase((span, ((0, end - start, word),)))
        return m if m is None or start == 0 else tuple.__new__(Mention, (m[0] + start, m[1] + start) + m[2:])
    toks = _without_aside(toks)
    if not toks:
        return None
    start = toks[0][0]
    m = _analyse_phrase((text[start : toks[-1][1]], tuple([(a - start, b - start, w) for a, b, w in toks])))
    if m is None or start == 0:
        return m
    # (tuple.__new__ rather than _replace: this runs on every call, and
    # _replace's keyword handling cost more than the cache look-up saves)
    return tuple.__new__(Mention, (m[0] + start, m[1] + start) + m[2:])


#: Counts before "of them" that pick people out ("One of them said"; "Many of them" may be things).
_COUNTED = frozenset("one two three four five six each either neither".split())
#: Words that open a compound nationality ("the South African", "the New Zealander").
_COMPASS = frozenset("North South East West New Central".split())
#: Endings of adverbs that no surname has ("Periodically", "Evidently",
#: "Suddenly", "Anxiously"); "-ly" alone would take "Kelly" and "Stanley".
_ADVERB_ENDING = regex.compile(r"(?:ally|ously|ently|antly|edly|fully|ively|lessly|ibly|ably|ingly|enly|ately|ishly)$")
#: A score or a result ("2-1", "3–0"), which no name holds.
_SCORE = regex.compile(r"\d{1,3}[-\u2013]\d{1,3}")

#: A pronoun with a contracted auxiliary: "I'll", "she'd", "we've", "they're", "I'm".
_CONTRACTION = regex.compile(r"(\p{Ll}+)['\u2019](?:ll|d|ve|re|m|s)")


@functools.lru_cache(maxsize=16384)
def _analyse_phrase(key: tuple[str, tuple[tuple[int, int, str], ...]]) -> Mention | None:
    """:func:`analyse` on a phrase whose offsets count from its first character."""
    text, rel = key
    if len(rel) > 2 and any(_SCORE.fullmatch(w) for _, _, w in rel):
        return None  # "Harlow Vale 2-1 Kingsmere Athletic": a result between two names, no speaker
    if rel[-1][2].endswith(ORIGIN_ENDINGS):
        return None  # "the Bergen-based": a modifier of origin or seat, never a head (cached here, not asked at every call)
    if len(rel) == 3 and rel[1][2] == "of" and rel[0][2].isalpha() and (rel[2][2].lower() == "us" or rel[2][2] == "them" and rel[0][2].lower() in _COUNTED):
        pl = rel[0][2].lower() not in {"one", "each", "either", "neither"}  # "One of them", "Two of us": someone of a group, a person role
        return Mention(0, rel[-1][1], text, "role", h := ("people" if pl else "person"), None, None, (h,), (), None, pl)
    if (k := party_of_place([w for _, _, w in rel])) >= 0:  # "Democrat of Indiana": a legislator described, no name
        return Mention(0, rel[-1][1], text, "role", rel[k][2].lower(), None, None, (rel[k][2].lower(),), tuple(w for _, _, w in rel[k + 2 :]), None, False)
    return _analyse(tuple([tuple.__new__(Tok, t) for t in rel]), text)


@functools.lru_cache(maxsize=8192)
def _analyse_word(word: str) -> Mention | None:
    """:func:`_analyse_phrase` of the one-word phrase *word*, keyed by the
    string alone: a look-up hashes and compares it in C, where a nested
    tuple key cost four times as long (0.2 us a call, 30,000 calls a PolNeAR pass)."""
    return None if word.endswith(ORIGIN_ENDINGS) else _analyse((tuple.__new__(Tok, (0, len(word), word)),), word)  # ("Tromsø-born": no name)


#: Plural nouns for the people of a body or a place that open a sentence capitalised ("Members of Kelby Council",
#: "Residents of Hollins Green"): a group described by the "of" phrase, never an organisation's name
#: (unlike "Friends of Millbrook Library", whose first word is no such noun).
_PEOPLE_OF = frozenset("members officers officials staff employees residents villagers parents pupils students".split())

#: Prepositions after a past participle that post-modifies a document noun ("a report prepared for councillors").
_PASSIVE_PREPOSITIONS = frozenset("for by to from in on at with into over".split())
#: Prepositions of a phrase that post-modifies a person's role noun ("the officer in charge", "the man in the red coat").
POST_MODIFIER_PREPOSITIONS = frozenset("in on behind near outside".split())
#: Prepositions that open a role's complement ("a spokeswoman for the agency", "the 54-year-old from Oslo").
_HEAD_PREPOSITIONS = frozenset({"for", "of", "at", "with", "from"}) | POST_MODIFIER_PREPOSITIONS


def _analyse(toks: tuple[Tok, ...], text: str) -> Mention | None:
    """Describe the phrase *toks* of *text* as a mention: one word, role nominal, description or name."""
    start, end = toks[0].start, toks[-1].end
    words = [t.text for t in toks]
    low = [w.lower() for w in words]
    span_text = text[start:end]
    pron = lexicon.pronouns()
    if len(words) == 1 and (m := _CONTRACTION.fullmatch(low[0])) is not None and m.group(1) in pron:
        low = [m.group(1)]  # "I'll just add that ...": the pronoun, never a name "I'll"
    if len(words) == 1 and low[0] in INDEFINITE_SPEAKERS or len(words) == 2 and low[0] in INDEFINITE_SPEAKERS and low[1] == "else":
        # "said another", "somebody exclaimed", "somebody else inquired": a speaker the text does not name.
        return Mention(start, end, span_text, "role", low[0], None, None, (low[0],), (), None, False)
    if len(words) == 1 and low[0] in pron:
        g, number, person, case = pron[low[0]]
        if case == "poss" or low[0] in {"it", "you"}:
            return None
        return Mention(start, end, span_text, "pronoun", low[0], None, None, (), (), g, number == "pl")
    roles = lexicon.roles()
    # The head: the last word that is a role noun, a name or a number-old.
    head_i = len(words) - 1
    posts = lexicon.post_nominals()
    while head_i > 1 and words[head_i] in posts and is_cap(words[head_i - 1]) and low[head_i - 1] not in roles and low[0] not in DETERMINERS:
        head_i -= 1  # "Sandra Okoye MP": letters after a name, not the role noun heading the phrase (but "The new SDF MP" is one)
    # "a spokeswoman for the agency": the head is before the "for/of" phrase (not when a titled full name
    # ends the phrase: "Cabinet member for transport Cllr Ayesha Tandon" is her).
    # (The titled-name test runs only when such a phrase is there: most phrases have none.)
    if not _HEAD_PREPOSITIONS.isdisjoint(low[1:]) and not (
        len(words) >= 4 and words[-2] in lexicon.given_names() and is_cap(words[-1]) and words[-3].rstrip(".") in _title_words()
        or name_closes_role(words)
    ):
        for k, w in enumerate(low):
            if w in _HEAD_PREPOSITIONS and k > 0:
                if (low[k - 1] in roles or low[k - 1].endswith("-old")) and (
                    not is_cap(words[k - 1]) or k == 1 and low[0] in _PEOPLE_OF
                ):
                    head_i = k - 1  # (also a sentence's first word: "Members of Kelby Council said")
                    break
                if name_before_affiliation(words, k):
                    return _analyse(toks[:k], text)  # "Lena Holm of the cabin crew union": her, not the union
    # "the nurse leading the walkout": a participle phrase after a role noun
    # modifies it; so does a past one after a document's ("a report prepared
    # for councillors by officers": the report, which speaks for its makers).
    for k in range(1, head_i):
        if role_then_participle(words[k - 1], words[k], words[k + 1]) or (
            low[k + 1] in _PASSIVE_PREPOSITIONS and low[k].endswith("ed") and len(low[k]) > 4 and words[k].islower()
            and (r := roles.get(low[k - 1])) is not None and r.kind == "doc" and not is_cap(words[k - 1]) and low[k] not in roles
        ):
            head_i = k - 1
            break
    if head_i >= 1 and low[head_i] not in roles and _is_post_modifier(words[head_i]) and words[head_i - 1].isalpha() and (
        words[head_i - 1].islower() and low[head_i - 1] not in DETERMINERS
    ):
        head_i -= 1  # "a person familiar (with the talks)", "a commuter waiting", "her friend very": the noun before heads it
    head = words[head_i]
    hlow = low[head_i]
    if hlow not in roles and not hlow.endswith(("-old", "-olds")) and hlow.isascii() and not is_cap(head):
        # "the singer-songwriter", "a retired schoolteacher", "the landowner": a compound's last part heads it
        part = hlow.rsplit("-", 1)[1] if "-" in hlow else next((hlow[k:] for k in range(2, len(hlow) - 4) if hlow[k:] in roles), hlow)
        if part in roles and roles[part].kind == "person":
            hlow = part
            low = low[:head_i] + [hlow] + low[head_i + 1 :]
    proper_org = is_cap(head) and head in lexicon.org_words() and any(
        is_cap(w) and w.lower() not in DETERMINERS for w in words[:head_i]
    )  # "Nordic Steel Group", "Labour Party": a name, not the role noun "group"
    # ("Mark Feld of Ostrander Research": a name and an affiliation, not "research")
    affiliated = is_cap(head) and "of" in low[2:] and all(is_cap(w) for w in words[: low.index("of")])
    proper_org = proper_org or is_cap(head) and connected_org_name(words)  # "the Hollins Institute for Health Policy"
    if (hlow in roles or hlow.endswith("-old") or hlow.endswith("-olds")) and not proper_org and not affiliated and not surname_after_given(words, head_i):
        return _role_mention(words, low, head_i, start, end, span_text)
    if (not is_cap(head) or not head[0].isalpha()) and not (len(words) >= 3 and sentence_case_name(words)):  # ("Institut alpin de recherche": a name)
        return _description_mention(words, low, head_i, start, end, span_text)
    if 2 <= len(words) <= 4 and head_i == len(words) - 1 and low[0] in {"the", "a", "an"} and is_demonym(head) and all(not is_cap(w) or w in _COMPASS for w in words[1:-1]):
        # "the Ethiopian", "the veteran Dutchman", "the South African": a nationality (or party) noun describes a person; no surname.
        gender = "m" if hlow.endswith("man") and not hlow.endswith("woman") else "f" if hlow.endswith("woman") else None
        return Mention(start, end, span_text, "role", hlow, None, None, (hlow,), tuple(low[1:-1]), gender, False)
    if len(words) == 1 and _ADVERB_ENDING.search(low[0]) and words[0] not in lexicon.given_names():
        return None  # "Periodically she ...", "Evidently he ...": a sentence-opening adverb, no name
    return _name_mention(toks, words, low, text)


#: Adjectives that follow the noun they modify ("a person familiar with the
#: talks", "a source close to the minister", "the officials involved").
POST_ADJECTIVES = frozenset("familiar close involved concerned present responsible aware opposed".split())


def role_then_participle(prev: str, word: str, after: str) -> bool:
    """Does *word* open a participle phrase that modifies the role noun *prev*
    before it ("the nurse leading the walkout", "the mayor taking on ..."; *after*:
    the word after it, see :func:`~quotes.syntax.words.is_participle`)?"""
    roles = lexicon.roles()
    return prev.lower() in roles and not is_cap(prev) and is_participle(word, after) and word.lower() not in roles


def _is_post_modifier(word: str) -> bool:
    """A lower-case word that closes a phrase after its head noun: a
    post-nominal adjective, a participle ("waiting", "released"), an adverb
    ("very", "carelessly") or a preposition left behind by a cut."""
    low = word.lower()
    return word.islower() and (
        low in POST_ADJECTIVES or low in ADVERBS or low in NP_STOP_RIGHT or is_ly_adverb(low)
        or len(low) > 5 and low.endswith(("ing", "ed"))
    )


def _role_mention(words: list[str], low: list[str], head_i: int, start: int, end: int, span_text: str) -> Mention | None:
    """A phrase headed by a role noun or an "-old" ("the Estonian president", "the 54-year-old")."""
    head = words[head_i]
    hlow = low[head_i]
    role = lexicon.roles().get(hlow)
    mods = tuple(_strip_possessive(w) for w in words[:head_i] if is_cap(w) and low[words.index(w)] not in DETERMINERS)
    kind = "role" if role is None or role.kind in {"person", "group"} else "org"
    if low[0] not in DETERMINERS and not any(is_cap(w) for w in words[:head_i]) and not (role and role.plural):
        # A bare singular role noun ("president said") is not a mention,
        # unless it is capitalised as a title ("Leader") or a plural.
        if not is_cap(head):
            return None
    gender = role.gender if role else None
    plural = bool(role and role.plural) or hlow.endswith("-olds")
    roles = office_roles(low, head_i, hlow if role is None else role.singular.lower())  # "the prime minister": also "the premier"
    if head_i + 3 == len(low) and low[head_i + 1] == "of" and (roles[0], low[-1]) in OF_ROLES:
        roles = OF_ROLES[roles[0], low[-1]]  # "the head of state": the president (not any "head")
    return Mention(start, end, span_text, kind, role.singular if role else "year-old", None, None, roles, mods, gender, plural)


def _description_mention(words: list[str], low: list[str], head_i: int, start: int, end: int, span_text: str) -> Mention | None:
    """A lower-case description whose head is not in the role list ("critics", "a narrator"), or None."""
    head = words[head_i]
    hlow = low[head_i]
    pron = lexicon.pronouns()
    if (
        1 <= len(words) <= 3 and all(w.isalpha() and w.islower() for w in words)
        and hlow.endswith("s") and not hlow.endswith(("ss", "us", "is")) and len(hlow) > 4
        and hlow not in pron and hlow not in _NOT_PERSON_HEADS
        and not any(w in NP_STOP_RIGHT or w in ADVERBS or w in PARTICLES for w in low)
    ):
        # "independent auditors said", "critics say": a bare plural
        # description; the cue beside it is the evidence.
        return Mention(start, end, span_text, "role", hlow, None, None, (hlow,), (), None, True)
    if (
        low[0] in DETERMINERS and head.replace("-", "").isalpha() and head.islower() and len(head) >= 3 and 2 <= len(words) <= 6
        and hlow not in pron and hlow not in NP_STOP_RIGHT and hlow not in PARTICLES
        and hlow not in ADVERBS and hlow not in DETERMINERS and hlow not in _NOT_PERSON_HEADS
    ):
        # "a narrator", "the email": a description whose head is not in
        # the role list; the cue beside it is the evidence.
        mods = tuple(_strip_possessive(w) for w in words[1:head_i] if is_cap(w))
        return Mention(start, end, span_text, "role", hlow, None, None, (hlow,), mods, None, hlow.endswith("s") and not hlow.endswith("ss"))
    return None


def _after_possessor(name_words: list[str], mods: list[str]) -> list[str]:
    """The name after a possessor inside the run ("Ostrava Steel's Ana Ruiz",
    "the Evening Ledger's Callum Fraser", "the Daily Times' Ben Okoro",
    "Norveland's Ministry of Transport", "Ostland's Foreign Ministry", a
    place's "Vell's National Audit Office"): the possessor joins *mods*.
    Only before a given name or a public body, so
    "King's College London" stays one name."""
    given = lexicon.given_names()
    public = lexicon.org_types().get("public", frozenset())
    poss = max((x for x, w in enumerate(name_words[:-1]) if (w.endswith(("'s", "\u2019s", "s'", "s\u2019")) or w in ("'", "\u2019") and x) and (
        name_words[x + 1] in given or name_words[x + 1] in public and len(name_words) > x + 2
        or len(name_words) == x + 3 and name_words[x + 2] in public  # ("Ostland's Foreign Ministry")
        or x == 0 and 3 < len(name_words) <= 5 and name_words[-1] in public)), default=-1)  # ("Vell's National Audit Office")
    mods.extend(_strip_possessive(w) for w in name_words[: poss + 1])
    return name_words[poss + 1 :]


def _without_post_nominals(name_words: list[str], roles_found: list[str]) -> tuple[list[str], int]:
    """The name without post-nominal letters ("Miriam Achebe KC", "Sandra
    Okoye MP"), and how many words went; the roles they imply join
    *roles_found* (a later "the barrister" re-mentions the KC)."""
    posts = lexicon.post_nominals()
    cut = 0
    while len(name_words) > 2 and _strip_possessive(name_words[-1]) in posts:
        if (implied := posts[_strip_possessive(name_words[-1])]) is not None and implied not in roles_found:
            roles_found.append(implied)
        name_words = name_words[:-1]
        cut += 1
    return name_words, cut


def _after_inner_role(
    words: list[str], last_title_end: int, roles_found: list[str], title_words: list[str], mods: list[str]
) -> tuple[list[str], list[str]]:
    """"White House spokeswoman Jane Hill", "Opposition leader Karen
    Lindqvist": a lower-case role word inside the run ends the description;
    the name is the capitalised words after it. Returns the name's words and
    the title's (the role joins *roles_found*, the capitalised words before
    it *mods*)."""
    roles = lexicon.roles()
    name_words = words[last_title_end:]
    if connected_org_name(name_words) or sentence_case_name(name_words):
        return name_words, title_words  # ("Institute for Fiscal Studies": a connector, no role word; "Agence sanitaire régionale du Val-Morel": a name in sentence case)
    for x in range(len(name_words) - 1, -1, -1):
        lw = name_words[x].lower()
        acronym_role = name_words[x].isupper() and len(name_words[x]) > 1 and lw in roles and roles[lw].kind == "person"
        # ("Labour MP Sandra Okoye", "Acme CEO Jane Hill": a role written in capitals ends the description too)
        if (not is_cap(name_words[x]) or acronym_role) and name_words[x][:1].isalpha() and lw not in PARTICLES and x < len(name_words) - 1:
            if lw in roles:
                roles_found.append(roles[lw].singular.lower())
                title_words = list(words[: last_title_end + x + 1])
            mods.extend(_strip_possessive(w) for w in name_words[: x + 1] if is_cap(w))
            return name_words[x + 1 :], title_words
    return name_words, title_words


def _two_persons(words: list[str], titles: frozenset[str]) -> bool:
    """Is the capitalised run *words* two people joined by "and"? Each side
    opens with a given name or a title and holds a name word; nothing is an
    organisation word ("Marks and Spencer", "the Competition and Consumer
    Authority" are one name each, and so is a couple's shared title, "Mr. and
    Mrs. Bennet", whose first side is a title alone)."""
    k = words.index("and")
    if words.count("and") > 1 or k == 0:
        return False
    given, orgs = lexicon.given_names(), lexicon.org_words()
    for side in (words[:k], words[k + 1 :]):
        first = _strip_possessive(side[0])
        if not (first in given or first.rstrip(".") in titles) or all(w.rstrip(".") in titles for w in side):
            return False
        if any(not is_cap(w) or w in orgs for w in side):
            return False
    return True


def _name_mention(toks: tuple[Tok, ...], words: list[str], low: list[str], text: str) -> Mention | None:
    """A capitalised run: a personal or organisation name with its titles and descriptions split off."""
    start, end = toks[0].start, toks[-1].end
    roles = lexicon.roles()
    tw = _title_words()
    if "and" in words[1:-1] and _two_persons(words, tw):
        # "Jane and Elizabeth", "Mr. Collins and Charlotte", "Ana and Tom Bell":
        # two people, a group (what they do together is theirs), never one
        # person's name that the first of them would then carry.
        return Mention(start, end, text[start:end], "role", "people", None, None, (), (), None, True)
    title_words, roles_found, gender, last_title_end = split_titles(words, tw)
    if last_title_end == 0 and (found := role_title(words, low)) is not None:
        title_words, role, g = found  # "Choreographer Anouk Delveaux", "Station Manager Neil Hapgood"
        roles_found, last_title_end, gender = [role], len(title_words), gender or g
    if last_title_end and org_after_title(words, last_title_end):
        title_words, roles_found, gender, last_title_end = [], [], None, 0  # "the Premier League": the title word is the name's
    mods: list[str] = []
    name_words, title_words = _after_inner_role(words, last_title_end, roles_found, title_words, mods)
    for w in words[:last_title_end]:
        if is_cap(w) and w.rstrip(".") not in tw and w.lower() not in PARTICLES:
            mods.append(_strip_possessive(w))
    if title_words and roles_found and len(name_words) >= 2 and name_words[0] == "of":
        body = title_of(name_words[1:])
        if body is None:
            # "Managing Director of LMU", "Governor of the Bank of England":
            # a title and the body it is held in, no one's name (the
            # holder is named beside it: "Hendrik Vaal, Managing Director of LMU,").
            mods.extend(_strip_possessive(w) for w in name_words[1:] if is_cap(w))
            return Mention(start, end, text[start:end], "role", roles_found[-1], None, " ".join(title_words),
                           tuple(roles_found), tuple(mods), gender, False)
        mods.extend(w for w in name_words[1 : 1 + body] if is_cap(w))
        name_words = name_words[1 + body :]  # "Minister of Finance Tom Bell": the body, then the holder's name
    if len(name_words) > 1 and mood_word(name_words[0]) and not any(w in lexicon.org_words() for w in name_words):
        name_words = name_words[1:]  # "Fuming Tavita said"
    # Drop leading determiners / possessive phrases from the name part.
    while name_words and not (title_words and particle_surname(name_words)) and (name_words[0].lower() in DETERMINERS or name_words[0].lower() in PARTICLES and not _opening_particle(name_words)
                          or not is_cap(name_words[0])):
        name_words = name_words[1:]  # "upon Maria" -> "Maria"
    orgs = lexicon.org_words()
    while len(name_words) > 2 and is_cap(name_words[1]) and (is_demonym(name_words[0]) and not is_partisan(name_words[0]) or party_before_name(name_words)) and not any(w in orgs for w in name_words):
        mods.append(name_words[0])  # "Ethiopian Almaz Derese", "Democrat Lorraine Gaines" (not "Republican National Committee's")
        name_words = name_words[1:]
    name_words = _after_possessor(name_words, mods)
    name_words = without_birthplace(name_words, mods)
    if not name_words:
        return None
    if (name_words[-1] in NOT_NAMES or _strip_possessive(name_words[-1]) in _NOT_NAMES_CONTRACTED or _CAPITAL_CONTRACTION.fullmatch(name_words[-1])) and len(name_words) == 1 and not (
        title_words and title_words[-1].rstrip(".") in _HONORIFIC_TITLES and name_words[-1] not in _PRONOUN_LIKE
    ):
        return None  # but "Mrs. May", "Mr. Last": after an honorific, a surname
    name_words, cut = _without_post_nominals(name_words, roles_found)
    first = toks[len(toks) - cut - len(name_words)]
    last = toks[-1 - cut]
    of = name_words.index("of") if "of" in name_words[2:] else -1
    if of > 0 and all(is_cap(w) and w not in orgs and w not in lexicon.place_words() for w in name_words[:of]):
        # "President Teodor Vasca of Calderia": a personal name, then where the person is from.
        mods.extend(w for w in name_words[of + 1 :] if is_cap(w))
        last = toks[len(toks) - cut - len(name_words) + of - 1]
        name_words = name_words[:of]
    name_words[-1] = _strip_possessive(name_words[-1])
    # The name as written (so "Dockworkers' Federation" keeps its apostrophe),
    # with line breaks and runs of spaces folded.
    name = " ".join(_strip_possessive(text[first.start : last.end]).split())
    # "the Aldermoor Federation" is an organisation, but "the veteran actor Mathieu Delorme" a person:
    # a role word before the name says so; "Courier firm Dashlane": an organisation's role noun.
    org_role = bool(roles_found) and gender is None and all(r in roles and roles[r].kind == "org" for r in roles_found)
    # ("Greyling & Shaw", "Helder & Voss": names joined by an ampersand are a firm's, never one person's)
    kind = "org" if any(w in orgs for w in name_words) or low[0] == "the" and not roles_found or org_role or name in lexicon.seats() or (
        "&" in name_words[1:-1] and not title_words
    ) else "name"
    if kind == "name" and len(name_words) > 1 and _strip_possessive(name_words[0]) != name_words[0]:
        # "Estonia's President X" was handled above; "Ruiz's spokeswoman" is a role.
        mods.append(_strip_possessive(name_words[0]))
        name_words = name_words[1:]
        name = " ".join(name_words)
    title = " ".join(title_words) if title_words and not org_role else None
    if gender is None and kind == "name":
        gender = lexicon.given_gender(name_words[0]) if len(name_words) > 1 else lexicon.given_names().get(name_words[0])  # (a lone "Grant-Menzies" is a surname)
    return Mention(start, end, text[start:end], kind, _strip_possessive(name_words[-1]).lower(), name, title,
                   tuple(roles_found), tuple(mods), gender, False)
