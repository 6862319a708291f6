"""Titles at the front of a capitalised run ("Prime Minister", "Chief
Inspector", "Choreographer", "Station Manager") and the organisation names
and bodies a title may hold ("Managing Director of LMU", "Institute for
Health Policy"): helpers of the name analysis in :mod:`quotes.syntax.phrases`.
"""

from __future__ import annotations

import functools

from .. import lexicon
from .tokens import Tok, is_cap
from .verbs import is_past_form
from .words import PREPOSITIONS

__all__ = ["COMPOUND_ROLES", "connected_org_name", "ends_premodifying_title", "org_after_title", "party_before_name", "role_title", "sentence_case_end", "sentence_case_name", "split_titles", "title_firsts", "title_of", "title_words"]


@functools.cache
def title_words() -> dict[str, str | None]:
    """Map each single-word title form ("Mr", "Mr.", "President") to its gender."""
    out: dict[str, str | None] = {}
    for title, gender in lexicon.titles().items():
        out[title] = gender
        out[title.rstrip(".")] = gender
    return out


@functools.cache
def title_firsts() -> dict[str, list[tuple[str, ...]]]:
    """Multi-word titles indexed by their first word ("Prime" -> [("Prime", "Minister")])."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for title in lexicon.titles():
        words = tuple(w.rstrip(".") for w in title.split())
        out.setdefault(words[0], []).append(words)
    for v in out.values():
        v.sort(key=len, reverse=True)
    return out


#: Two-word roles that hold a one-word role of their own: "the prime minister ... the premier".
COMPOUND_ROLES = {("prime", "minister"): "premier"}
#: Words before such a role that make it another office: a "deputy prime
#: minister" is no premier (a minister, as before).
NOT_THE_OFFICE = frozenset({"deputy", "vice", "shadow"})


def office_roles(low: list[str], head_i: int, role: str) -> tuple[str, ...]:
    """The roles of the role noun *role* heading ``low[head_i]`` (lower-case
    words): a compound office names itself and its one-word role ("the
    prime minister": "prime minister", "premier"; never "minister"), any
    other noun itself."""
    if head_i and (low[head_i - 1], role) in COMPOUND_ROLES and not (head_i > 1 and low[head_i - 2] in NOT_THE_OFFICE):
        return (f"{low[head_i - 1]} {role}", COMPOUND_ROLES[low[head_i - 1], role])
    return (role,)


#: Roles with an "of" complement that name the office they stand for: "the
#: head of state" is the president (or the monarch), "the head of
#: government" the prime minister (or the chancellor).
OF_ROLES = {
    ("head", "state"): ("president", "king", "queen", "monarch"),
    ("head", "government"): ("prime minister", "premier", "chancellor"),
}


def split_titles(words: list[str], tw: dict[str, str | None]) -> tuple[list[str], list[str], str | None, int]:
    """Titles at the front of a capitalised run: their words, role words, gender and where they end."""
    i = 0
    title_words: list[str] = []
    roles_found: list[str] = []
    gender = None
    last_title_end = 0
    firsts = title_firsts()
    n = len(words)
    while i < n:
        w = words[i].rstrip(".")
        matched = None
        for cand in firsts.get(w, ()):
            if tuple(x.rstrip(".") for x in words[i : i + len(cand)]) == cand:
                matched = cand
                break
        if matched is not None and i + len(matched) < n:
            # The title runs from the start of the run to the end of the last
            # title word ("Leader of the Harbour Council Bishop"), so a
            # second title does not cut off the first.
            title_words = list(words[: i + len(matched)])
            # ("Prime Minister X": "the prime minister", "the premier", never "the minister")
            roles_found += office_roles([w.lower() for w in matched], len(matched) - 1, matched[-1].lower())
            g = tw.get(" ".join(matched)) or tw.get(words[i])
            gender = g or gender
            i += len(matched)
            last_title_end = i
            continue
        i += 1
    return title_words, roles_found, gender, last_title_end


#: Small words inside an organisation's name ("Institute for Fiscal Studies", "Department of Highways and Transport").
_ORG_CONNECTORS = frozenset("of for and on the".split())


def connected_org_name(words: list[str]) -> bool:
    """Is the run one organisation's name whose organisation word comes
    before a connecting "for"/"of"/"and" ("Hollins Institute for Health
    Policy", "Centre for Rural Affairs and Food"): capitalised words and
    connectors only, after an optional "the"?"""
    if "for" not in words and "of" not in words and "and" not in words and "on" not in words:
        return False  # (most runs: no connector at all, settled by C-level list scans)
    body = words[1:] if words and words[0].lower() == "the" else words
    k = next((x for x, w in enumerate(body) if w in _ORG_CONNECTORS), -1)
    if k < 1 or not all(is_cap(w) or w in _ORG_CONNECTORS for w in body) or body[-1] in _ORG_CONNECTORS:
        return False
    orgs = lexicon.org_words()
    return any(w in orgs for w in body[:k])


#: The particles that close the lower-case words of an organisation's name
#: written in sentence case, before its proper name ("... régionale du
#: Val-Morel", "... de estibadores de Porto Claro", "... per l'ambiente del Vallone").
_SENTENCE_CASE_LINKS = frozenset("de des du da dal dalla del della delle dei degli di do dos das la le les en et e y per sur aux au".split())
#: Lower-case words no such name holds: the English words that follow a
#: name in a sentence (an article, a preposition, a conjunction, its verb).
_NOT_IN_SENTENCE_CASE = PREPOSITIONS | frozenset(
    "the a an this that these those his her their its and or but which who whom whose as than is was are were has have had will would said says told".split()
)


def _sentence_case_word(w: str) -> bool:
    """Can *w* be a lower-case word inside such a name ("sanitaire", "l'ambiente", "socio-économique")?"""
    return w.islower() and w not in _NOT_IN_SENTENCE_CASE and w.replace("'", "").replace("\u2019", "").replace("-", "").isalpha()


def sentence_case_end(outer: list[Tok], i: int, caps: list[bool], text: str) -> int:
    """Where the lower-case words of an organisation's name in another
    language, opened at ``outer[i]`` by a word of ``foreign_org_words.txt``
    ("Agence", "Sindicato"), end: at the capital after a closing particle,
    which the run goes on over ("Agence sanitaire régionale du Val-Morel":
    the index of "Val-Morel"), or after lower-case words holding such a
    particle ("Institut alpin de recherche"); ``i + 1`` when no such name
    follows ("the Agence said on Monday"). *caps*: which tokens are capitalised."""
    linked = False  # a particle seen inside the lower-case words
    k = i + 1
    while k < len(outer) and k < i + 8 and "\n" not in text[outer[k - 1].end : outer[k].start]:
        if caps[k]:
            return k if k > i + 1 and outer[k - 1].text.lower() in _SENTENCE_CASE_LINKS else i + 1
        if not _sentence_case_word(outer[k].text):
            break
        linked = linked or outer[k].text in _SENTENCE_CASE_LINKS
        k += 1
    return k if linked and outer[k - 1].text not in _SENTENCE_CASE_LINKS else i + 1


def sentence_case_name(words: list[str]) -> bool:
    """Are *words* such a name, as a phrase ("Syndicat des personnels
    hospitaliers du Val-Morel", "Institut alpin de recherche")? Its opening
    organisation word, lower-case words holding a particle, then capitalised
    words only, after a particle; after an optional "the"."""
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 3 or words[0] not in lexicon.foreign_org_words():
        return False
    k = 1
    while k < len(words) and not is_cap(words[k]):
        k += 1
    if not all(map(_sentence_case_word, words[1:k])):
        return False
    if k == len(words):
        return words[-1] not in _SENTENCE_CASE_LINKS and any(w in _SENTENCE_CASE_LINKS for w in words[1:-1])
    return k >= 2 and words[k - 1].lower() in _SENTENCE_CASE_LINKS and all(is_cap(w) or w.lower() in _SENTENCE_CASE_LINKS for w in words[k:])


def title_of(after_of: list[str]) -> int | None:
    """After a title and "of": how many words name the body before a
    personal name starts ("Finance Tom Bell": 1), or None when the words are
    the body alone ("LMU", "the Bank of England", "Larkspur Municipal
    Utility": no given name, and short or an organisation's). A long run
    with no given name ("Ostravia Brennik Tarnas") is left whole."""
    given = lexicon.given_names()
    k = next((x for x in range(1, len(after_of) - 1) if after_of[x] in given), None)  # (a given name with a surname after it)
    if k is not None:
        return k
    orgs = lexicon.org_words()
    if len(after_of) <= 2 or after_of[0] == "the" or any(w in orgs for w in after_of):
        return None
    return 0



def role_title(words: list[str], low: list[str]) -> tuple[list[str], str, str | None] | None:
    """A role noun capitalised as a title before a full name, when no listed
    title opens the run: "Choreographer Anouk Delveaux" (a hyphenated role is
    headed by its last part: "Co-author Kenji Arakawa"), and a compound role,
    a modifier and a role noun, before a given name ("Station Manager Neil
    Hapgood", "Site Manager Ruth Kemp", "Kelby Town Clerk Ann Marr"). Returns the title's words, the role
    and its gender, or None."""
    roles = lexicon.roles()
    if len(words) < 3:
        return None
    # (an affiliation may follow the name: "Station Manager Dev Rana of Calder Fire and Rescue")
    of = low.index("of") if "of" in low[3:] else len(words)
    first = roles.get(low[0]) or roles.get(low[0].rsplit("-", 1)[-1])
    if first is not None and first.kind == "person" and not first.plural and all(is_cap(w) for w in words[1:of]) and (
        of == len(words) or words[1] in lexicon.given_names()
    ):
        return words[:1], first.singular.lower(), first.gender
    given = lexicon.given_names()
    for k in range(1, min(4, len(words) - 2)):  # ("Dalesford City Manager Corinne Baptiste", "Kelby Town Clerk Ann Marr": the place and its office first)
        role = roles.get(low[k]) if is_cap(words[0]) else None
        if role is not None and role.kind == "person" and not role.plural and words[k + 1] in given and of > k + 2 and all(
            is_cap(w) for w in words[k + 1 : of]
        ) and not any(w in given for w in words[:k]):
            return words[: k + 1], role.singular.lower(), role.gender
    return None


def org_after_title(words: list[str], k: int) -> bool:
    """Do the one to three capitalised words after the title words ``words[:k]``
    end in an organisation word, with no given name or "of" among them ("the
    Premier League", "Northern Premier Division")? Then the title word is
    part of the organisation's name, not a holder's title. So it is when
    the first word after the title is an organisation word ("the General
    Union of Industry and Services")."""
    rest = words[k:]
    given = lexicon.given_names()
    if rest and rest[0] in lexicon.org_words() and rest[0] not in given:
        return True  # "the General Union of Industry and Services": no personal name opens with an organisation word
    return 1 <= len(rest) <= 3 and rest[-1] in lexicon.org_words() and all(is_cap(w) and w not in given for w in rest)


#: Party words that open a capitalised run before a full name ("Democrat Lorraine Gaines", "Republican Donald Trump").
_PARTY_WORDS = frozenset("Democrat Democratic Republican Conservative Tory Labour Liberal Socialist Green Independent".split())

#: Words that make a party word part of a body's name ("Republican National Convention", "Democratic State Committee").
_BODY_WORDS = frozenset("National State Federal General Central Senate House Party Caucus Convention Committee".split())


def party_before_name(words: list[str]) -> bool:
    """A party word opening a run before a full name ("Democrat Lorraine
    Gaines"): a given name follows, or two capitalised words that name no body."""
    if words[0] not in _PARTY_WORDS:
        return False
    if words[1] in lexicon.given_names():
        return True
    return len(words) == 3 and all(w.isalpha() and w[0].isupper() and not w.isupper() for w in words[1:]) and not set(words[1:]) & _BODY_WORDS


#: Prepositions that never stand inside a premodifying title ("clashed with lawyer Dev Patel").
_NOT_IN_TITLES = frozenset({"with", "to", "by", "from"})


def ends_premodifying_title(outer: list[Tok], k: int, roles: dict) -> bool:
    """Does the lower-case word ``outer[k]`` end a premodifying title
    (walking left from the name): a preposition, an irregular verb form
    ("Finance Minister Ana Ruiz met farmer Tomas Berg": Berg is no minister)
    or a past form in -ed that no role noun follows ("clashed with"; not
    "retired judge")?"""
    w = outer[k].text
    if not w.islower() or w in roles:
        return False
    if w in _NOT_IN_TITLES or w in lexicon.irregular_verbs():
        return True
    if w == "and" and k > 0 and is_cap(outer[k - 1].text) and k + 1 < len(outer) and outer[k + 1].text.islower():
        return True  # "Judge Hilary Moss and prosecutor Dev Patel": a name ends before "and" (not "Finance and Trade Minister")
    return is_past_form(w) and k + 1 < len(outer) and outer[k + 1].text.lower() not in roles


#: Words before a closing name that show it is no appositive name but the
#: complement's own ("of the Harbour Board", "for Kelby Council").
_NOT_BEFORE_NAME = PREPOSITIONS | frozenset("of the a an its their his her our".split())


def name_closes_role(words: list[str]) -> bool:
    """'director of operations Jane Tabor', 'master of ceremonies Asab Kalil':
    two capitalised words, no organisation's, closing a phrase after the
    lower-case object of its role's "of" or "for" phrase are the name the
    role describes (a title in front of a name, as 'finance director Jane
    Tabor' is), not part of the complement."""
    orgs = lexicon.org_words()
    return (len(words) >= 5 and words[-3].isalpha() and words[-3].islower() and words[-3] not in _NOT_BEFORE_NAME
            and is_cap(words[-2]) and is_cap(words[-1]) and words[-1] not in orgs and words[-2] not in orgs)


def name_before_affiliation(words: list[str], k: int) -> bool:
    """'Lena Holm of the cabin crew union', 'Amit Rao from the tenants'
    association': two to four capitalised words (a full name: no determiner, role or body
    word among them; not "Dozens of", "One of") before an "of" or "from" phrase that is all lower
    case; the phrase says where the named person works, and does not head
    the mention (a capitalised body, "of the Cabin Crew Union", is read as
    the name's affiliation already)."""
    if not 2 <= k <= 4 or words[k] not in ("of", "from") or len(words) - k < 2 or not words[-1].islower():
        return False
    roles, orgs = lexicon.roles(), lexicon.org_words()
    return all(is_cap(w) and w.isalpha() and w.lower() not in roles and w not in orgs for w in words[:k]) and words[0].lower() not in _NOT_BEFORE_NAME and all(
        not is_cap(w) for w in words[k + 1 :])


def party_of_place(words: list[str]) -> int:
    """'Democrat of Indiana', 'a Republican from Texas' (the style of a
    legislator's apposition): a party noun, "of" or "from", then capitalised
    words (a state, a district) describe a person and name no one. The index
    of the party noun, or -1."""
    k = 1 if words and words[0].lower() in ("a", "an", "the") else 0
    if len(words) - k < 3 or words[k] not in _PARTY_NOUNS or words[k + 1] not in ("of", "from"):
        return -1
    return k if all(w[:1].isupper() for w in words[k + 2 :]) else -1


#: The party nouns :func:`party_of_place` reads (a person's, not "Democratic" or "Labour").
_PARTY_NOUNS = frozenset("Democrat Republican Independent Conservative Liberal Socialist".split())

