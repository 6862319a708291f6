"""Word lists, loaded once from the ``.txt`` files beside this module.

Each list is one entry per line with ``#`` comments; the header of every file
says what its columns mean and where the vocabulary comes from. Loading goes
through :mod:`importlib.resources`, so the lists work from a wheel or a zip.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import NamedTuple

__all__ = [
    "CueForm",
    "CueNoun",
    "Role",
    "abbreviations",
    "address_words",
    "age_nouns",
    "cue_nouns",
    "cue_phrases",
    "cue_verbs",
    "generic_roles",
    "foreign_org_words",
    "given_gender",
    "given_names",
    "interview_verbs",
    "irregular_verbs",
    "kind_nouns",
    "ly_words",
    "member_groups",
    "non_speech",
    "not_labels",
    "org_members",
    "org_types",
    "org_words",
    "participle_only_forms",
    "place_nouns",
    "place_prefixes",
    "place_words",
    "portfolios",
    "post_nominals",
    "pronouns",
    "proxy_roles",
    "read_entries",
    "roles",
    "small_words",
    "tag_nouns",
    "thing_words",
    "titles",
    "weak_place_words",
    "work_nouns",
    "work_verbs",
]


def read_entries(name: str) -> list[list[str]]:
    """Return the non-comment lines of ``lexicon/<name>`` split on whitespace."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            rows.append(line.split())
    return rows


def _first_words(name: str) -> frozenset[str]:
    """The first column of ``lexicon/<name>``: a one-word-per-line list."""
    return frozenset(row[0] for row in read_entries(name))


class CueForm(NamedTuple):
    """One inflected form of a reporting verb."""

    lemma: str
    mode: str  # speech | writing | thought | evidence | intention
    frames: str  # letters: q quote, c clause, i inversion, o addressee object
    particle: str | None  # "out" for "point out"
    tense: str  # base | 3sg | past | part | ing


class CueNoun(NamedTuple):
    """A nominal cue ("claim", "promises") and the complements that carry its content."""

    singular: str
    plural: bool
    mode: str  # speech | writing | thought | intention
    frames: str  # letters: c that-clause, t infinitive, f "for" NP, p prepositional NP with a fragment


class Role(NamedTuple):
    """A role noun ("spokeswoman", "official")."""

    singular: str
    plural: bool
    gender: str | None
    kind: str  # person | org | group | doc


@functools.cache
def cue_verbs() -> dict[str, tuple[CueForm, ...]]:
    """Map each lower-case inflected form to the cue readings it has."""
    table: dict[str, list[CueForm]] = {}
    for row in read_entries("cue_verbs.txt"):
        lemma, s3, past, part, ing, mode, frames = row[:7]
        particle = row[7] if len(row) > 7 and row[7] != "-" else None
        forms = [(lemma, "base"), (s3, "3sg"), (past, "past"), (part, "part"), (ing, "ing")]
        if lemma.endswith("l") and not lemma.endswith("ll") and past == lemma + "ed" and lemma[-2:-1] in "aeiou" and lemma[-3:-2] not in "aeiou":
            # British doubling of an American "signaled", "counseling": "signalled", "counselling"
            forms += [(lemma + "led", "past"), (lemma + "led", "part"), (lemma + "ling", "ing")]
        for form, tense in forms:
            if form == "-" or tense == "base" and s3 == "-":
                continue  # (no such form; a lemma with no 3sg is a noun first, "the harbour radio": its base is no cue either)
            readings = table.setdefault(form.lower(), [])
            cue = CueForm(lemma, mode, frames, particle, tense)
            if cue not in readings:
                readings.append(cue)
    return {k: tuple(v) for k, v in table.items()}


@functools.cache
def cue_nouns() -> dict[str, CueNoun]:
    """Map each lower-case singular and plural nominal cue to its :class:`CueNoun`."""
    out: dict[str, CueNoun] = {}
    for singular, plural, _verb, mode, frames in (r[:5] for r in read_entries("cue_nouns.txt")):
        out[plural.lower()] = CueNoun(singular, True, mode, frames)
        out[singular.lower()] = CueNoun(singular, False, mode, frames)
    return out


@functools.cache
def cue_phrases() -> dict[str, tuple[str, ...]]:
    """Map a role (source, manner, addressee, evidential) to its lower-case phrases
    (nominal cues have their own list, :func:`cue_nouns`)."""
    out: dict[str, list[str]] = {}
    for row in read_entries("cue_phrases.txt"):
        out.setdefault(row[0], []).append(" ".join(row[1:]).lower())
    return {k: tuple(v) for k, v in out.items()}


@functools.cache
def titles() -> dict[str, str | None]:
    """Map a title or honorific (original case, e.g. ``"Prime Minister"``) to a gender."""
    return {" ".join(row[1:]): (None if row[0] == "-" else row[0]) for row in read_entries("titles.txt")}


@functools.cache
def roles() -> dict[str, Role]:
    """Map each lower-case singular and plural role noun to its :class:`Role`."""
    out: dict[str, Role] = {}
    for singular, plural, gender, kind in (r[:4] for r in read_entries("roles.txt")):
        g = None if gender == "-" else gender
        out.setdefault(plural.lower(), Role(singular, True, g, kind))
        out[singular.lower()] = Role(singular, singular == plural and kind == "group", g, kind)
    return out


@functools.cache
def org_words() -> frozenset[str]:
    """Words that mark a name as an organisation's ("Corp", "Ministry"), with
    the words that open one in another language (:func:`foreign_org_words`)."""
    return _first_words("org_words.txt") | foreign_org_words()


@functools.cache
def foreign_org_words() -> frozenset[str]:
    """Words that open an organisation's name written in sentence case in
    another language ("Agence", "Sindicato": "Agence sanitaire régionale du Val-Morel")."""
    return _first_words("foreign_org_words.txt")


@functools.cache
def org_types() -> dict[str, frozenset[str]]:
    """Map an organisation noun ("airline") to the name words that fit it
    ("Air", "Airways"; "*": any organisation that is not a public body);
    the entry ``"public"`` holds the words that mark a public body."""
    return {row[0]: frozenset(row[1:]) for row in read_entries("org_types.txt")}


@functools.cache
def member_groups() -> dict[str, frozenset[str]]:
    """Map a member noun ("officer") to the name words of the organisations
    its bare plural speaks for ("Police", "Constabulary")."""
    return {row[0]: frozenset(row[1:]) for row in read_entries("member_groups.txt")}


@functools.cache
def seats() -> frozenset[str]:
    """Names of places that stand for the body sitting there ("Downing Street", "Whitehall"): organisations that speak."""
    return frozenset(" ".join(row) for row in read_entries("seats.txt"))


@functools.cache
def place_words() -> frozenset[str]:
    """Words that end place names ("Bay", "Street", "Infirmary")."""
    return _first_words("place_words.txt")


@functools.cache
def thing_words() -> frozenset[str]:
    """Words that end the names of things: awards, trophies, agreements ("Medal", "Cup", "Accord")."""
    return _first_words("thing_words.txt")


@functools.cache
def age_nouns() -> dict[str, tuple[int, int]]:
    """Nouns naming an age bracket, with its years ("teenager": 13-19, "octogenarian": 80-89)."""
    return {row[0]: (int(row[1]), int(row[2])) for row in read_entries("age_nouns.txt")}


@functools.cache
def weak_place_words() -> frozenset[str]:
    """Words that end place names and surnames alike ("Lane", "Hall"): a place after a locative preposition."""
    return _first_words("weak_place_words.txt")


@functools.cache
def generic_roles() -> dict[str, frozenset[str]]:
    """Map a generic role ("boss") to the roles it may re-mention ("executive", "owner")."""
    return {row[0]: frozenset(row[1:]) for row in read_entries("generic_roles.txt")}


@functools.cache
def place_nouns() -> frozenset[str]:
    """Kinds of place that make the name after "of" a place ("the village of ...")."""
    return _first_words("place_nouns.txt")


@functools.cache
def place_prefixes() -> frozenset[str]:
    """Words that open place names ("Port", "Mount", "Lake")."""
    return _first_words("place_prefixes.txt")


@functools.cache
def proxy_roles() -> frozenset[str]:
    """Role nouns of people who speak for an organisation ("spokeswoman")."""
    return _first_words("proxy_roles.txt")


@functools.cache
def org_members() -> frozenset[str]:
    """Nouns that mark a possessive name as an organisation's ("Delmont's workforce")."""
    return _first_words("org_members.txt")


@functools.cache
def pronouns() -> dict[str, tuple[str | None, str, str, str]]:
    """Map a lower-case pronoun to (gender, number, person, case)."""
    return {
        row[0]: (None if row[1] == "-" else row[1], row[2], row[3], row[4])
        for row in read_entries("pronouns.txt")
    }


@functools.cache
def abbreviations() -> dict[str, bool]:
    """Map an abbreviation (with its dot) to whether it may also end a sentence."""
    return {row[0]: len(row) > 1 and row[1] == "!" for row in read_entries("abbreviations.txt")}


@functools.cache
def non_speech() -> dict[str, str]:
    """Map a lower-case phrase ("titled", "so-called") to its role (title, name, term)."""
    return {" ".join(row[1:]).lower(): row[0] for row in read_entries("non_speech.txt")}


@functools.cache
def given_names() -> dict[str, str | None]:
    """Map a given name ("Emma") to the gender it usually marks ("f"; None
    for a name used for both, "Alex": a person's name, but no gender)."""
    return {row[0]: row[1] if row[1] in {"m", "f"} else None for row in read_entries("given_names.txt")}


@functools.lru_cache(maxsize=4096)
def given_gender(word: str) -> str | None:
    """The gender a given name marks ("Emma": "f"); a hyphenated compound
    the list lacks ("Per-Egil", "Marie-Claire") marks the one gender its
    listed parts agree on, else None."""
    given = given_names()
    gender = given.get(word)
    if gender is None and "-" in word and word not in given:
        found = {given.get(part) for part in word.split("-") if part in given} - {None}
        gender = found.pop() if len(found) == 1 else None
    return gender


@functools.cache
def irregular_verbs() -> frozenset[str]:
    """Finite and participle forms of irregular verbs ("took", "spent")."""
    return _first_words("irregular_verbs.txt")


@functools.cache
def participle_only_forms() -> frozenset[str]:
    """Irregular past participles that are never a simple past ("taken", "shown"):
    never a finite verb without an auxiliary (``irregular_verbs.txt``, second column)."""
    return frozenset(row[0] for row in read_entries("irregular_verbs.txt") if row[1:] == ["participle"])


@functools.cache
def not_labels() -> frozenset[str]:
    """Editorial paragraph labels that are never a speaker ("update", "photo")."""
    return frozenset(" ".join(row) for row in read_entries("not_labels.txt"))


@functools.cache
def interview_verbs() -> dict[str, str]:
    """The verb phrases naming an interview's parties -> who their subject is (asker, answerer, either)."""
    return {" ".join(row[1:]): row[0] for row in read_entries("interview_verbs.txt")}


@functools.cache
def post_nominals() -> dict[str, str | None]:
    """Letters after a personal name ("KC", "MP", "OBE") -> the role they imply, or None."""
    return {row[0]: (None if row[1] == "-" else row[1]) for row in read_entries("post_nominals.txt")}


@functools.cache
def tag_nouns() -> frozenset[str]:
    """Nouns that make a dialogue tag of "was" ('"No," was his answer')."""
    return _first_words("tag_nouns.txt")


@functools.cache
def ly_words() -> frozenset[str]:
    """Nouns and adjectives in -ly ("assembly", "elderly"): no manner adverb."""
    return _first_words("ly_words.txt")


@functools.cache
def address_words() -> dict[str, tuple[str, bool]]:
    """Words addressing someone of one gender ("sir", "mother", "my lord") -> (gender, only after "my")."""
    return {row[0]: (row[1], len(row) > 2 and row[2] == "my") for row in read_entries("address_words.txt")}


@functools.cache
def sentence_adverbs() -> frozenset[str]:
    """Adverbs that open a sentence ("Overnight, ...", "Nearby, ..."), capitalised: no names."""
    return _first_words("sentence_adverbs.txt")


@functools.cache
def portfolios() -> frozenset[str]:
    """Fields an office covers ("finance", "health"): before a title they describe the post."""
    return _first_words("portfolios.txt")


@functools.cache
def kind_nouns() -> frozenset[str]:
    """Nouns for a kind of thing ("condition", "practice"): a naming verb's object that a term names."""
    return _first_words("kind_nouns.txt")


@functools.cache
def work_nouns() -> frozenset[str]:
    """Nouns for works, programmes and brands ("album", "canvas", "scheme")."""
    return frozenset(row[1] for row in read_entries("works.txt") if row[0] == "noun")


@functools.cache
def work_verbs() -> frozenset[str]:
    """Verbs whose subject is a work ("premiered", "follows")."""
    return frozenset(row[1] for row in read_entries("works.txt") if row[0] == "verb")


@functools.cache
def small_words() -> frozenset[str]:
    """The small words title case leaves in lower case, in several languages."""
    return frozenset(row[1] for row in read_entries("small_words.txt"))
