"""Closed word classes of the shallow syntax: one set per class, each
explained where it is defined. Rules import them from here.
"""

from __future__ import annotations

from .. import lexicon

#: The number words, spelled out (a quantity subject "two of them said"; "in
#: two" before a cue). Digits are recognised by shape, not listed.
NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())

#: Articles, and the possessive determiners that stand in their place
#: before a noun ("the statement", "her statement"): together they open a
#: noun phrase, so a word after them is read as a noun, not a verb (Biber et
#: al. 1999, Longman Grammar, 4.4).
ARTICLES = frozenset({"a", "an", "the"})
#: Quantifiers that open a sentence as its subject, capitalised like a name
#: ("Neither wanted to give his name", "None showed ..."): members of a group
#: (PolNeAR annotates them as sources), never one person nor a name.
QUANTIFIER_SUBJECTS = frozenset("Neither Either None Few Several".split())
POSSESSIVE_DETERMINERS = frozenset({"his", "her", "its", "their", "our", "my", "your"})
NOUN_OPENERS = ARTICLES | POSSESSIVE_DETERMINERS

#: The token that stands for a whole quotation in the outer stream.
QUOTE_TOKEN = "\x00Q"

END_PUNCT = frozenset({".", "!", "?", ";", "\u2026"})

DASHES = frozenset({"\u2015", "\u2014", "\u2013", "--"})

LEAD_PUNCT = frozenset({",", "\u2014", "\u2013", "\u2015", "-", "--", ":", "("})

TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight "
    "earlier later recently afterward afterwards previously again too then also last week month "
    "year morning afternoon evening night this next ago weekend".split()
)

#: Nouns of a stretch of time that a demonstrative "that" may open as a time
#: adjunct ("told the rally that morning", "said that year that ..."): there
#: "that" is a determiner, not the complementiser.
TIME_NOUNS = frozenset("morning afternoon evening night day week month year weekend time moment season summer winter spring autumn".split())

#: Words that open a reported clause as its complementiser ("said that ...",
#: "asked whether ...", "explained how ...").
COMPLEMENTISERS = frozenset("that if whether how why what when".split())
#: Words in -ing that are no participle opening an adjunct: nouns ("nothing",
#: "morning") and prepositions ("including new paving", "following the vote").
ING_NOT_PARTICIPLES = frozenset(
    "nothing something anything everything morning evening during according notwithstanding including excluding "
    "following regarding concerning considering pending".split()
)
#: Conjunctions that open a subordinate clause before the main one ("Although X
#: says A, B"; "When she spoke to supporters, she …").
SUBORDINATORS = frozenset("after although because before if once since though unless until when whereas while".split())

PREPOSITIONS = frozenset("in on at during after before with to via through from by over into for".split())

AUX = frozenset(
    "is are was were be been being has have had will would can could should must may might "
    "shall does did do isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't "
    "couldn't shouldn't doesn't didn't don't 's 're 've 'll 'd".split()
)

SUBJ_PRONOUNS = frozenset("i we you he she it they there this".split())
#: The personal subject pronouns a speaking verb takes in a tag or after an opening adjunct ("he said", "said she").
SPEAKING_PRONOUNS = frozenset("i we he she they".split())

#: Mention kinds that may be the subject of :meth:`Attributor.predicate_fragment`.
PREDICATE_SUBJECT_KINDS = frozenset({"name", "pronoun", "role", "org"})

#: Subjects that stand for no one ("It was "clear"", "There is …").
EXPLETIVES = frozenset({"it", "there", "this", "that", "what", "which"})

#: Words after a subject that cannot be its main verb.
NOT_VERBS = frozenset(
    "the a an and or but of in on at to for with from by as that which who whose whom when where "
    "while if because than then so not".split()
)

#: Endings of a possessor ("Ruiz's", "the dockers'"); the first two, of a singular one.
POSSESSIVE_ENDINGS = ("'s", "\u2019s", "s'", "s\u2019")

#: Possessive determiners and the pronoun of their owner: head, gender, plural
#: ("his answer" is his: the noun tags and the owner of an utterance).
POSSESSIVE_OWNERS = {"his": ("he", "m", False), "her": ("she", "f", False), "my": ("i", None, False), "their": ("they", None, True)}

#: Particles of phrasal verbs, left out of the content ("talked up", "pivoted to").
VERB_PARTICLES = frozenset("up about to on for with against as out off over into at from of".split())

CLAUSE_BAD_START = frozenset(
    "to for about of in on at with from by as into over against toward towards".split()
)

#: Heads of quantity subjects of survey reports ("47 percent said", "six in
#: 10 say", "most believe", "others say"); the people counted are the source
#: (poll reports in PARC 3.0 and PolNeAR: Pareti 2016; Newell et al. 2018).
QUANT_HEADS = frozenset(
    "percent % half third thirds quarter quarters fifth fifths majority plurality minority most many some others both few several another".split()
)

#: Words that may open a quantity subject ("just over a quarter", "nearly two-thirds").
QUANT_LEAD = frozenset(
    "a an the just almost nearly about around roughly only over under more fewer less than some least "
    "vast slim narrow overwhelming large small clear solid bare".split()
)

BE = frozenset("is are was were be been being am 's 're".split())

QUESTION_WORDS = frozenset("if whether what why how who whom which when where about".split())

NOT_MODIFIERS = frozenset("and but or nor so yet as which who that while because since if".split())

#: Verbs a participle cue completes ("kept asking", "began saying", "was
#: referring to"): their subject is the participle's.
ING_HOSTS = frozenset(
    "kept keep keeps began begin begins started start starts continued continue continues "
    "is are was were been".split()
)

#: Possessive determiners that name the source of a nominal cue ("her claim"),
#: with the subject pronoun that stands for them.
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}

#: Lower-case particles that open a surname after an honorific ("Mr de la
#: Haye", "Mrs van der Berg", "Dr bin Salem"): part of the name, not words to drop.
SURNAME_PARTICLES = frozenset("de des da del della der di du dos la le van von den ter zu af bin ibn al el ben".split())


def particle_surname(words: list[str]) -> bool:
    """Do *words* open with surname particles and then a capitalised word
    ("de la Haye", "van der Berg")? (Up to three particles.)"""
    k = 0
    while k < len(words) and k < 3 and words[k] in SURNAME_PARTICLES:
        k += 1
    return 0 < k < len(words) and words[k][:1].isupper()


def surname_after_given(words: list[str], head_i: int) -> bool:
    """Is the capitalised role noun ``words[head_i]``, closing the phrase
    right after a given name, a surname ("Ann Baker", "Peter Cook", "Beatriz
    Lamas": English has many occupational surnames), never the role?"""
    head = words[head_i]
    if not (head_i == len(words) - 1 and head_i >= 1 and head[:1].isupper()):
        return False
    before = words[head_i - 1]
    # ("governor Jan Brewer": a capitalised word between a lower-case role and
    # the role noun is a given name the list leaves out, "Jan" being a month too)
    roles = lexicon.roles()
    return before in lexicon.given_names() or head_i >= 2 and before.isalpha() and before[:1].isupper() and (
        words[head_i - 2].islower() and getattr(roles.get(words[head_i - 2]), "kind", None) == "person"
        and getattr(roles.get(head.lower()), "kind", None) == "person" and before.lower() not in roles
    )


def is_ly_adverb(word: str) -> bool:
    """A manner adverb such as "mockingly": lower case, five letters or more,
    ending in -ly, and none of the nouns and adjectives that only look so
    (``ly_words.txt``: "assembly", "elderly")."""
    return len(word) > 4 and word.endswith("ly") and word.islower() and word not in lexicon.ly_words()

#: Adverbs that may stand between a verb and the quotation it introduces
#: ("said simply "No."", "a sign that reads only "Closed""), with the manner
#: adverbs in -ly (:func:`quote_adverb`).
QUOTE_ADVERBS = ("simply", "only", "just", "merely")


def quote_adverb(word: str) -> bool:
    """May *word* stand between a verb and its quotation ("simply", "flatly")?"""
    return word in QUOTE_ADVERBS or is_ly_adverb(word)


def sentence_quote(text: str, start: int, end: int) -> bool:
    """Is the quoted span ``text[start:end]`` (its marks included) a sentence
    of its own: a capital first, a sentence mark or a comma last, inside the
    marks? 'said simply "We have no comment."' tags a direct quote; 'said
    only "minor" changes were needed' reports a clause with a fragment."""
    inner = text[start + 1 : end - 1].strip()
    return len(inner) > 1 and inner[0].isupper() and inner[-1] in ".!?,\u2026"


#: Short words that title case leaves in lower case ("Ferry to the Island",
#: "Ruiz Sides With Bell on Wages"; Chicago Manual of Style, 8.159).
TITLE_SMALL_WORDS = frozenset("a an and as at but by for from in into nor of on or over the to vs with".split())


def is_title_case(words: list[str], *, share: float = 1.0, min_caps: int = 1) -> bool:
    """Are *words* written in title case? Of the words that start with a letter
    (after any opening quote mark), at least *min_caps* are capitalised, and
    the capitalised ones with the small words in lower case after the first
    word (``TITLE_SMALL_WORDS``) make up at least *share* of them: 1.0 for a
    title or a name ("Harbour Lights Tonight"), less for a headline line."""
    letters = [w.lstrip("\"'(\u2018\u201c") for w in words]
    letters = [w for w in letters if w[:1].isalpha()]
    caps = sum(1 for w in letters if w[0].isupper())
    small = sum(1 for i, w in enumerate(letters) if i and w[0].islower() and w in TITLE_SMALL_WORDS)
    return caps >= min_caps and caps + small >= share * len(letters)

#: Nationality nouns that no suffix rule finds ("the Swiss", "the Dutch").
_DEMONYMS = frozenset(
    "Afghan Basque Czech Dane Dutch Finn French German Greek Irish Pole Scot Scots Swede Swiss Thai Turk Welsh "
    # Nationality nouns whose endings the rule below does not cover ("-an", "-ard", "-i", ...).
    "African American Angolan Arab Argentine Bahraini Bangladeshi Beninese Bolivian Briton Burkinabe Catalan "
    "Croat Cuban Cypriot Dominican Ecuadorean Emirati Fijian Filipino Filipina Fleming Guatemalan Honduran "
    "Icelander Jamaican Kazakh Kenyan Kiwi Kurd Kuwaiti Libyan Londoner Luxembourger Malagasy Maltese Maori "
    "Mexican Moroccan Mozambican Nicaraguan Omani Panamanian Papuan Paraguayan Puerto Qatari Rwandan Salvadoran "
    "Samoan Saudi Serb Slovak Slovene Spaniard Sudanese Tajik Tongan Ugandan Uruguayan Uzbek Venezuelan Yemeni "
    "Zimbabwean Berliner Muscovite Quebecer Texan Zealander Lankan Rican".split()
)
#: Party nouns: after an article they describe a person as a nationality noun
#: does ("the Democrat said", "the veteran Tory"), re-mentioning someone the
#: text gave that party ("Democratic Senator ...", "Tory backbencher ..."), so
#: :func:`is_demonym` counts them with the nationality nouns. (Not "Labour",
#: "Green" or "Independent": an adjective, a surname, a newspaper.)
_PARTISANS = frozenset("Democrat Republican Conservative Tory Socialist Liberal Communist Unionist Nationalist".split())
#: Endings of nationality and origin nouns ("Ethiopian", "Togolese",
#: "Dutchman", "Iraqi"; Quirk et al. 1985, 7.25, on demonyms).
_DEMONYM_ENDINGS = ("ian", "ean", "ese", "man", "woman", "ani", "eni", "ari", "eli", "aqi", "adi", "ali")


#: Nationality nouns whose adjective or country starts differently ("the Pole"
#: re-mentions "a Polish manager"): the four-letter stems that count as the same origin.
_DEMONYM_STEMS = {
    "dane": ("dani", "denm"), "pole": ("poli", "pola"), "swede": ("swed",), "finn": ("finn", "finl"),
    "turk": ("turk",), "scot": ("scot",), "spaniard": ("span", "spai"), "dutchman": ("dutc", "neth", "holl"),
    "dutchwoman": ("dutc", "neth", "holl"), "frenchman": ("fren", "fran"), "frenchwoman": ("fren", "fran"),
    "englishman": ("engl",), "irishman": ("iris", "irel"), "welshman": ("wels", "wale"), "briton": ("brit",),
    "greek": ("gree",), "thai": ("thai",), "swiss": ("swis", "swit"), "czech": ("czec",),
    "zealander": ("zeal",), "conservative": ("cons", "tory"), "tory": ("tory", "cons"),
}


def demonym_stems(noun: str) -> tuple[str, ...]:
    """The four-letter stems of the modifiers that give a person the origin of
    the nationality noun *noun* ("dane" -> "Danish", "Denmark")."""
    low = noun.lower()
    return _DEMONYM_STEMS.get(low, (low[:4],))


def is_partisan(word: str) -> bool:
    """A party noun that :func:`is_demonym` counts ("Democrat", "Tory")."""
    return word in _PARTISANS


def is_demonym(word: str) -> bool:
    """A capitalised nationality or origin noun ("Ethiopian", "Dutchman",
    "Karsovian"), or a party noun ("Democrat", :data:`_PARTISANS`): after
    "the" it describes a person, it is not a surname.
    A given name is none ("Brian", "Jean", "Dean", "Herman"), nor a word the
    endings only look like: "-ean" on a word of five letters or fewer
    ("Clean", "Ocean"), "-man" after anything but a nationality adjective
    ("Chapman", "Freeman"; "Dutchman", "Frenchwoman" are)."""
    if not (word[:1].isupper() and word.isalpha() and word[1:].islower() and len(word) > 3):
        return False
    if word in _DEMONYMS or word in _PARTISANS:
        return True
    if not word.endswith(_DEMONYM_ENDINGS) or word in lexicon.given_names():
        return False
    if word.endswith("man"):
        return word.removesuffix("man").removesuffix("wo") in _MAN_DEMONYM_STEMS
    return not (word.endswith("ean") and len(word) <= 5)


#: The nationality adjectives that make a noun in "-man" or "-woman" ("Dutchman", "Irishwoman").
_MAN_DEMONYM_STEMS = frozenset("Dutch English French Irish Scots Scotch Welsh Cornish Manx Norse".split())


def is_participle(word: str, after: str = "") -> bool:
    """A lower-case present participle ("leading", "taking"; not "morning",
    "nothing", "king"). With the word *after* it, one that opens a verb
    phrase: before a determiner, a preposition or a particle ("leading the
    strike", "taking on", "working at"); not a noun in -ing ("military
    funding but", "the council building said")."""
    if not (len(word) > 4 and word.endswith("ing") and word.islower() and word.isalpha() and word not in ING_NOT_PARTICIPLES):
        return False
    return not after or after.lower() in _VERB_PHRASE_NEXT


#: What follows a participle opening its verb phrase: a determiner, a preposition or a particle.
_VERB_PHRASE_NEXT = frozenset(
    "the a an his her their its our my your this that these those "
    "in on at during after before with to via through from by over into for about against "
    "up out off back down away around".split()
)


#: Endings of compounds that give an origin or a seat ("Tromsø-born", "Oslo-based"): modifiers, never a name's head.
ORIGIN_ENDINGS = ("-born", "-based", "-bred", "-raised", "-reared", "-educated", "-trained", "-headquartered")


def without_birthplace(name_words: list[str], mods: list[str]) -> list[str]:
    """*name_words* without an origin modifier and the words before it
    ("Glasgow-born Ann Reilly", "South Korean-born Monte Haines", "Oslo-based
    Ingrid Haug"), which join *mods*."""
    born = max((x for x, w in enumerate(name_words[:-1]) if w.lower().endswith(ORIGIN_ENDINGS)), default=-1)
    mods.extend(name_words[: born + 1])
    return name_words[born + 1 :]


#: Participles of making or sending a document ("a report published by",
#: "the indictment filed by"): the issuer patterns (:mod:`quotes.issuers`)
#: and the reduced relative after an "according to" source
#: (:func:`quotes.syntax.sources.source_object`) read the same verbs.
MAKING_PARTICIPLES = frozenset(
    "issued released published written signed sent compiled commissioned prepared produced conducted filed lodged submitted drafted".split()
)


def last_word(text: str, closing: str) -> str:
    """The last whitespace-separated word of *text*, past one final character of *closing* ("goes:" -> "goes").

    The reverse patterns of the non-speech frames end at the mark in one of a
    few words (``inscriptions._INSCRIPTION``, ``wording._TERM_NOUN``):
    testing that word first, in C, spares nearly every quoted span the
    pattern's scan, a few microseconds each."""
    tail = text.rstrip()
    if tail[-1:] and tail[-1] in closing:
        tail = tail[:-1].rstrip()
    return tail.rsplit(None, 1)[-1] if tail else ""


def quote_formula_start(words: list[str], k: int, lo: int) -> int:
    """Where a speaker's quotation formula ends the words ``words[lo:k]``
    (", and I quote," or ", quote," right before a quotation mark: "Ruth Kell
    writes, and I quote, "..."", where the words quoted are Kell's and the
    formula the quoter's aside): the index of the comma that opens it, or *k*
    when there is none. *words*: the token texts; ``words[k - 1]`` may be the
    formula's closing comma."""
    j = k - 1 if k - 1 >= lo and words[k - 1] == "," else k
    if j - 1 < lo or words[j - 1].lower() != "quote":
        return k
    j -= 1
    if j - 2 >= lo and words[j - 1] == "I" and words[j - 2].lower() == "and":
        j -= 2
    return j - 1 if j - 1 >= lo and words[j - 1] == "," else k
