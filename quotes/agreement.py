"""Whether a description can re-mention an entity: the agreement tests of
coreference (:mod:`quotes.coref`) on modifiers and roles.

"the Estonian minister" re-mentions only someone tied to Estonia, "the
opposition leader" only someone of the opposition, and a relation ("the
pensioner", "her neighbour") never contradicts a position.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from . import lexicon
from .syntax.phrases import GENDERED_HONORIFICS, Mention
from .syntax.verbs import is_past_form
from .syntax.words import is_demonym

if TYPE_CHECKING:
    from .coref import Coref, Entity

__all__ = [
    "BODY_PREMODIFIERS", "INDEFINITES", "LISTED", "RELATIONAL", "age_fits", "as_surname_of", "called_by_title", "compatible_mods", "confirmed_person", "generic_for", "holds_role", "honorific_gender",
    "introduced_new", "newcomer", "noun_mods_fit",
    "other_position", "person_of_gender", "portfolio_fits", "position_free", "surname_known", "surname_only", "unnamed_on_purpose", "who_described",
]


#: Openings of one-word compounds that name another relation, not a kind of
#: the head ("grandmother" is no "mother", "stepson" no "son").
_OTHER_RELATION = ("grand", "step", "god", "great")


#: Heads that a compound's last part makes no position of: a "chairwoman" or
#: a "chairperson" is no "one woman" or "a person familiar with ..." (a
#: description that brings in someone new), though a "policewoman" was read
#: as "the woman" before (measured: see docs/changelog.md).
_PLAIN_HEADS = frozenset({"person", "man", "woman"})


def holds_role(roles: set[str] | frozenset[str], head: str) -> bool:
    """Do *roles* hold the role *head*, itself or as the head of a one-word
    compound: a "schoolteacher" or a "headteacher" is "the teacher", a
    "shipowner" "the owner", never a plain "person", "man" or "woman" (a hyphen makes
    another position: a "vice-chancellor" is no "chancellor")."""
    if head in roles:
        return True
    return len(head) >= 3 and head not in _PLAIN_HEADS and any(
        len(r) >= len(head) + 3 and r.endswith(head) and r[: -len(head)].isalpha() and not r.startswith(_OTHER_RELATION)
        for r in roles
    )


def position_free(m: Mention) -> tuple[str, ...]:
    """The capitalised modifiers of a description, without a first word that a
    headline or a sentence start capitalised ("Former customs officer says ...")."""
    first = m.text.split()[0] if m.text else ""
    if m.modifiers and first == m.modifiers[0] and not is_demonym(first):
        return m.modifiers[1:]
    return m.modifiers


#: Lower-case nouns that tie a generic head to one body or side ("the opposition
#: leader", "the union boss", "the deputy head"): its holder must carry the word too.
BODY_PREMODIFIERS = frozenset(
    "opposition deputy vice assistant shadow party union council club team company band church rebel "
    "militia student youth army police federation league board campaign".split()
)


def noun_mods_fit(m: Mention, e: Entity) -> bool:
    """A generic head ("leader", "boss") with a lower-case modifier ("the
    opposition leader", "the union boss") re-mentions only someone whose title,
    description or roles hold that word too: the opposition leader is not the
    prime minister."""
    lows = [w for w in _before_head(m) if w in BODY_PREMODIFIERS]
    if not lows:
        return True
    pool = _held_words(e, possessives=True) | e.roles
    return all(w in pool for w in lows)


def portfolio_fits(m: Mention, e: Entity) -> bool:
    """A role with a portfolio word before its head ("the finance minister",
    "the health secretary") re-mentions only someone whose title, modifiers
    or roles hold that word too: the finance minister is not the interior
    minister named since (``portfolios.txt``)."""
    words = [w for w in map(str.lower, _before_head(m)) if w in lexicon.portfolios()]
    if not words:
        return True
    pool = _held_words(e, possessives=False) | e.portfolios
    return all(w in pool for w in words)


def _before_head(m: Mention) -> list[str]:
    """The words of the description *m* before its head, as written ([] when the head is not among them)."""
    words = m.text.split()
    low = [w.lower() for w in words]
    return words[: low.index(m.head)] if m.head in low else []


def _held_words(e: Entity, *, possessives: bool) -> set[str]:
    """The lower-case words of *e*'s title, description and modifiers, which a
    description's premodifier must be among; *possessives*: a description's
    "union's" counts as "union"."""
    desc = (e.description or "").lower().split()
    held = set((e.title or "").lower().split()) | {x.lower() for x in e.modifiers}
    return held | ({w.removesuffix("'s").removesuffix("\u2019s") for w in desc} if possessives else set(desc))


def compatible_mods(mods: tuple[str, ...], entity: Entity) -> bool:
    """Each capitalised modifier of a description ("the Estonian minister")
    shares its first four letters with one of the entity's modifiers, name
    words or the name words of the body its role belongs to (``Entity.bodies``:
    "their manager, Graham Lyle" is the Rovers boss)."""
    if not mods:
        return True
    pool = {m.lower() for m in entity.modifiers} | {w.lower() for n in entity.names for w in n.split()} | {b.lower() for b in entity.bodies}
    for m in mods:
        ml = m.lower()
        if not any(p == ml or p[:4] == ml[:4] and len(p) >= 4 and len(ml) >= 4 for p in pool):
            return False  # (a short modifier, "SDF", "EU", matches itself)
    return True


#: Modifiers that make a role another post ("deputy mayor", "vice-chair",
#: "assistant coach") or a past one ("former mayor", "ex-chairman").
_OTHER_POST = frozenset({"deputy", "vice", "assistant", "former", "ex"})


def other_post(e: Entity, m: Mention) -> bool:
    """Does *e* hold the role of the description *m* only as another post or
    a past one ("Deputy mayor Imran Shale", "Vice-chair Ola Berg", "Former
    mayor Tom Bell"), which *m* does not say ("the mayor", "the chair")? Then
    "the mayor" is someone else (the mayor the story named, or no one)."""
    said = m.text.lower().replace("-", " ").split()
    for phrase in (e.title, e.description):
        words = phrase.lower().replace("-", " ").split() if phrase else ()
        # (the word right before the description's head: "Deputy mayor", not "a former nurse" for "the witness")
        if any(w in _OTHER_POST and w not in said and words[x + 1] == m.head for x, w in enumerate(words[:-1])):
            return True
    # ("Former mayor Tom Bell": a modifier of the one role the entity holds)
    return len(e.roles) == 1 and m.head in e.roles and any(w.lower().replace("-", " ").split()[0] in _OTHER_POST and w.lower() not in said for w in e.modifiers)


#: Modifiers only a company takes ("the Oslo-listed miner").
LISTED = ("-listed", "-quoted", "-traded")


#: Roles that are relations or circumstances of a life, not positions: they
#: never contradict another description of the same person.
RELATIONAL = frozenset(
    "resident local neighbour neighbor parent mother father son daughter wife husband widow widower sister brother "
    "grandmother grandfather grandson granddaughter grandparent aunt uncle cousin niece nephew friend colleague partner "
    "fiance fiancee pensioner retiree veteran survivor victim witness member fan supporter campaigner volunteer "
    "commuter passenger patient customer tenant homeowner villager parishioner "
    # relations to another person in the story ("His challenger ... the referee-turned-politician")
    "challenger rival opponent ally critic spouse successor predecessor co-author coauthor "
    # a team's captaincy sits beside a playing position ("Vale captain Tom Ridley ... the 34-year-old defender")
    "captain skipper vice-captain".split()
)


#: People who play a sport, and the positions they play: a "footballer" may
#: be re-described as "the striker", and a "goalkeeper" as "the player".
SPORTSPEOPLE = frozenset("footballer player athlete sportsman sportswoman cricketer".split())
SPORT_POSITIONS = frozenset(
    "striker forward winger midfielder defender goalkeeper keeper goalie full-back fullback centre-back center-back "
    "sweeper playmaker batsman batter bowler wicketkeeper fly-half scrum-half hooker prop flanker pitcher catcher quarterback".split()
)


def other_position(m_roles: tuple[str, ...], e_roles: set[str]) -> bool:
    """Does the entity hold a position that is not the description's ("a
    chairman is no goalkeeper")? Ages, honorifics, relations and life
    descriptions (:data:`RELATIONAL`: a resident may be re-described as "the
    pensioner") sit beside any position and never count."""
    held = {r for r in e_roles if not r.endswith("-year-old") and r in lexicon.roles()}
    if held & SPORTSPEOPLE and set(m_roles) <= SPORT_POSITIONS or held <= SPORT_POSITIONS | SPORTSPEOPLE and set(m_roles) & SPORTSPEOPLE:
        return False  # "a top-flight footballer ... the striker": a playing position is a kind of player
    return bool(held) and not any(holds_role(held, r) for r in m_roles) and not (held <= RELATIONAL or set(m_roles) <= RELATIONAL)


def generic_for(head: str, held: set[str]) -> list[str]:
    """The roles of *held* that are generic heads standing for *head* (``generic_roles.txt``: one who is "the
    ferry firm's boss" is the chief executive a later "the Nordline chief executive" describes)."""
    generic = lexicon.generic_roles()
    return [r for r in held if head in generic.get(r, ())]


def confirmed_person(e: Entity) -> bool:
    """A person by more than the shape of the name: a gender, a title or
    honorific, a person role, or a given name ("White House", "Fordingham
    North" and "Liberal Reform" are names of two capitalised words too)."""
    return e.kind == "person" and e.person and bool(
        e.gender or e.title or e.honorific or e.has_given_name() or any(_is_person_role(r) for r in e.roles)
    )


def person_of_gender(before: list[Entity], gender: str) -> Entity | None:
    """The first confirmed person of *before* (most recent first) of that
    gender, else the first of unknown gender: whom "his office" or a "he"
    inside a quote stands for (not "Day" of "Election Day": no confirmed person)."""
    people = [e for e in before if e.gender in (gender, None) and confirmed_person(e)]
    return next((e for e in people if e.gender == gender), people[0] if people else None)


def _is_person_role(role: str) -> bool:
    """A role that only a person holds: "34-year-old", "mayor"; not "firm"
    ("Bike-hire firm Spokeshare" holds a role too)."""
    r = lexicon.roles().get(role.rsplit(" ", 1)[-1])
    return role.endswith("-old") or r is not None and r.kind == "person"


def as_surname_of(m: Mention, e: Entity) -> Mention:
    """*m* without the gender its given-name look-up lent it when it is the
    surname of one of *e*'s full names ("Adebayo", "Dr. Adebayo" after "Nkem
    Adebayo"; a gendered honorific still counts: "Mrs Adebayo")."""
    if not m.gender or not m.name or " " in m.name or m.title and m.title.split()[-1].rstrip(".") in GENDERED_HONORIFICS:
        return m
    if any(len(n.split()) > 1 and n.split()[-1] == m.name for n in e.names):
        return m._replace(gender=None)
    return m


def surname_only(e: Entity, name: str) -> bool:
    """Is *e* known so far only by the last word of the full name *name*,
    with no gendered honorific ("Vartan" before "Leona Vartan")? Then any
    gender it has came from reading that surname as a given name."""
    return not e.honorific and " " in name and name.split()[-1] in e.names and all(" " not in n for n in e.names)


def surname_known(e: Entity, name: str, gender: str | None) -> None:
    """A full name *name* joins *e*, known so far by its last word alone
    ("Vartan cuts payroll tax" in a headline, then "Leona Vartan"): that
    word was the surname, so the gender its given-name look-up lent it is
    void (see :func:`as_surname_of`); the full name's own stands (a
    gendered honorific, "Mr Vartan", still counts)."""
    if e.gender and surname_only(e, name):
        e.gender = gender


def age_fits(m: Mention, e: Entity) -> bool:
    """Can the age description *m* re-mention *e*: "the 63-year-old" anyone
    the text gave no other age; an age-class noun ("the teenager", "the
    octogenarian": ``age_nouns.txt``) only someone given an age in its
    bracket ("Ada Moe, 19,")."""
    bracket = lexicon.age_nouns().get(m.head)
    if m.head != "year-old" and bracket is None:
        return True  # ("the company", "the Dutchman": no age to agree; asked for every candidate, so settled first)
    ages = [int(r.split("-", 1)[0]) for r in e.roles if r.endswith("-year-old") and r.split("-", 1)[0].isdigit()]
    if bracket is None:
        return not ages or bool(set(m.roles) & e.roles)
    return any(bracket[0] <= a <= bracket[1] for a in ages)


#: An aside right after a description that says its source goes unnamed on
#: purpose (", speaking on condition of anonymity,", "who asked not to be
#: named", ", who did not want to be identified,"), maybe after the rest of
#: its noun phrase (" at a rival carrier"): one comma at most, and no stop
#: or quote mark, before it.
_UNNAMED_ASIDE = regex.compile(
    r"[^,.;:!?\"\u201c\u201d\n]{0,40}?,?[ \t]*[^,.;:!?\"\u201c\u201d\n]{0,60}?\b(?:anonymity|anonymously|"
    r"(?:not|declined|refused)(?:[ \t]+(?:want|wish))?[ \t]+to[ \t]+be[ \t]+(?:named|identified))\b"
)


def unnamed_on_purpose(text: str, m: Mention) -> bool:
    """News: is the description *m* ("an executive", "a nurse") someone the
    story does not name on purpose, as an aside right after it says? Then it
    is someone new: no earlier holder of its role, and not the person named
    next (an anonymous source is never named)."""
    if not m.text or m.text.split(None, 1)[0].lower() not in INDEFINITES:
        return False
    window = text[m.end : m.end + 90]
    # (the words the aside must hold tested first, in C: most descriptions have none, and no pattern runs)
    return ("anonym" in window or " be named" in window or " be identified" in window) and _UNNAMED_ASIDE.match(window) is not None


#: The determiners of a description that introduces someone new ("a source", "one official", "another analyst").
INDEFINITES = frozenset({"a", "an", "one", "another"})


#: "who" right after a description, maybe past a comma: a relative clause only a person takes.
_WHO_AFTER = regex.compile(r",?[ \t]+who\b")


def who_described(text: str, m: Mention) -> bool:
    """Is the description *m* followed by a "who" clause ("A veteran crane
    operator who has worked the docks for thirty years")? Then it is a
    person, whatever else its head may name ("the operator said": a firm)."""
    return _WHO_AFTER.match(text, m.end) is not None


def honorific_gender(name: str) -> str | None:
    """The gender the honorific of *name* gives ("Mr. Bertram": "m"), from ``titles.txt``; None without one."""
    titles = lexicon.titles()
    return next((titles[w] for w in name.split() if w.rstrip(".") in GENDERED_HONORIFICS and w in titles), None)


#: Words that end a noun phrase's modifiers when read back from its noun: what comes before them is
#: another phrase ("a nod to the woman", "a word with the man"), so an article there is not the noun's.
NOT_MODIFIERS = frozenset("the to of and with at in on by for from his her their its this that".split())


#: About a scene of a novel, in characters: how far back a newcomer brought on by a description is looked for.
SCENE_CHARS = 3000


def introduced_new(text: str, mention: Mention, reach: int = SCENE_CHARS) -> bool:
    """Did the narration bring on someone new with the noun of the description
    *mention* in the *reach* characters (about a scene) before it ("Across
    the lane an old woman sat ...", "a tall, thin man stood at the bar"): an
    indefinite article, up to three modifiers, the noun, outside any quote of
    its paragraph ("an old woman like myself" is said, not narrated)? The
    definite description then goes on with that newcomer (the familiarity
    of a definite article, Heim 1982), not with a character named before.
    Only a presentation counts: the indefinite phrase, with the description's modifiers, is the
    subject of a past verb ("a man stood") or follows "there was"; "for a
    young man of his age", "she was a young girl then" say what someone
    is, and bring no one on."""
    head, lo = mention.text.split()[-1], max(0, mention.start - reach)  # (the noun as written: "the Indian", "an Indian")
    own = set(mention.text.lower().split()[1:-1])  # ("the old woman": an old one; "a lady appeared" is not "the young lady")
    at = text.rfind(head, lo, mention.start)
    while at > lo:
        end = at + len(head)
        if not text[at - 1].isalpha() and not (end < len(text) and text[end].isalpha()):
            before = text[max(lo, at - 60) : at].split()[-4:]
            for n, w in enumerate(reversed(before)):
                w = w.rstrip(",")
                if w in ("a", "an", "A", "An") and own.issubset(x.rstrip(",") for x in before[len(before) - n :]):
                    para = text.rfind("\n\n", lo, at) + 1 or lo
                    chunk = text[para:at]
                    if chunk.count('"') % 2 == 0 and chunk.count("\u201c") <= chunk.count("\u201d") and _presented(text, at - 60, end):
                        return True
                    break
                if not w.isalpha() or not w.islower() or w in NOT_MODIFIERS:
                    break
        at = text.rfind(head, lo, at)
    return False


def newcomer(coref: Coref, mention: Mention) -> bool:
    """:func:`introduced_new` for a description of *coref*'s document, read
    once: coreference asks it, and the dialogue sieve asks again of the same
    description when coreference found no named character."""
    key = (mention.start, mention.end)
    hit = coref.newcomers.get(key)
    if hit is None:
        hit = coref.newcomers[key] = introduced_new(coref.text, mention)
    return hit


def _presented(text: str, lo: int, end: int) -> bool:
    """Is the indefinite phrase ending at *end* (its article after *lo*) the
    subject of a past verb ("an old woman sat", "a tall, thin man was
    warming") or presented by "there was/were"?"""
    after = text[end : end + 30].replace(",", " , ").split(None, 2)
    nxt = after[0] if after else ""
    if nxt == "," and len(after) > 1 and after[1] == "who":
        return True
    if (nxt in ("was", "were", "had") or is_past_form(nxt)) and not (len(after) > 1 and after[1] in ("not", "never")):
        return True  # (not "a young man was not at liberty to ...": what any young man may do, no one in the scene)
    lead = text[max(0, lo) : end].split()
    k = next((i for i in range(len(lead) - 1, -1, -1) if lead[i].lower() in ("a", "an")), -1)
    return k >= 2 and lead[k - 2].lower() == "there" and lead[k - 1] in ("was", "were")


def called_by_title(m: Mention, names: dict[str, int]) -> bool:
    """Fiction: is the description *m* a capitalised title the novel also
    writes alone as a name, one of *names* (lower-case name -> entity id):
    "said the Grandmother" beside "Grandmother was wheeled in", "the
    General"? Then it is that character, called by the title. Never a
    people's name ("the Indian", "the Frenchman"): that describes someone."""
    return (m.kind == "role" and m.text[4:5].isupper() and m.text.lower() == "the " + m.head and m.head in names
            and not is_demonym(m.text[4:]))
