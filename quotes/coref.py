"""Rule-based coreference: names, titles, role chains and pronouns -> entities.

Sieve style after Lee et al. (2013), "Deterministic coreference resolution
based on entity-centric, precision-ranked rules", applied most precise first:

1. ``exact-name``: the same personal name ("Ana Ruiz" ... "Ana Ruiz").
2. ``partial-name``: a shorter name whose tokens end the fuller one
   ("Ruiz", "Mr. Ruiz" -> "Ana Ruiz"); titles are ignored for matching.
3. ``title-chain``: a role nominal whose head is a title or appositive role
   of an earlier entity, with compatible modifiers ("the Leader" ->
   "Leader of the Assembly Dame X"; "the Estonian president" ->
   "Estonia's President Y": a capitalised modifier must share its first
   four letters with one of the entity's, the usual demonym/country link).
4. ``pronoun``: he/she/they agree in gender and number with the most recent
   compatible person mention outside quotes; the subject of an attribution
   is a mention too, so "X remarked. He then stressed ..." resolves to X.
   Gender comes from honorifics, role nouns (spokeswoman), and the document's
   own pronoun use (a pronoun that resolves to an entity sets its gender).
   In fiction (``Coref(fiction=True)``), of the two most recent candidates,
   one whose gender is known and agrees beats a nearer one of unknown
   gender, and of the three most recent, one who speaks elsewhere in the
   document beats one who never does.
5. ``narrator``: "I"/"me" is the first-person narrator when the pipeline
   has named one (fiction; see ``quotes.sieves.dialogue.narrator``).

Canonical name: the longest personal name (most tokens, then most
characters) in the chain, titles removed; an entity with no personal name is
named by its first description ("the spokeswoman").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple

from . import lexicon
from .agreement import INDEFINITES, LISTED, age_fits, as_surname_of, called_by_title, confirmed_person, honorific_gender, newcomer, surname_known, surname_only, who_described
from .kinship import KIN, POSSESSIVE_GENDER, family_title, named_earlier_in_sentence, of_gender_in_family, other_honorific, relative_of
from .model import Span, Speaker
from .centering import possessor_last, subject_first, tag_subject_first
from .focus import apposed_name, focus_description, full_name_before, org_for_it, org_in_focus, org_in_sentence, org_named_next, proxy_going_on, role_holder, speaker_in_focus, subject_before
from .organisations import PROXY_HEADS, bare_proxy, by_acronym, fits_org, member_body, modifier_named, named_body, names_noun, opens_with_org_word, org_named_by_head, org_named_in, org_of_place, org_reporting_before, reporter_before, represented, untyped_reporting
from .syntax.phrases import GENDERED_HONORIFICS, Mention, as_surname
from .syntax.types import is_place_name, is_thing_name
from .syntax.words import QUANTIFIER_SUBJECTS, demonym_stems, is_demonym, is_partisan

if TYPE_CHECKING:
    from .lexicon import Role

__all__ = ["POSSESSIVE_GENDER", "Coref", "Entity", "name_candidates"]


class Entity:
    """A growing coreference chain (mutable while a document is processed)."""

    __slots__ = ("eid", "names", "roles", "modifiers", "bodies", "portfolios", "gender", "kind", "title", "mentions", "person", "description", "honorific", "speaks")

    def __init__(self, eid: int) -> None:
        self.eid = eid
        self.names: list[str] = []
        self.roles: set[str] = set()
        self.modifiers: set[str] = set()
        #: Name words of the body a role belongs to ("their manager": the team's), which a modifier may fit.
        self.bodies: set[str] = set()
        #: Lower-case fields of the post a premodifying title gave ("health minister Ola Nes": "health").
        self.portfolios: set[str] = set()
        self.gender: str | None = None
        self.kind = "person"
        self.title: str | None = None
        self.mentions: list[tuple[int, int, str]] = []
        self.person = False
        self.description: str | None = None
        #: A gendered honorific seen right before a bare surname ("Mrs.").
        self.honorific: str | None = None
        #: Named as the speaker of a tagged quote somewhere in the document.
        self.speaks = False

    def canonical(self) -> str:
        if self.names:
            names = self.names  # (most entities have one name: no max() to run)
            best = names[0] if len(names) == 1 else max(names, key=lambda n: (len(n.split()), len(n), not n.isupper()))  # (not a heading's capitals)
            if " " not in best and self.honorific:
                return f"{self.honorific} {best}"  # "Mr. Hale" and "Mrs. Hale" stay apart
            return best
        return self.description or "?"

    def has_given_name(self) -> bool:
        """Does one of its names start with a given name ("Ana Ruiz")?"""
        given = lexicon.given_names()
        return any(n.split()[0] in given for n in self.names)

    def surname(self) -> str | None:
        return self.canonical().split()[-1].lower() if self.names else None



#: How many recent candidates a gendered pronoun looks through for one of known,
#: matching gender (PDNC tune, see the changelog: 3 is the best that lowers no check part).
PRONOUN_GENDER_WINDOW = 3
#: How many recent candidates a pronoun looks through for one who speaks in the document.
PRONOUN_SPEAKER_WINDOW = 3


#: Kinship roles that make one of two relatives "the elder" or "the younger".
_ELDER = frozenset("father mother grandfather grandmother uncle aunt parent".split())
_YOUNGER = frozenset("son daughter grandson granddaughter nephew niece child".split())


class _Seen(NamedTuple):
    pos: int
    eid: int


def _role_read(coref: Coref, m: Mention, first: str) -> Role | None:
    """The role the head of the description *m* (opening with *first*) names, as this description uses it."""
    role = lexicon.roles().get(m.head)
    if role is not None and role.kind == "person" and m.text.lower().endswith(m.head) and any(w.endswith(LISTED) for w in m.text.lower().split()):
        return role._replace(kind="org")  # "the Oslo-listed miner", "the Nasdaq-traded developer": a company
    if role is not None and role.kind == "org" and not coref.fiction and first in INDEFINITES and who_described(coref.text, m):
        return role._replace(kind="person")  # "A veteran crane operator who has worked ...": a person, new (no firm named before)
    return role


def _unconfirmed_name(e: Entity) -> bool:
    """A name of two words or more that nothing has shown to be a person's
    (no title, gender, pronoun or given name): it may be an organisation's
    ("Delmont Appliances", "Holmfield Rovers")."""
    return (e.kind == "person" and not e.gender and not e.title and bool(e.names)
            and all(len(n.split()) > 1 for n in e.names) and not e.has_given_name())


def _names_a_person(m: Mention) -> bool:
    """A description whose head is a person role, an age or a demonym ("the
    coach", "the 61-year-old", "the Dutchman")."""
    role = lexicon.roles().get(m.head)
    return role is not None and role.kind in {"person", "group"} or m.head == "year-old" or is_demonym(m.head.capitalize())


class Coref:
    """Entities of one document, built in document order."""

    def __init__(self, *, fiction: bool = False) -> None:
        self.fiction = fiction  # (the dialogue priors of pronouns and family honorifics apply; news keeps plain recency)
        self.entities: list[Entity] = []
        self._by_name: dict[str, int] = {}
        self._by_last: dict[str, list[int]] = {}
        self._resolving = False
        self._first_names: dict[str, set[int]] = {}  # first word of a multi-word name -> entities
        self._first_index: dict[str, list[int]] | None = None  # (see _by_first)
        self._recent: list[_Seen] = []  # name/role mentions from the pre-scan, in order
        self._resolved: list[_Seen] = []  # mentions resolved while attributing, in order
        #: The person the latest attributed quote was given to, and that quote's span (set by the entity stage).
        self.last_speaker: int | None = None
        self.last_content: tuple[int, int] = (-1, -1)
        self.last_proxy: tuple[int, str | None, int] | None = None  # (see focus.proxy_going_on)
        self.last_org: tuple[int, tuple[int, int]] | None = None  # the last organisation or group reporting (organisations.org_reporting_before)
        #: The first-person narrator, when the document names one (fiction).
        self.narrator: Entity | None = None
        #: Where a news story's headline line ends (-1: none) and its sentences start, set by the entity stage.
        self.headline_end = -1
        self.sentence_starts: list[int] = []  # (see focus.named_in_sentence)
        self.text = ""  # (the document, set with the sentences)
        self.newcomers: dict[tuple[int, int], bool] = {}  # descriptions read by agreement.newcomer: asked by coreference and the dialogue sieve

    # -- building -----------------------------------------------------------
    def _new(self) -> Entity:
        e = Entity(len(self.entities))
        self.entities.append(e)
        return e

    def _note(self, e: Entity, m: Mention) -> None:
        # (Runs at every mention: the steps that do nothing for most mentions are skipped with a test, the
        # mention filed as a tuple, not through the NamedTuple's Python-level __new__ (a quarter of the time),
        # and its fields unpacked once, not read by name, a descriptor call each (0.4% of a PolNeAR pass).)
        e.mentions.append(m[:3])  # (start, end, text: the mention's first fields, one C-level slice)
        start, _, text, kind, head, name, title, roles, modifiers, gender, plural, _ = m
        if gender:
            gender = (m := as_surname_of(m, e)).gender
            if gender and not e.gender:
                e.gender = gender
        if roles:
            e.roles.update(roles)
        if modifiers:
            e.modifiers.update(modifiers)
        if title and (not e.title or len(title) > len(e.title)):
            e.title = title
        if title and gender and name and " " not in name and title.split()[-1].rstrip(".") in GENDERED_HONORIFICS:
            e.honorific = e.honorific or title.split()[-1]
        if title or gender:
            e.person = True
        if kind in {"name", "org"} and name:
            if name not in e.names:
                surname_known(e, name, gender)
                e.names.append(name)
                if self._first_index is not None:  # (kept up to date, in entity order as _by_first builds it, not built again)
                    insort(self._first_index.setdefault(name.split()[0].lower(), []), e.eid)
                key = name.lower()
                self._by_name.setdefault(key, e.eid)
                self._by_last.setdefault(name.split()[-1].lower(), []).append(e.eid)
            if kind == "org":
                if not (e.kind == "person" and e.gender or e.kind == "group"):  # (nor a family, kinship.families_are_groups)
                    e.kind = "organisation"
            elif gender and e.kind == "organisation":
                # "Mr. Hale" after "the Hale" (a family, a firm): a person by honorific.
                e.kind, e.person = "person", True
            elif e.kind == "place" or not name.isalpha() and (not e.person and not title and not gender and is_place_name(name) or is_thing_name(name)):
                # (a one-word name, all letters, is neither, nor a full name below: no call or split for most names)
                e.kind, e.person = "place", False  # "Kestrel Bay", "County Hall", a thing ("the Tamsin Medal"): never a speaker nor a person
            elif gender or not name.isalpha() and len(name.split()) > 1:
                e.person = True
        if kind == "role":
            if not e.description:
                e.description = " ".join(text.split())  # "the\ncroupier" on two lines is one name
            if plural:
                e.kind = "group"
            elif not e.names and (role := lexicon.roles().get(head)) is not None and role.kind in {"org", "doc"} and (self.fiction or not who_described(self.text, m)):
                e.kind = "organisation"  # "the port authority", never named: an organisation, not a person ("A crane operator who ...": one)
            if e.kind != "organisation" and (self.fiction or _names_a_person(m)):
                e.person = True  # (news: "the closure", a head no list knows, is no one "he" can be)
        seen = tuple.__new__(_Seen, (start, e.eid))
        if self._resolving:
            insort(self._resolved, seen)  # (also out of order: "the agency said" after a later tag)
        elif not self._recent or self._recent[-1][0] <= start:
            self._recent.append(seen)

    def link_name(self, m: Mention) -> Entity:
        """Add a name/org mention (sieves exact-name, partial-name)."""
        assert m.name is not None
        key = m.name.lower()
        eid = self._by_name.get(key)
        # (" " in m.text tested first: lower-casing adds no space, and most one-word names are written with none)
        elder = not self.fiction and " " not in key and " " in m.text and m.text.lower().startswith(("the elder ", "the younger "))
        kin = sorted(set(self._by_last.get(key, ()))) if elder else []
        if len(kin) > 1:
            # News: "the elder Moreira" is the one described as a parent ("His
            # father, Jorge Moreira,"), "the younger" the one described as a
            # child; else the relative set against the story's subject, the
            # first of the name (who a bare "Moreira" is).
            want = _ELDER if m.text.lower().startswith("the elder ") else _YOUNGER
            fits = [c for c in kin if self.entities[c].roles & want]
            eid = fits[-1] if fits else max(kin[1:], key=lambda c: max((s for s, _, _ in self.entities[c].mentions), default=-1))
        # (m.gender tested first: as_surname_of returns a mention without one as it is, whose None fits any entity; most names have none)
        if eid is not None and m.gender is not None and (as_surname_of(m, self.entities[eid]).gender not in (None, self.entities[eid].gender or m.gender) or other_honorific(m, self.entities[eid])):
            eid = of_gender_in_family(self, m, key)  # "Mr. Hale" and "Mrs. Hale" are two people (a bare "Thomas" after "Helen Thomas" is her: as_surname_of)
            if eid is None:
                e = self._new()
                self._note(e, m)
                return e
        if self.fiction and eid is not None and m.title and (eid := family_title(self, m, eid)) is None:
            e = self._new()  # another of the family (see kinship.family_title)
            self._note(e, m)
            return e
        if eid is None:
            last = m.name.split()[-1].lower()
            cands = self._by_last.get(last, [])
            toks = key.split()
            # Fiction: the family member named last; news: the one named
            # first, the story's subject ("Renwick" in an obituary that also
            # names his son and daughter by their full names).
            for c in (reversed(cands) if self.fiction else cands):
                if len(toks) == 1 and self.entities[c].kind == "organisation" and (any(self.entities[x].kind == "person" for x in cands) or opens_with_org_word(self.entities[c])) or org_of_place(toks, self.entities[c]):
                    continue  # "Wren & Tilley ... Harriet Tilley ... Tilley said": a surname is the person's, not a firm's last word ("Radio Carrow ... Carrow": the place)
                if m.gender is not None and as_surname_of(m, self.entities[c]).gender not in (None, self.entities[c].gender or m.gender) and not surname_only(self.entities[c], m.name) or self.fiction and named_earlier_in_sentence(self, m, c):
                    continue  # (a gender its bare surname lent it, "Vartan" before "Leona Vartan", is no other person's; kinship.named_earlier_in_sentence)
                full = self.entities[c].canonical().lower().split()
                if len(toks) <= len(full) and full[-len(toks):] == toks or (
                    len(full) < len(toks) and toks[-len(full):] == full
                ):
                    eid = c
                    break
        if eid is None and len(toks) == 1 and toks[0] in self._first_names:  # (most bare names open no full name: no comprehension to run)
            # "Jonas" ... "Jonas Pell": a bare first name joins the one person
            # whose full name starts with it (only when that is unambiguous);
            # "Corvane" ... "Corvane Logistics": an organisation's short name.
            firsts = sorted({
                c for c in self._first_names.get(toks[0], ())
                if self.entities[c].kind in {"person", "organisation"}
                and (not m.gender or not self.entities[c].gender or self.entities[c].gender == m.gender)
            })
            if len(firsts) == 1:
                eid = firsts[0]
            elif firsts and self.fiction:
                # Two characters share the first name (John Beaver, John
                # Andrew): a novel's bare "John" is the one in the scene, the
                # one mentioned last, not a third person.
                eid = max(firsts, key=lambda c: max((a for a, _, _ in self.entities[c].mentions if a < m.start), default=-1))
        if eid is None and m.kind == "name" and len(toks) > 1 and toks[0] in self._by_name:
            # "Toby" ... later "Toby Marsh": a full name joins the person
            # so far known by its first name alone.
            c = self._by_name[toks[0]]
            ce = self.entities[c]
            if ce.kind == "person" and all(" " not in n for n in ce.names) and (
                not m.gender or not ce.gender or ce.gender == m.gender
            ):
                eid = c
        eid = by_acronym(self, m.name) if eid is None and len(toks) == 1 else eid  # "Remontées du Haut-Arlet (RHA) ... RHA said"
        e = self.entities[eid] if eid is not None else self._new()
        self._note(e, m)
        if len(parts := m.name.split()) > 1:
            self._first_names.setdefault(parts[0].lower(), set()).add(e.eid)
        return e

    def find(self, name: str) -> Entity | None:
        """The entity a bare name refers to, without adding a mention (vocatives)."""
        exact, cands = name_candidates(self, name)
        eid = exact if exact is not None else cands[-1] if cands else None
        return None if eid is None else self.entities[eid]

    def _by_first(self) -> dict[str, list[int]]:
        """Entities by the first word of each name, in entity order (built at the first call, then kept up to date by _note)."""
        if self._first_index is None:
            out: dict[str, list[int]] = {}
            for eid, n in ((e.eid, n) for e in self.entities for n in e.names):
                out.setdefault(n.split()[0].lower(), []).append(eid)
            self._first_index = out
        return self._first_index

    def mark_speaker(self, eid: int) -> None:
        self.entities[eid].person = True

    def start_resolving(self) -> None:
        """Switch from the name pre-scan to resolution in document order."""
        self._resolving = True

    def _seen_before(self, pos: int, limit: int = 60) -> list[_Seen]:
        """Mentions before *pos*, most recent first: the latest *limit* of the pre-scan's and of resolution's."""
        k = bisect_left(self._recent, (pos, -1))
        r = bisect_left(self._resolved, (pos, -1))
        seen = self._recent[max(0, k - limit) : k] + self._resolved[max(0, r - limit) : r]
        seen.sort(reverse=True)
        return seen

    def _before(self, pos: int, limit: int = 60) -> list[Entity]:
        """Entities mentioned before *pos*, most recent first (bounded: linear time)."""
        # (The distinct ids, first seen first, by dict.fromkeys over ids read in C, and the entities by map: no Python step per mention, as a loop with a set of ids took; 0.14% fewer instructions a PolNeAR pass.)
        return list(map(self.entities.__getitem__, dict.fromkeys(map(itemgetter(1), self._seen_before(pos, limit)))))

    def _after(self, pos: int, limit: int = 30) -> list[Entity]:
        """Entities first mentioned after *pos* (cataphora in headlines and leads)."""
        k = bisect_left(self._recent, (pos, -1))
        return [self.entities[s.eid] for s in self._recent[k : k + limit]]

    def _appositive_after(self, m: Mention) -> list[Entity]:
        """Entities first named within a few characters after *m* (an appositive name)."""
        k = bisect_left(self._recent, (m.end, -1))
        # (within four characters, ", " and a quote mark; or after ", the ": "the glassworkers' union, the SNV")
        return [self.entities[x.eid] for x in self._recent[k : k + 2] if x[0] <= m.end + 4 or x[0] == m.end + 6 and self.text[m.end : x[0]] == ", the "]

    # -- resolving ----------------------------------------------------------
    def resolve(
        self, m: Mention, pos: int, *, exclude: tuple[int, int] | None = None, addressed: frozenset[int] = frozenset(),
        restrictive: bool = False,
    ) -> tuple[Entity | None, str]:
        """Resolve a speaker mention at *pos*; return the entity and the sieve used.

        A pronoun never resolves to an entity in *addressed* (ids of the
        people the quote itself addresses by name: one does not call oneself).
        *restrictive*: a restrictive relative clause follows the description
        ("The labourer who dug the trench"): it picks its referent out by that
        clause, so it never re-describes the person in focus.
        """
        if m.kind == "relative" and m.antecedent is not None:
            e, _ = self.resolve(m.antecedent, m.antecedent.start)
            if e is not None:
                e.mentions.append(m[:3])  # (start, end, text: the mention's first fields, one C-level slice)
            return e, "relative-pronoun"
        if m.kind == "role" and not m.plural and m.text.isalpha() and m.text[:1].isupper() and m.text.lower() in self._by_last:
            m = as_surname(m)  # "Archer said" after "Newland Archer": the document's surname, not the role
        if m.kind == "name" and m.name and (m.name in QUANTIFIER_SUBJECTS or " and " in m.name and all(
            side.split()[-1].lower() in self._by_last for side in m.name.split(" and ", 1) if side
        )):
            # "Rabbit and Piglet, who had come up the hill, said": two people the
            # story names, a pair, never a name the first of them would carry;
            # "Neither seemed to mind", "None showed": a group, never a person a later "she" is.
            m = m._replace(kind="role", head="people", name=None, title=None, roles=(), gender=None, plural=True)
        if m.kind in {"name", "org"} and m.name:
            e = self.link_name(m)
            if m.kind == "name" and e.kind == "person":
                e.person = True  # the subject of a speech cue is a person
            return e, "partial-name"
        if m.kind == "org":  # a role noun of kind org ("the ministry")
            m = m._replace(kind="role")
        if m.kind == "role":
            return self._resolve_role(m, pos, restrictive)
        if m.kind == "pronoun":
            return self._resolve_pronoun(m, pos, addressed)
        return None, "unresolved"

    def _resolve_role(self, m: Mention, pos: int, restrictive: bool = False) -> tuple[Entity, str]:
        """Resolve a role description ("the president", "her mother") to an earlier entity or a new one."""
        named = org_named_by_head(self, m, pos) or org_named_in(self, m) or (named_body(self, m.head) if m.text.lower() in {m.head, "the " + m.head} else member_body(self, m))
        if named is not None:  # ("police said" in a story that names "Ridgeshire Police", before or after)
            self._mention_of(named, m)
            return named, "title-chain"
        if self.fiction and called_by_title(m, self._by_name):  # ("Grandmother was wheeled in ... said the Grandmother")
            self._note(e := self.entities[self._by_name[m.head]], m)
            return e, "title-chain"
        if m.plural or self.fiction and m.text[:4].lower() == "the " and newcomer(self, m):  # ("a tall man ... said the tall man")
            e = not m.plural and next((e for e in self._before(pos, limit=6) if not e.names and e.description and e.description.lower() == m.text.lower()), None) or self._new()
            self._note(e, m)
            return e, "new-entity"
        if (e := apposed_name(self, m)) is not None:
            self._mention_of(e, m)  # "Northvane, the cloud computing group ..., said"; '"...," said another, Priya Nair'
            return e, "title-chain"
        # title-chain: most recent entity with this role and compatible modifiers.
        if (m.head in lexicon.proxy_roles() or m.head in PROXY_HEADS) and not m.name:
            org = represented(self, m, pos)
            if org is None and bare_proxy(m):
                org = org_in_focus(self, pos)  # "Kestrel Water raised its prices. A spokeswoman said ..."
            if org is not None:
                self._mention_of(org, m)
                return org, "speaks-for"
        first = m.text.split()[0].lower() if m.text else ""
        # (a novel's "his lady" is someone's by a tie to the possessor: no holder named only later)
        fit = role_holder(self, m, pos, kin=first in POSSESSIVE_GENDER and m.head in KIN, back=self.fiction and first in POSSESSIVE_GENDER)
        if fit is not None:
            self._note(fit, m)
            return fit, "title-chain"
        role = _role_read(self, m, first)
        if first in POSSESSIVE_GENDER and role is not None and role.kind == "person":
            e = relative_of(self, pos, POSSESSIVE_GENDER[first], role.gender, m.head)
            if e is not None:
                self._note(e, m)
                return e, "possessive-description"
        if m.head == "year-old" or m.head in lexicon.age_nouns() or is_demonym(cap := m.head.capitalize()) and (role is None or is_partisan(cap) and cap in m.text) or role is not None and role.kind in {"org", "doc"}:
            # "the 54-year-old": the person just named; "the company": the
            # organisation just named whose name fits the noun (org_types.txt).
            # "the statement said": a document speaks for the organisation just named.
            want = "organisation" if role is not None and role.kind in {"org", "doc"} else "person"
            if role is not None and role.kind == "org" and not self.fiction and (e := org_in_sentence(self, m) or untyped_reporting(self, m, pos)) is not None:
                self._note(e, m)  # "Harbin Toys ... is recalling its Rolling Rabbit sets, the company said"; "Little Lanterns said ... the charity said"
                return e, "title-chain"
            cands = _description_candidates(self, m, pos, want)
            for rank, e in enumerate(cands):
                if rank >= 12 and (want == "person" or not fits_org(m.head, e, specific=True)):
                    continue  # past the latest twelve, only a name of the very type ("the club": "Rovers")
                if not age_fits(m, e):
                    continue  # "the 63-year-old", "the teenager" is nobody the text gave another age
                if want == "person" and e.kind == "person" and e.person and (self.fiction or confirmed_person(e)):
                    self._note(e, m)
                    return e, "title-chain"
                doc = role is not None and role.kind == "doc"
                if doc and (e.kind != want or not m.text.lower().startswith("the ")):
                    continue  # "the statement said": the organisation just named; "a pool report" is new
                unconfirmed = e.kind != want and (
                    _unconfirmed_name(e)
                    # "Holmfield Rovers ... the club": a name word of the very type
                    # outweighs a gender guessed from nearby pronouns.
                    or e.kind == "person" and not e.title and not doc and fits_org(m.head, e, specific=True)
                )
                if unconfirmed and (doc or e.speaks and not fits_org(m.head, e, specific=True)):
                    continue  # a name that speaks may be a person's: only a name word of the type ("Rovers") tells
                if want == "organisation" and (e.kind == want or unconfirmed) and (doc or fits_org(m.head, e) or modifier_named(m, e)):
                    e.kind = "organisation"  # "Delmont Appliances ... the company": the name was an organisation's
                    self._note(e, m)
                    return e, "title-chain"
            if want == "organisation" and not self.fiction and (e := org_named_next(self, m, pos)) is not None:
                self._note(e, m)  # a lead's "The competition watchdog has warned ...": the authority named next
                return e, "title-chain"
        if not self.fiction and not restrictive and (e := focus_description(self, m, pos)) is not None:
            self._note(e, m)
            return e, "description-chain"
        e = self._new()
        self._note(e, m)
        return e, "new-entity"

    def _mention_of(self, e: Entity, m: Mention) -> None:
        """Record *m* as a mention of *e*, also among the resolved mentions
        that later pronouns and descriptions look back to (kept in text order)."""
        e.mentions.append(m[:3])  # (start, end, text: the mention's first fields, one C-level slice)
        insort(self._resolved, _Seen(m.start, e.eid))

    def _resolve_pronoun(self, m: Mention, pos: int, addressed: frozenset[int]) -> tuple[Entity | None, str]:
        """Resolve a personal pronoun to the narrator or the best recent person that agrees with it."""
        if m.head in {"i", "me"} and self.narrator is not None:
            self.narrator.mentions.append((m.start, m.end, m.text))
            return self.narrator, "narrator"
        if m.head in {"it", "they"} and (org := org_for_it(self, pos) if m.head == "it" else reporter_before(self, pos)) is not None:
            self._mention_of(org, m)
            return org, "pronoun"
        if m.plural or m.head in {"i", "we", "me", "us", "it"}:
            return None, "unresolved-pronoun"
        if (org := proxy_going_on(self, m, pos, addressed)) is not None:
            self._mention_of(org, m)
            return org, "speaks-for"  # 'A spokesman for the authority said ... "...," he said'
        for e in self._pronoun_candidates(m, pos, addressed):
            if m.gender and not e.gender:
                e.gender = m.gender  # learnt from the document's own usage
            self._mention_of(e, m)
            return e, "pronoun"
        return None, "unresolved-pronoun"

    def _pronoun_candidates(self, m: Mention, pos: int, addressed: frozenset[int]) -> list[Entity]:
        """Recent people a pronoun may stand for, best first (fiction: known gender, then speakers, go first)."""
        cands = [e for e in self._before(pos) if e.person and e.kind == "person" and e.eid not in addressed
                 and not (e.gender and m.gender and e.gender != m.gender)]
        if m.gender and self.fiction:
            # A person whose gender the document has shown beats a nearer
            # one of unknown gender ("Dr. Hale", a place taken for a name).
            # (Not in news: there the nearest named person is the better bet,
            # even of unknown gender; the demo article's "he said" is one.)
            known = [e for e in cands[:PRONOUN_GENDER_WINDOW] if e.gender == m.gender]
            if known and known[0] is not cands[0]:
                cands = known + [e for e in cands if e not in known]
        if not self.fiction:
            # News: a name nothing shows to be a person's (a ward, a party, a
            # bridge) is no antecedent while a confirmed person is in reach.
            # The person the last quote was given to is one too ("Teodora
            # Vlasceanu, a night carer, told the court ... 'Nobody came,' she said").
            focal = full_name_before(self, pos)  # (or a full name opening the sentence before)
            sure = [e for e in cands if confirmed_person(e) or e.eid in (self.last_speaker, focal)]
            cands = tag_subject_first(self, m, pos, speaker_in_focus(self, sure or cands, pos), subject_before)
        # A character who speaks elsewhere beats a nearer name who never does (a place, a name merely talked about).
        talk = [e for e in cands[:PRONOUN_SPEAKER_WINDOW] if e.speaks]
        if talk and not cands[0].speaks and self.fiction:
            cands = talk + [e for e in cands if e not in talk]
        if self.fiction and cands and m.gender and m.head in {"he", "she"}:
            cands = subject_first(self, pos, m.gender, cands, PRONOUN_SPEAKER_WINDOW)  # ("Peter crossed to Martin's cottage. He ...")
        return cands

    def speaker(self, e: Entity, doc: str) -> Speaker:
        mentions = tuple(Span.of(doc, s, t) for s, t, _ in sorted(set(e.mentions)))
        gender = e.gender
        return Speaker(
            name=e.canonical(),
            mentions=mentions,
            # Only people, organisations and groups speak (places are dropped
            # before): a name nothing has typed yet is taken for a person's.
            kind=e.kind if e.kind in {"organisation", "group"} else "person",
            title=e.title,
            gender=gender,
        )


def _description_candidates(coref: Coref, m: Mention, pos: int, want: str) -> list[Entity]:
    """The entities a description of an organisation, an age or an origin may
    re-mention, best first: the most recent first, except that an organisation
    named in apposition right after the description goes first, and in news a
    person described by the same origin, else the one just quoted, goes first."""
    cands = coref._before(pos, limit=40)
    if want == "organisation":  # "the label, Tidewater Records, said": the name in apposition first
        # (then a name that holds the noun itself before one its type words fit: "the University of
        # Eastmere ... the Norland Institute ... The university said" is the university)
        if "*" not in lexicon.org_types().get(m.head, ()):  # (not "the company", which fits any firm: the nearest)
            cands.sort(key=lambda e: not names_noun(m.head, e))
        if not coref.fiction and (centre := org_reporting_before(coref, pos)) is not None and fits_org(m.head, centre):
            cands.sort(key=lambda e: e is not centre)  # (the organisation whose report the sentence before holds)
        return [e for e in coref._appositive_after(m) if e.kind != "place" and fits_org(m.head, e)] + cands
    if m.head != "year-old" and not coref.fiction:
        # "the Dutchman": a person described by that origin before ("a Dutch defender") beats a nearer
        # one (news only: in novels it measured worse on PDNC, 7 quotes in 18,583).
        stems = demonym_stems(m.head)
        # (Someone described by another origin, "Belgian veteran Ruben Claes", is tried last.)
        cands.sort(key=lambda e: 0 if any(x.lower()[:4] in stems for x in e.modifiers) else 2 if _other_origin(e, stems) else 1)
        # Nobody so described: the person opening the sentence before (just
        # introduced: "Tomasz Welk, 68, has crossed the shoal ... ¶ '...,'
        # the Pole said"), else the one just quoted ("'...,' the Scot
        # added"), if among the latest three.
        if cands and not any(x.lower()[:4] in stems for x in cands[0].modifiers):
            latest = {e.eid for e in cands[:3] if not _other_origin(e, stems)}
            subject = subject_before(coref, pos)
            pick = subject if subject in latest and _introduced_in_sentence_before(coref, subject, pos) else coref.last_speaker
            cands.sort(key=lambda e: e.eid != pick or e.eid not in latest)
    elif m.head == "year-old" and (subject := subject_before(coref, pos)) is not None and subject in {e.eid for e in cands[:3]}:
        cands.sort(key=lambda e: e.eid != subject)  # "Miriam Achola ... crossed the line behind Haraldsen. ..., the 31-year-old said"
    elif m.head == "year-old" and not coref.fiction and len(people := [e for e in cands if e.kind == "person"][:3]) > 1 and possessor_last(coref, people[0], pos):
        # (no subject before, the person named last a possessor: "His second was a flick from Sam Okoro's cross. ¶ "...," the 24-year-old said")
        cands.sort(key=lambda e: e is people[0])
    return cands


def _introduced_in_sentence_before(coref: Coref, eid: int, pos: int) -> bool:
    """Is the sentence before the one holding *pos* where the body of the text first names *eid*?"""
    starts = coref.sentence_starts
    k = bisect_right(starts, pos) - 1
    body = [start for start, _end, _text in coref.entities[eid].mentions if start >= coref.headline_end]  # (a headline names no one new)
    return k >= 1 and bool(body) and min(body) >= starts[k - 1]


def _other_origin(e: Entity, stems: tuple[str, ...]) -> bool:
    """Is *e* described by an origin that is not the one of *stems* ("Belgian
    veteran Ruben Claes", or re-mentioned as "the Belgian")?"""
    return any(is_demonym(x) and x.lower()[:4] not in stems for x in e.modifiers) or any(
        is_demonym(r.capitalize()) and r[:4] not in stems for r in e.roles)


def name_candidates(coref: Coref, name: str) -> tuple[int | None, list[int]]:
    """The entities a bare *name* may refer to, its honorifics left out: the
    one of exactly that name (or None), else those of its last word as a
    surname, else of its first word, in entity order (empty when none); not
    one an honorific's gender contradicts ("Mr. Bertram": not Lady Bertram)."""
    parts = [p for p in name.split() if p.rstrip(".") not in GENDERED_HONORIFICS]
    if not parts:
        return None, []
    exact = coref._by_name.get(" ".join(parts).lower())
    if exact is not None:
        g = honorific_gender(name)
        return (None, [c for c in coref._by_last.get(parts[-1].lower(), ()) if c != exact]) if g and coref.entities[exact].gender not in (None, g) else (exact, [])
    return None, coref._by_last.get(parts[-1].lower()) or coref._by_first().get(parts[0].lower()) or []
