"""What a speaker mention names: a person, an organisation, a group, a
place, a date or time, or something else.

Only people, organisations and groups speak (a document, "the report said",
speaks for the organisation that issued it). The pipeline leaves a quote
without a speaker rather than give it a place, a date, a fragment or a thing
(evidence ``not-a-speaker``); ``tests/test_speakers.py`` checks on the dev
corpora and our news set that no speaker is typed otherwise.
"""

from __future__ import annotations

from .. import lexicon
from .phrases import INDEFINITE_SPEAKERS, Mention
from .tokens import Tok, is_cap
from .words import POSSESSIVE_ENDINGS, POSSESSIVE_OWNERS, is_demonym

__all__ = ["NOT_SPEAKERS", "SPEAKER_TYPES", "UTTERANCES", "context_type", "hearing_body", "is_place_name", "is_thing_name", "mention_type", "possessor", "utterer"]

#: The types that may speak.
SPEAKER_TYPES = frozenset({"person", "organisation", "group"})
#: The types that never speak. "other" is a description whose head no word
#: list knows ("the fourth consecutive", "The rift"): a person noun, an
#: organisation noun or a document noun (roles.txt) types it otherwise, so
#: what is left is no one. In fiction the line it tags becomes an untagged
#: turn (resolve.py), which the conversation model gives to a participant.
NOT_SPEAKERS = frozenset({"place", "date", "other"})

#: Heads that name a day or a span of time ("On Tuesday the council said",
#: "the past week", "Today"); months are left out, since "May" and "June"
#: are given names and surnames too.
_TIME_HEADS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow "
    "morning afternoon evening night week weekend month year decade century hour minute".split()
)
#: Heads that stand for the person speaking ("called a voice behind the
#: hedge"): typed, but no role, so coreference never re-mentions by them.
_PERSON_METONYMS = frozenset({"voice", "voices"})
_ROLE_TYPES = {"person": "person", "group": "group", "org": "organisation", "doc": "organisation"}


def is_place_name(name: str) -> bool:
    """A name of two words or more ending in a place word ("Kestrel Bay",
    "Royal Infirmary") or opened by one ("Port Averly"; not when an organisation
    word ends it: "Port Averly Harbour Board"), whose first word is no given name ("Jennifer Green"
    is a person; a bare "Woods" or "Fields" may be a surname), nor a seat that speaks for
    the body sitting there ("Downing Street", ``seats.txt``)."""
    words = name.split()
    return len(words) > 1 and words[0] not in lexicon.given_names() and name not in lexicon.seats() and (
        words[-1] in lexicon.place_words()
        or words[0] in lexicon.place_prefixes() and words[-1] not in lexicon.org_words()  # "Port Averly", "Lake Orrin"; not "Port Averly Harbour Board"
    )


def is_thing_name(name: str) -> bool:
    """A name of two words or more ending in a word of a thing (``thing_words.txt``:
    "the Tamsin Medal", "the Hallam Cup"), whatever its first word, or a
    weather event's ("Storm Ingrid", "Hurricane Dora"): never a person."""
    words = name.split()
    return len(words) > 1 and (words[-1] in lexicon.thing_words() or words[0] in _EVENT_WORDS)


#: Bodies that hear evidence ("the court heard", "the inquest heard"): the
#: audience of what counsel or a witness said, never its source.
_HEARING_BODIES = frozenset("court jury inquest tribunal hearing trial committee panel inquiry magistrates".split())


def hearing_body(m: Mention, cue: str) -> bool:
    """'..., the court heard', 'The jury heard that ...': a body that hears
    evidence, as the subject of a verb of hearing (*cue*, lower case), is the
    audience of the words, not their source (British court reporting's
    formula for what counsel or a witness told it)."""
    return cue in _HEARD and m.text.rsplit(None, 1)[-1].lower() in _HEARING_BODIES


_HEARD = frozenset({"heard", "hears", "hear"})


def mention_type(m: Mention) -> str:
    """The type of the speaker mention *m*: person, organisation, group,
    place, date or other."""
    if m.kind in {"pronoun", "relative"}:
        return "group" if m.plural else "organisation" if m.head == "it" else "person"
    words = (m.name or m.text).split()
    if len(words) == 1 and words[0].lower() in _TIME_HEADS or m.kind == "role" and m.head in _TIME_HEADS:
        return "date"
    if m.kind in {"name", "org"}:
        if not m.title and is_place_name(" ".join(words)):
            return "place"
        if is_thing_name(" ".join(words)):
            return "other"
        return "organisation" if m.kind == "org" else "person"
    role = lexicon.roles().get(m.head)
    if role is not None:
        return "group" if m.plural and role.kind == "person" else _ROLE_TYPES.get(role.kind, "other")
    if m.head in _PERSON_METONYMS:
        return "group" if m.plural else "person"
    if is_demonym(m.head.capitalize()) or m.head.endswith("-old") or m.head in INDEFINITE_SPEAKERS:
        return "person"  # "the Norwegian", "the 47-year-old", "said another", "somebody said"
    return "group" if m.plural else "other"


#: Prepositions of extent, before a place name only.
_SPREAD = frozenset({"across", "throughout"})

#: Prepositions of place right before a name ("off Marsh Lane", "outside County Hall").
_LOCATIVE = frozenset("in at on off along near outside inside into onto across behind beside opposite past via".split())


#: Verbs of a life's places: "born in Ostberg", "raised in", "grew up in", "died at", "buried in".
_LIFE_PLACES = frozenset("born raised grew died buried settled".split())


#: Participles that site something, before "in"/"near" and a place ("based in Harlingmoor").
_SITED = frozenset("based headquartered located situated sited".split())


#: Auxiliaries after which "it" acts ("it would appeal", "it has no plans").
_ACTING_AUXILIARIES = frozenset("would will could can had has did does plans planned intends intended".split())
#: Verbs after which "it" may be the weather's or the situation's ("it would
#: take years", "it had been a long day", "it would be wrong").
_IMPERSONAL_AFTER = frozenset("be been take took taken seem seemed appear appeared make made mean meant help rain snow".split())


#: "it" in a progressive acts too ("said it was cooperating", "says it is
#: reviewing"), but for these participles, which the weather, the time or a
#: situation takes ("it was raining", "it was getting late", "it is going to").
_PROGRESSIVE = frozenset("is was".split())
_IMPERSONAL_PROGRESSIVE = frozenset("raining snowing getting going becoming being looking seeming starting beginning coming happening turning".split())


def _says_it_will(toks: list[Tok], i: int, j: int) -> bool:
    """'Kestrel Land said it would study the judgment', 'Harbin Toys says it
    has no plans': a name whose reported clause has "it" act is an
    organisation's (a person says "he" or "she"). Not after a given name
    ("Ana Ruiz said it would appeal" speaks of a company named before), and
    not an impersonal "it" ("it would take years", "it had been a long day")."""
    n = len(toks)
    if j + 3 >= n or toks[j + 1].text.lower() != "it" or toks[i].text in lexicon.given_names():
        return False
    aux, nxt = toks[j + 2].text.lower(), toks[j + 3].text.lower()
    if nxt == "not" and j + 4 < n:
        nxt = toks[j + 4].text.lower()
    verb = toks[j].text.lower()
    acting = aux in _ACTING_AUXILIARIES and nxt not in _IMPERSONAL_AFTER or (
        aux in _PROGRESSIVE and nxt.endswith("ing") and nxt not in _IMPERSONAL_PROGRESSIVE  # "it was cooperating fully"
    )
    return verb in lexicon.cue_verbs() and not verb.endswith("ing") and acting and nxt.isalpha()


#: Words that open the name of a weather event ("Storm Ilsa", "Hurricane Dora").
_EVENT_WORDS = frozenset({"Storm", "Hurricane", "Typhoon", "Cyclone"})


def context_type(toks: list[Tok], i: int, j: int) -> str | None:
    """The type the words around the name ``toks[i:j]`` give it, or None.

    - "organisation": a non-restrictive "which" ("Pellworth Foods, which
      employs 900 people"), or a possessive before a noun only an
      organisation has (``org_members.txt``: "Delmont's managing director"),
      or a role noun and a name right after it ("Valmouth Metro chief
      executive Farid Benali"), or a reported clause whose "it" acts
      ("Kestrel Land said it would study the judgment").
      A name is a person's by default; marking "X, who" as one as well
      made pronouns reach it and measured worse on held-out news;
    - "place": a locative preposition before a name ending in a word of
      place that is also a surname (``weak_place_words.txt``: "off Marsh Lane"),
      or a kind of place and "of" (``place_nouns.txt``: "the village of Lower Fenby"),
      or a kind of place right after the name, which modifies it ("Marlow Vale
      town centre", "the Elsted village hall"; not after a given name),
      or a preposition of extent ("across Scandinavia", "throughout Ostravia"),
      or a siting participle ("based in Harlingmoor", "headquartered near Oslo").
    """
    n = len(toks)
    if toks[i].text in _EVENT_WORDS:
        return "other"  # "Storm Ilsa, which ...": a named storm, no organisation and no person
    after = toks[j].text if j < n else ""
    if j + 1 < n and after == "," and toks[j + 1].text.lower() == "which":
        return "organisation"
    if after.isalpha() and after.islower():  # (the loop below stops at once at any other word: half the names)
        roles = lexicon.roles()
        for k in range(j, min(n - 1, j + 3)):
            w = toks[k].text
            if not (w.isalpha() and w.islower()):
                break
            role = roles.get(w)
            if role is not None and role.kind == "person" and is_cap(toks[k + 1].text) and toks[k + 1].text.isalpha():
                return "organisation"  # "Valmouth Metro chief executive Farid Benali": the name of the employer
    if _says_it_will(toks, i, j):
        return "organisation"
    last = toks[j - 1].text
    if last.endswith(POSSESSIVE_ENDINGS):
        members = lexicon.org_members()
        for k in range(j, min(n, j + 3)):
            w = toks[k].text.lower()
            if w in members:
                return "organisation"
            if not w.isalpha():
                break
    # (The word before the name, lower-cased once: the tests below all read it.)
    before = toks[i - 1].text.lower() if i > 0 else ""
    if j - i > 1 and before in _LOCATIVE and last in lexicon.weak_place_words():
        return "place"
    if i > 1 and before in {"in", "at"} and any(t.text.lower() in _LIFE_PLACES for t in toks[max(0, i - 5) : i - 1]):
        return "place"  # "born in 1936 in Ostberg, the daughter of ...": where a life was spent
    if before in _SPREAD:
        return "place"  # "dealers across Scandinavia", "throughout Ostravia": only places are spread over
    if i > 1 and before in {"in", "near"} and toks[i - 2].text.lower() in _SITED:
        return "place"  # "the e-bike maker based in Harlingmoor": where something is sited
    if i > 1 and toks[i - 1].text == "of" and toks[i - 2].text.lower() in lexicon.place_nouns():
        return "place"  # "the village of Lower Fenby", "the port city of Varna"
    if after in lexicon.place_nouns() and toks[i].text not in lexicon.given_names():
        return "place"  # "Marlow Vale town centre", "the Elsted village hall": a name modifying a kind of place is one
    return None


#: Nouns for what a voice makes, beside the nominal cues and the tag nouns
#: ("pipe up his eternal song:", "her advice was this:", "Her verdict was
#: blunt:", "the coach's message was simple:").
UTTERANCES = frozenset(
    "song songs advice words voice tone cry shout whisper verdict message reaction assessment view take summary".split()
)


def utterer(m: Mention) -> Mention | None:
    """The owner of an utterance named where a speaker stands ("his eternal
    song", "her reply"): a pronoun mention over the possessive word, so that
    coreference finds the one who spoke; None for any other mention."""
    if m.kind not in {"role", "org"}:
        return None  # (most mentions: a name or a pronoun; "her verdict": a document noun's mention)
    first = m.text.split(maxsplit=1)[0] if m.text else ""
    owner = POSSESSIVE_OWNERS.get(first.lower())
    if owner is None or not (
        m.head in UTTERANCES or m.head in lexicon.tag_nouns() or m.head in lexicon.cue_nouns()
    ):
        return None
    return possessor(m.start, first)


def possessor(start: int, word: str) -> Mention | None:
    """The owner of the possessive determiner *word* at *start* ("his" in
    "was his answer"), as a pronoun mention over the word; None for any other word."""
    owner = POSSESSIVE_OWNERS.get(word.lower())
    if owner is None:
        return None
    head, gender, plural = owner
    return Mention(start, start + len(word), word, "pronoun", head, None, None, (), (), gender, plural)
