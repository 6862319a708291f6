"""Kinship descriptions: whom "her mother" or "his wife" names.

Used by :mod:`quotes.coref` for a possessive description whose head is a
relation ("said her mother", "his sister answered"): the person is found
from the possessor, not from the last person the text called a mother.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .centering import sentence_around, subject_first

if TYPE_CHECKING:
    from .coref import Coref, Entity
    from .syntax.phrases import Mention

__all__ = ["KIN", "KIN_POSSESSIVES", "POSSESSIVE_GENDER", "families_are_groups", "family_title", "married_relative", "named_earlier_in_sentence", "of_gender_in_family", "other_honorific", "other_kin", "possessed_person", "relative_of"]

#: Kinship nouns: after a possessive they name the possessor's relative.
KIN = frozenset(
    "mother father son daughter wife husband widow widower sister brother grandmother grandfather grandson "
    "granddaughter aunt uncle cousin niece nephew stepmother stepfather stepson stepdaughter mama mamma momma papa".split()
)
#: Familiar words for kin and the relation each names ("my dad" is my father).
FAMILIAR_KIN = {"dad": "father", "daddy": "father", "mum": "mother", "mom": "mother", "mummy": "mother", "mommy": "mother",
                "grandad": "grandfather", "granddad": "grandfather", "grandpa": "grandfather",
                "gran": "grandmother", "granny": "grandmother", "grandma": "grandmother", "nan": "grandmother"}
#: The gender a possessive determiner points to ("her mother" is not "her").
POSSESSIVE_GENDER = {"his": "m", "her": "f", "their": None}
#: The possessives of a kinship description ("His sister, who runs a café by
#: the jetty, said"): in news, one the kin rules find no one for is a
#: relative new to the story, whom the next tag may name (focus.descriptions_forward).
KIN_POSSESSIVES = frozenset(POSSESSIVE_GENDER)
#: Relatives mostly called by a married or senior form of address ("Mrs.", "Mr.").
_SPOUSE_OR_ELDER = frozenset("mother father wife husband widow widower grandmother grandfather aunt uncle mama mamma momma papa".split())
_MARRIED_HONORIFICS = frozenset({"mrs", "mr", "lady", "sir", "lord", "madame", "monsieur"})
#: A spouse or a parent: mostly of the possessor's own surname (an aunt, an
#: uncle or a grandparent is as often of the other side of the family).
_SPOUSE_OR_PARENT = frozenset("mother father wife husband widow widower mama mamma momma papa".split())


def other_kin(head: str, roles: set[str]) -> bool:
    """Is a kinship description with *head* ("the son") someone other than
    an entity the text gave another kinship (*roles*: "his father, Luigi
    Bellini")? In one family story the son is not the father."""
    return head in KIN and bool(roles & KIN) and head not in roles


def _honorific(e: Entity) -> str:
    """The form of address an entity carries ("mrs" for "Mrs. Bennet"), lower case, no stop; '' if none."""
    h = e.honorific or e.title or (e.canonical().split()[0] if e.names else "")
    return h.lower().rstrip(".") if h else ""


def possessed_person(before: list[Entity], owner: str | None, gender: str | None, head: str = "", *, held: bool = False) -> Entity | None:
    """The person "her mother", "his wife" names: near the possessor, of
    the role's gender, not the possessor. A relative by blood or marriage
    mostly shares the possessor's surname ("her mother" after "Daisy
    Miller" and "Mrs. Miller" is Mrs. Miller), so one who does is taken
    first; then one whose gender the document has shown; then the
    nearest that does not contradict it. With *held* (news), one the story
    already gave that very role goes before them all."""
    people = [e for e in before if e.person and e.kind == "person"]
    if held and (holders := [e for e in people if head in e.roles and not (gender and e.gender and e.gender != gender)]):
        # News (*held*): "Her daughter, Clara Vallance-Reid, said ... Her
        # daughter said": the one the story gave that role (a novel's "her
        # mother" is each speaker's own: PDNC entity level 0.734 -> 0.733).
        # Tested before the possessor is chosen: the holder may be the latest
        # person of the possessor's gender ("her daughter, Clare Ashdown-Reid,
        # who said her mother had died ... her daughter said").
        return holders[0]
    possessor = _possessor(people, owner)
    fits = [e for e in people if e is not possessor and not (gender and e.gender and e.gender != gender)]
    if not fits:
        return None
    surname = possessor.surname() if possessor is not None and possessor.names else None
    if surname:
        kin = [e for e in fits if e.names and e.surname() == surname]
        # A spouse or parent is addressed as married ("his wife" is
        # Mrs. Bennet, not a daughter); a sibling or child is not.
        married = [e for e in kin if _honorific(e) in _MARRIED_HONORIFICS]
        if head in _SPOUSE_OR_ELDER and married:
            return married[0]
        if kin:
            return kin[0]
    if held and surname:
        return None  # news: a relative of a named person sharing no one's surname is someone new, mostly named next
    known = [e for e in fits if gender and e.gender == gender]
    return known[0] if known else fits[0]


def _possessor(people: list[Entity], owner: str | None) -> Entity | None:
    """Whom a possessive of gender *owner* points to among *people* (best
    first): the first of that gender, else the first of all."""
    return next((e for e in people if owner is None or e.gender == owner), people[0] if people else None)


def relative_of(coref: Coref, pos: int, owner: str | None, gender: str | None, head: str) -> Entity | None:
    """The person a kinship description at *pos* ("her mother") names, its
    possessive pointing to someone of gender *owner*: :func:`possessed_person`
    over the people named lately and, in a novel, :func:`married_relative`.
    In a novel the possessor is the person a pronoun of that gender would be
    at *pos*, the subject the sentences before go on with
    (:func:`~quotes.centering.subject_first`), not merely the latest named:
    "Elizabeth Harley came in with Lady Webb ... She was flushed. ¶ "...,"
    said her mother": Elizabeth's mother."""
    before = coref._before(pos, limit=20)
    if not coref.fiction:
        return possessed_person(before, owner, gender, head, held=True)
    if owner is not None:
        owners = [e for e in before if e.person and e.kind == "person" and e.gender == owner]
        first = subject_first(coref, pos, owner, owners, len(owners))[:1] if owners else []
        before = first + [e for e in before if e not in first]
    return married_relative(coref, before, pos, owner, gender, head, possessed_person(before, owner, gender, head))


def married_relative(coref: Coref, before: list[Entity], pos: int, owner: str | None, gender: str | None, head: str,
                     picked: Entity | None) -> Entity | None:
    """Novels: the spouse or parent "her mother" or "his wife" (at *pos*)
    names when :func:`possessed_person`'s answer, *picked*, shares no
    surname with the possessor: the member of the possessor's family the
    novel addresses as married ("Mrs. Bennet", Elizabeth Bennet's mother and
    Mr. Bennet's wife), the one named latest before *pos* or, when the
    novel names her only later, the first named after it (a wife first
    called "his lady", which after "his" is a wife too). A possessor known
    by one word gives no surname, and a family with no such member leaves
    *picked*: the nearest person of the right gender, often a neighbour."""
    possessor = _possessor([e for e in before if e.person and e.kind == "person"], owner)
    if not (head in _SPOUSE_OR_PARENT or head == "lady" and owner == "m") or possessor is None or len(possessor.canonical().split()) < 2:
        return picked
    surname = possessor.surname()
    if picked is not None and picked.names and picked.surname() == surname:
        return picked
    latest: tuple[int, Entity] | None = None
    first_after: tuple[int, Entity] | None = None
    for eid in coref._by_last.get(surname or "", ()):
        e = coref.entities[eid]
        if e is possessor or e.kind != "person" or gender and e.gender and e.gender != gender or _honorific(e) not in _MARRIED_HONORIFICS:
            continue
        earlier = max((s for s, _, _ in e.mentions if s < pos), default=None)
        if earlier is not None:
            if latest is None or earlier > latest[0]:
                latest = (earlier, e)
        elif e.mentions:
            first = min(e.mentions)[0]
            if first_after is None or first < first_after[0]:
                first_after = (first, e)
    found = latest or first_after
    return found[1] if found is not None else picked


#: Honorifics that tell the members of a family apart ("Mrs. Miller", her
#: daughter "Miss Miller"; "Dr. Grant" and "Mrs. Grant").
_FAMILY_TITLES = frozenset("Mr Mrs Miss Ms Master Dr Lady Lord Sir Madame Mme Mlle Monsieur".split())


def _title_word(title: str | None) -> str | None:
    return title.split()[-1].rstrip(".") if title else None


def family_title(coref: Coref, m: Mention, eid: int) -> int | None:
    """In a novel, the entity an honorific and surname (*m*) is when its name
    is entity *eid*'s: *eid* itself, or another of the family known by that
    very honorific, or None for a new one.

    - "Mrs. Ashby" after "Thomas Ashby" (gender unknown): in a family of one
      surname an honorific is no evidence of the same person, and "Mrs.
      Thomas Ashby" is the convention for his wife;
    - "Mrs. Miller" after "Miss Miller", "Dr. Grant" after "Mrs. Grant": a
      different honorific is a different member of the family (mother and
      daughter, husband and wife), whatever the genders say."""
    e = coref.entities[eid]
    if m.gender and not e.gender and e.honorific is None and any(" " in n for n in e.names):
        return None
    title, held = _title_word(m.title), _title_word(e.title)
    if title not in _FAMILY_TITLES or held not in _FAMILY_TITLES or held == title:
        return eid
    return next((c for c in coref._by_last.get(m.name.split()[-1].lower(), ()) if _title_word(coref.entities[c].title) == title), None)


def of_gender_in_family(coref: Coref, m: Mention, key: str) -> int | None:
    """The entity an honorific and surname (*m*, name *key*) is when the
    entity of that bare surname is of the other gender: the one of the
    surname known by exactly that name, else (news) the one person of the
    surname known to be of the honorific's gender ("Mr Hale" after "Helen
    Hale and her husband, Tom Hale," and "Mrs Hale"); None for a new one.
    Not in novels: there "Mr. Price" is as often the father known by his
    honorific alone as the son named William (measured worse on PDNC)."""
    # (The honorific test last, on the few of the surname that fit the gender
    # and the name: a novel's family may have hundreds of such entities.)
    family = coref._by_last.get(m.name.split()[-1].lower(), [])
    for c in reversed(family):
        if (e := coref.entities[c]).gender in (None, m.gender) and e.canonical().lower() == key and not other_honorific(m, e):
            return c
    if m.gender and " " not in key and not coref.fiction:
        same = {c for c in family if coref.entities[c].gender == m.gender and not other_honorific(m, coref.entities[c])}
        return same.pop() if len(same) == 1 else None
    return None


def other_honorific(m: Mention, e: Entity) -> bool:
    """"Mrs Cordell" is not the "Miss Cordell" the story named before (a
    mother and her daughter): the married and the unmarried honorific
    before one surname are two people ("Ms" tells neither)."""
    if not m.title or not e.honorific:
        return False
    a, b = m.title.split()[-1].rstrip(".").lower(), e.honorific.rstrip(".").lower()
    return a != b and {a, b} == {"mrs", "miss"}


def families_are_groups(coref: Coref) -> None:
    """After the name pre-scan (:func:`quotes.names.link_names`): a surname
    in the plural ("the Crawfords", "the Miss Bertrams") is the family, a
    group, when another entity bears it in the singular: no one person, so
    no one line's speaker whose turn comes round again (in a novel, no firm
    either, whatever "its" followed it; in news "Lloyds" and "Barclays" stay
    banks, whatever a Mr Lloyd said)."""
    for e in coref.entities:
        if (e.kind == "person" or e.kind == "organisation" and coref.fiction) and e.names and all(" " not in n and n.endswith("s") and any(
                c != e.eid for c in coref._by_last.get(n[:-1].lower(), ())) for n in e.names):
            e.kind = "group"


def named_earlier_in_sentence(coref: Coref, m: Mention, eid: int) -> bool:
    """Novels: is the honorific and surname *m* ("Mrs. Hale") said after the
    same sentence named entity *eid* ("Ellen Hale") by another name? Then it
    is another member of the family: "Ellen Hale was reading by the window
    when Mrs. Hale came in", "Tom Reddle and his father, old Mr. Reddle,".
    Within one sentence a writer goes on with a pronoun; a new name form
    there is a new person. (Across sentences a novel often calls a woman
    first "Rachel Lynde", then "Mrs. Lynde": the same person.)"""
    if not m.title:
        return False
    lo, _ = sentence_around(coref, m.start, coref.text)
    return any(lo <= s < m.start for s, _, _ in coref.entities[eid].mentions)
