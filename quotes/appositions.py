"""What a name's neighbours say about the person or organisation it names.

Helpers of the name pre-scan (:func:`quotes.names.link_names`): an
apposition ("Ana Ruiz, the finance minister,"; "Harbour Homes, the
developer,"), a bare role with its body ("chairman of the Seamen's Union"),
an age between commas ("Oskar Lindahl, 63,") and a position predicated of
the name ("who took over as chief executive", "was elected mayor") each
join the entity's roles, type or gender, so that a description before or
after it ("the finance minister", "the 63-year-old", "the mayor") finds it
(Lee et al. 2013's appositive and predicate-nominative sieves).
"""

from __future__ import annotations

from itertools import compress, count

import regex

from . import lexicon
from .coref import POSSESSIVE_GENDER, Coref, Entity
from .organisations import BODY_POSSESSIVES, org_name_words, possessor_org
from .syntax.boundaries import np_after, participle_postmodifier
from .syntax.phrases import Mention, Tok, _strip_possessive, analyse, is_cap
from .syntax.words import POSSESSIVE_ENDINGS, PREPOSITIONS, is_demonym

__all__ = ["PREDICATE_OPENERS", "age", "agent_role", "appositive", "court_side", "listed", "origin", "predicated_role", "pronoun_predicates", "type_from_context"]


def type_from_context(e: Entity, kind: str | None) -> None:
    """Type the entity as its context says (:func:`~quotes.syntax.types.context_type`),
    unless a title or a gender has shown it to be a person."""
    if kind is None or e.kind not in {"person", "place"}:
        return
    if not (e.title or e.gender):
        if kind == "place" or e.kind == "person":
            e.kind, e.person = kind, False


def age(outer: list[Tok], j: int, e: Entity) -> None:
    """"Oskar Lindahl, 63, said", "said Anton Berg, 54.": the age joins the entity
    as the role a later "the 63-year-old" names (and keeps "the 63-year-old"
    from anyone aged 49)."""
    if j + 2 < len(outer) and outer[j].text == "," and outer[j + 2].text in {",", ".", ";"} and outer[j + 1].text.isdigit():
        years = int(outer[j + 1].text)
        if 0 < years < 120:
            e.roles.add(f"{years}-year-old")
            e.person = True


#: Words that open a post-modifier of an appositive's noun ("a nurse at the clinic", "a nurse who ...").
_POSTMODIFIER_OPENERS = frozenset("who whose at in from of for with since based".split())


#: Relational nouns whose holder has the role of the one they relate to:
#: "her Calderan counterpart" is a foreign minister when "her" is one.
_RELATIONAL = frozenset({"counterpart", "counterparts"})


def counterpart(outer: list[Tok], b: int, m: Mention, e: Entity, coref: Coref) -> bool:
    """"Her Calderan counterpart, Ines Maro," / "Ines Maro, his Calderan
    counterpart,": a counterpart holds the possessor's roles (the person whom
    "her" or "his" refers to, the latest of that gender named before; or the
    named possessor, "Lind's counterpart"), so "the minister" may re-mention
    either. *b*: the phrase's first token. Whether *m* was such a phrase."""
    if m.kind != "role" or m.head not in _RELATIONAL:
        return False
    first = outer[b].text
    gender = POSSESSIVE_GENDER.get(first.lower())  # ("their": none)
    if gender is not None:
        held = next((x for x in coref._before(outer[b].start, limit=20) if x is not e and x.kind == "person" and x.gender == gender), None)
    elif first.endswith(POSSESSIVE_ENDINGS) and is_cap(first):
        held = coref.find(_strip_possessive(first))
    else:
        held = None
    if held is not None and held is not e:
        roles = lexicon.roles()
        e.roles.update(r for r in held.roles if (role := roles.get(r)) is not None and role.kind == "person")
        e.person = True
    return True


def appositive(outer: list[Tok], j: int, text: str, e: Entity, coref: Coref) -> None:
    """"Ana Ruiz, the country's finance minister, …": the role joins the entity (Lee et al. 2013)."""
    if j >= len(outer) or outer[j].text != ",":
        return
    rng = np_after(outer, j + 1, 10)
    if rng is None or rng[1] >= len(outer):
        return
    if rng[1] - rng[0] == 1 and POSSESSIVE_GENDER.get(outer[rng[0]].text.lower()) is not None and is_cap(outer[rng[1]].text):
        # "Ines Maro, his Calderan counterpart,": a possessive before a
        # capitalised modifier (which np_after leaves, as it does "told her
        # Monday") opens a phrase of words running to the comma.
        k = rng[1]
        while k < len(outer) and k - rng[0] < 6 and outer[k].text[:1].isalpha():
            k += 1
        if k >= len(outer) or outer[k].text != ",":
            return
        rng = (rng[0], k)
    if rng[1] - rng[0] >= 2 and outer[rng[1] - 1].text.endswith(POSSESSIVE_ENDINGS) and is_cap(outer[rng[1] - 1].text):
        # "Rainer Kolbe, the Northern Rim Council's special envoy,": the
        # organisation's name is a possessor; the phrase runs on to its noun.
        more = np_after(outer, rng[1], 10 - (rng[1] - rng[0]))
        if more is None or more[1] >= len(outer):
            return
        rng = (rng[0], more[1])
    if rng[1] - rng[0] > 2 and participle_postmodifier(outer, rng[1] - 1):
        rng = (rng[0], rng[1] - 1)  # "the e-bike maker based in Harlingmoor": the noun before the participle heads it
    if outer[rng[1]].text in {"and", "or"} and rng[1] + 1 < len(outer) and outer[rng[1] + 1].text.islower():
        # "a veteran stage and screen actor": coordinated modifiers; the
        # phrase runs on to the noun after the second one.
        more = np_after(outer, rng[1] + 1, 10 - (rng[1] - rng[0]))
        if more is not None and more[1] < len(outer) and more[1] - rng[0] <= 10:
            rng = (rng[0], more[1])
    after = outer[rng[1]].text
    if after not in {",", ".", ";"} and not (
        after in _POSTMODIFIER_OPENERS or after.endswith("ing") and after.islower()
    ):  # "Adaeze Obi, a nurse trying to reach ...", "Obi, a nurse at the clinic": post-modified
        return
    m = analyse(outer[rng[0] : rng[1]], text)
    if m is None:
        _bare_role(outer[rng[0] : rng[1]], e)  # "Harald Brekke, chairman of the Seamen's Union,"
        return
    if counterpart(outer, rng[0], m, e, coref):
        return
    role = lexicon.roles().get(m.head)
    if m.kind in ("role", "org") and role is not None and role.kind == "org":
        type_from_context(e, "organisation")  # "Harrow Homes, the developer, said"
        e.roles.update(m.roles)
        return
    if m.kind == "role" and not m.plural:
        e.roles.update(m.roles)
        e.modifiers.update(m.modifiers)
        if outer[rng[0]].text.lower() in BODY_POSSESSIVES and (org := possessor_org(coref, outer[rng[0]].start)) is not None:
            e.bodies.update(org_name_words(org))  # "Tomas Bell, their captain,": the Rovers captain
        if m.gender and not e.gender:
            e.gender = m.gender
        e.person = e.person or e.kind == "person"


#: Verbs that predicate a position of their subject, with the word that may
#: follow them ("was elected mayor", "was promoted to", "took over as
#: vice-chancellor", "became managing director"): the position is the
#: person's role, as an apposition's is (Lee et al. 2013 read predicate
#: nominatives so), and a description of it before or after ("the
#: vice-chancellor insisted ...") finds them.
_PREDICATES = {
    "became": "", "becomes": "", "become": "", "elected": "", "appointed": "", "named": "", "promoted": "to",
    "installed": "as", "took": "over as", "takes": "over as", "served": "as", "serves": "as", "worked": "as",
    "works": "as", "joined": "as", "stepped": "in as",
}
#: Words that open a predicated origin after its article ("became the first Kenyan to win", "the only Dane in the draw").
_FIRST_OF_ORIGIN = frozenset({"first", "only", "second", "third", "youngest", "oldest", "last"})
#: Adverbs between a relative clause's copula and its position ("who is also deputy prime minister").
_COPULA_ADVERBS = frozenset("also now currently still then formerly previously once".split())
#: Auxiliaries before such a verb ("has been appointed", "was elected").
_PREDICATE_AUX = frozenset("was is has had have been".split())
#: Tokens right after a name that may open such a predicate (its verb or an auxiliary).
PREDICATE_OPENERS = _PREDICATE_AUX | _PREDICATES.keys()


def predicated_role(outer: list[Tok], j: int, e: Entity, *, news: bool = False) -> None:
    """"Marta Quell, who took over as chief executive in 2020," / "Derek
    Anslow was elected mayor": the position joins the person's roles. *news*:
    a copula right after the name predicates a role too ("Okafor is the
    prosecution's key witness"; in novels, "Emma was the daughter of ..."
    is no post, measured on PDNC)."""
    n = len(outer)
    k = j + 2 if outer[j].text == "," else j
    while k < n and k - j < 4 and outer[k].text in _PREDICATE_AUX:
        k += 1
    words = _PREDICATES.get(outer[k].text) if k < n else None
    # "Renata Siebold, who is also deputy prime minister,": a copula in the
    # relative clause predicates the position too; in news, one right after
    # the name as well ("Okafor is the prosecution's key witness ... the witness replied").
    copula = words is None and (outer[j].text == "," and k - 1 >= j + 2 or news and k == j + 1) and outer[k - 1].text in {"is", "was"}
    if words is None and not copula or e.kind != "person":
        return
    if copula:
        while k < n and outer[k].text in _COPULA_ADVERBS:
            k += 1
        if k < n and outer[k].text in {"not", "never", "no"}:
            return  # "Okafor is not the witness": a role denied
    else:
        k += 1
        for w in words.split():
            if k < n and outer[k].text == w:
                k += 1
            elif w == "as" or w == "to":
                return  # "took a break", "was promoted last year"
    if k < n and outer[k].text.lower() in _ROLE_DETERMINERS:
        k += 1
    roles = lexicon.roles()
    found = None
    for t in outer[k : k + 4]:  # "managing director of Crustworks", "mayor in May"
        w = t.text
        if copula and w.endswith(POSSESSIVE_ENDINGS) and t is outer[k]:
            continue  # "Okafor is the prosecution's key witness": the possessor before the role
        if not copula and not found and t is not outer[k] and is_demonym(w) and outer[k].text.lower() in _FIRST_OF_ORIGIN:
            e.modifiers.add(w)  # "Njeri Wanjiru became the first Kenyan to win ...": her origin, so "the Spaniard" is someone else
            break
        if not (w.islower() and w.replace("-", "").isalpha()) or w in PREPOSITIONS or w == "of":
            break
        role = roles.get(w)
        if role is not None and role.kind == "person" and not role.plural:
            found = role
    if found is not None:
        e.roles.add(found.singular.lower())
        e.person = True
        if found.gender and not e.gender:
            e.gender = found.gender


#: A subject pronoun with a predicate of position after it ("she was elected
#: mayor", "He has been appointed ...", "she worked as a nurse"): built from
#: the verbs and auxiliaries above, up to three auxiliaries between.
_PRONOUN_PREDICATE = regex.compile(
    r"\b(?:[Ss]he|[Hh]e)\s+(?:(?:%s)\s+){0,3}(?:%s)\b"
    % ("|".join(sorted(_PREDICATE_AUX)), "|".join(sorted(_PREDICATES, key=len, reverse=True)))
)


#: Words before a pronoun that make its predicate a hypothesis ("should he become president").
_HYPOTHETICAL = frozenset("should would could might will can may must if unless whether".split())


#: The subject pronouns :data:`_PRONOUN_PREDICATE` opens with, as tokens.
_HE_SHE = frozenset({"he", "He", "she", "She"})


def pronoun_predicates(outer: list[Tok], words: list[str], text: str, coref: Coref) -> None:
    """"A former geography teacher, she was elected mayor in 2020": a
    position predicated of "he" or "she" joins the roles of the person the
    pronoun stands for, the latest person of its gender named before it
    (read after the names are linked; a pronoun inside a quotation is skipped).
    *words*: the text of each token of *outer*."""
    # (The pattern is matched only where a token of the stream is "he" or
    # "she", found by C-level map/compress over the words, not searched
    # through the whole text; measured: 0.7% fewer instructions a PolNeAR
    # pass. A pronoun inside a quotation is no token here.)
    n = len(words)
    for k in compress(count(), map(_HE_SHE.__contains__, words)):
        if k + 1 >= n or words[k + 1] not in PREDICATE_OPENERS:
            continue  # (the pattern's next word: an auxiliary or a verb of the predicate, tested first)
        m = _PRONOUN_PREDICATE.match(text, outer[k].start)
        if m is None:
            continue
        if k > 0 and outer[k - 1].text.lower() in _HYPOTHETICAL:
            continue  # "should he become president", "if she were elected": no position held
        gender = "f" if outer[k].text.lower() == "she" else "m"
        e = next((x for x in coref._before(m.start(), limit=12) if x.kind == "person" and x.gender in (None, gender)), None)
        if e is not None:
            predicated_role(outer, k + 1, e)


#: Determiners before a predicated position ("became the mayor", "joined as a partner").
_ROLE_DETERMINERS = frozenset("a an the its their his her".split())


def _bare_role(words: list[Tok], e: Entity) -> None:
    """An appositive role with no determiner ("chairman of the Seamen's Union",
    "head of research at Kestrel"), which no mention analysis takes alone (a
    bare "president said" is no speaker): the person noun before its first
    "of/at/for/with" joins the entity's roles, and the capitalised words after
    it its modifiers (the body: "the union boss" needs "union")."""
    low = [t.text.lower() for t in words]
    cut = next((k for k, w in enumerate(low) if w in {"of", "at", "for", "with"}), len(low))
    role = lexicon.roles().get(low[cut - 1]) if 0 < cut <= 3 else None
    if role is None or role.kind != "person" or role.plural or e.kind != "person" or not all(w.isalpha() and w.islower() for w in low[:cut]):
        return
    e.roles.add(role.singular.lower())
    e.modifiers.update(_strip_possessive(t.text) for t in words[cut + 1 :] if is_cap(t.text))
    if role.gender and not e.gender:
        e.gender = role.gender
    e.person = True


#: The side a court reporter names counsel by ("Ruth Calder, prosecuting,";
#: "Defending, Owen Pike said"; "Owen Pike, for the defence,"; "Opening the
#: case for the prosecution, Ruth Calder told jurors"), with the roles and
#: the modifier each side gives: the prosecutor; the defence lawyer,
#: barrister or counsel.
_COUNSEL = ("lawyer", "barrister", "counsel")
_SIDES: dict[str, tuple[tuple[str, ...], str | None]] = {
    "prosecuting": (("prosecutor",), None), "prosecution": (("prosecutor",), None),
    "defending": (_COUNSEL, "defence"), "defence": (_COUNSEL, "defence"), "defense": (_COUNSEL, "defense"),
}


def court_side(outer: list[Tok], i: int, j: int, e: Entity) -> None:
    """Counsel named by their side in a trial ("Ruth Calder, prosecuting,",
    "Prosecuting, Ruth Calder said", "Owen Pike, for the defence,", "Opening
    the case for the prosecution, Ruth Calder ...", "Opening the Crown's
    case, Helen Marsh KC ...") take that side's role, so
    that "a prosecutor" or "the defence barrister" finds them (UK and
    Commonwealth court reporting names barristers so). The name is
    ``outer[i:j]``; only the tokens right around it are read."""
    n = len(outer)
    side = None
    if j + 1 < n and outer[j].text == ",":
        w = outer[j + 1].text.lower()
        if w in {"prosecuting", "defending"}:
            side = w  # "Ruth Calder, prosecuting,"
        elif w == "for" and j + 3 < n and outer[j + 2].text.lower() == "the":
            side = outer[j + 3].text.lower()  # "Owen Pike, for the defence,"
    if side is None and i >= 2 and outer[i - 1].text == ",":
        w = outer[i - 2].text.lower()
        if w in {"prosecuting", "defending"} and (i < 3 or not is_cap(outer[i - 3].text)):
            side = w  # "Prosecuting, Ruth Calder said"
        elif (w in {"prosecution", "defence", "defense"} and i >= 5 and outer[i - 3].text.lower() == "the" and outer[i - 4].text.lower() == "for"
              and outer[i - 5].text != ","):
            # "Opening the case for the prosecution, Ruth Calder told jurors"
            # (not "Cross-examined by Rupert Lyle, for the defence, Ms Keane
            # agreed": there the side is the name's before it)
            side = w
        elif w == "case" and i >= 4 and outer[i - 4].text.lower() == "the" and (
            (x := _strip_possessive(outer[i - 3].text).lower()) in {"prosecution", "defence", "defense", "crown"}
        ):
            side = "prosecution" if x == "crown" else x  # "Opening the prosecution case, Helen Marsh KC told the jury"
    role = _SIDES.get(side) if side is not None else None
    if role is None or e.kind != "person":
        return
    e.roles.update(role[0])
    if role[1]:
        e.modifiers.add(role[1])
    e.person = True


#: Participles of running a body or a work, and the posts their agent holds
#: ("chaired by X": X is the chair, whom "the chairwoman" re-mentions).
_AGENT_ROLES = {
    "chaired": ("chair", "chairman", "chairwoman", "chairperson"), "led": ("leader", "head"), "headed": ("head", "leader"),
    "coached": ("coach",), "hosted": ("host",), "presented": ("presenter",), "founded": ("founder",), "directed": ("director",),
    "edited": ("editor",), "managed": ("manager",), "captained": ("captain",), "owned": ("owner",),
}


def agent_role(outer: list[Tok], i: int, e: Entity) -> None:
    """'The prize is chaired by the novelist Simone Arceneaux', 'The
    delegation was led by Omar Hadid': the agent of a participle of running
    a body holds its post, so that a title chain finds "the chairwoman", "the
    delegation leader" (past a description before the name: "by the
    novelist")."""
    k = i - 1
    if k < 1 or outer[k].text != "by" and not outer[k].text.islower():
        return  # (most names: a comma, a stop or a capital before them)
    while k >= 0 and i - k <= 4 and outer[k].text != "by" and outer[k].text.isalpha() and outer[k].text.islower():
        k -= 1
    if k < 1 or outer[k].text != "by" or e.kind != "person":
        return
    roles = _AGENT_ROLES.get(outer[k - 1].text)
    if roles is not None:
        e.roles.update(roles)


#: Words after which a capitalised place gives a person's origin ("from
#: Tromsø", "born in Bergen", "grew up in Oslo", "lives in Lyon").
_ORIGIN_BEFORE = frozenset({"from", "born", "up", "lives", "lived", "raised"})


def origin(outer: list[Tok], j: int, e: Entity, *, news: bool) -> None:
    """'Ola Nes, a striker from Tromsø,', 'Ola Nes, who grew up in Tromsø,':
    the place in the apposition or relative clause right after the name
    ``outer[:j]`` joins the person's modifiers, so that "the Tromsø-born
    striker" and "the Tromsø striker" re-mention them (``compatible_mods``).
    News only: in a novel, "a letter from Brenda" is no origin."""
    if not news:
        return
    n = len(outer)
    for k in range(j + 1, min(n - 1, j + 12)):
        w = outer[k].text
        if w in {",", ".", ";", "(", ")"}:
            return
        if w not in _ORIGIN_BEFORE or w == "from" and not (k == j + 1 or outer[k - 1].text in lexicon.roles()):
            continue  # ("from" right after the comma or a role noun: "a striker from Tromsø", not "a letter from Brenda")
        x = k + 2 if w != "from" and outer[k + 1].text == "in" else k + 1
        while x < n and is_cap(outer[x].text) and outer[x].text.isalpha():
            e.modifiers.add(outer[x].text)
            x += 1


def listed(outer: list[Tok], j: int) -> bool:
    """Does a third name follow the name ending at ``outer[j]`` (", and" and
    a capital, maybe after "the")? Then "The General, Sophia, and the
    Marquis sat" is a list of three, no description with its name in
    apposition. (Novels only: news writes "The club's chairman, Ruben
    Achterberg, and ..." as an apposition and lost 2 quotes on the holdout
    split.)"""
    if j + 3 >= len(outer) or outer[j].text != "," or outer[j + 1].text not in {"and", "or"}:
        return False
    return is_cap(outer[j + 2].text) or outer[j + 2].text == "the" and is_cap(outer[j + 3].text)
