"""Organisations in coreference: which organisation an organisation noun,
a spokesperson or a group noun stands for.

Helpers of :class:`quotes.coref.Coref` (rule ``title-chain`` for "the
company" and "police", ``speaks-for`` for "a spokeswoman for Norrvik Air"),
kept apart so the class stays a table of its sieves.
"""

from __future__ import annotations

import functools
import unicodedata
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

import regex

from . import lexicon
from .agreement import confirmed_person, person_of_gender
from .centering import in_sentence_before
from .syntax.phrases import Mention, _strip_possessive, analyse, tokenize

if TYPE_CHECKING:
    from .coref import Coref, Entity

__all__ = ["BODY_POSSESSIVES", "PROXY_HEADS", "as_represented", "bare_proxy", "by_acronym", "employer", "fits_org", "member_body", "modifier_named", "named_body", "names_noun", "opens_with_org_word", "org_by_noun", "org_name_words", "org_noun_after", "org_reporting_before", "org_of_place", "org_named_by_head", "org_named_in", "possessor_org", "proxy_before", "publication", "reporter_before", "represented"]


#: Modifiers of an organisation noun that name no particular body ("the
#: national union", "the new authority"; place nouns are left out too: "the
#: city council" is no "Kelby City FC").
_GENERIC_MODIFIERS = frozenset("national regional local state federal public private new old main former big small independent official".split())


def modifier_named(m: Mention, e: Entity) -> bool:
    """Does the organisation *e*'s name hold a lower-case modifier of the
    definite description *m* ("the transit authority" for "Averly Transit",
    "the health agency" for "Public Health Lennshire"), where the noun itself
    fits no word of the name?"""
    words = m.text.split()
    if e.kind != "organisation" or len(words) < 3 or words[0].lower() != "the":
        return False
    places = lexicon.place_nouns()
    mods = [w for w in words[1:-1] if w.isalpha() and w.islower() and len(w) > 3 and w not in _GENERIC_MODIFIERS and w not in places]
    return bool(mods) and any(w.lower() in mods for name in e.names for w in name.split())


def names_noun(head: str, e: Entity) -> bool:
    """Does the organisation *e*'s name hold the noun *head* itself (or its
    cognate): "University of Eastmere" for "the university", where "Norland
    Institute" only fits it by a type word (``org_types.txt``)?"""
    if e.kind not in ("organisation", "person"):
        return False
    role = lexicon.roles().get(head)
    nouns = {head, role.singular.lower()} if role is not None else {head}
    stems = {n[:4] for n in nouns}
    for name in e.names:
        if name.count(" ") > 4:
            continue  # (a headline's capitalised run is no organisation's name)
        low = name.lower() if name.isascii() else _unaccented(name.lower())
        if not any(x in low for x in stems):
            continue  # (no word of the name opens like the noun: one C-level search, no split)
        if _holds_noun({_strip_possessive(w.rstrip(".,")).lower() for w in name.split()}, head, nouns):
            return True
    return False


def _holds_noun(bare: set[str], head: str, nouns: set[str]) -> bool:
    """Do the lower-cased name words *bare* hold one of *nouns* (the head
    *head* and its singular), as written, without a plural "s" ("Airways"
    fits "airway"), or as a cognate ("Institut" for "institute")?"""
    return any(w in nouns or w.endswith("s") and len(w) > 3 and w[:-1] in nouns or _cognate(w, head) for w in bare)


def fits_org(head: str, e: Entity, *, specific: bool = False) -> bool:
    """Can the organisation noun *head* ("airline") re-mention the named
    organisation *e* ("Norrvik Air")? Its name holds the noun or a name word
    listed for it; "*" fits any organisation but a public body or a union (not when
    *specific*: then only the noun or a listed name word counts)."""
    words = {w for name in e.names for w in name.replace("\u2019", "'").split()}
    role = lexicon.roles().get(head)
    # (each name word lower-cased, without punctuation or possessive: see _holds_noun)
    if _holds_noun({_strip_possessive(w.rstrip(".,")).lower() for w in words}, head, {head, role.singular.lower()} if role is not None else {head}):
        return True
    types = lexicon.org_types()
    fitting = types.get(role.singular.lower() if role is not None else head, frozenset())
    if words & fitting:
        return True
    # "*" (the company, the operator) fits no public body, no union and no
    # newspaper's masthead ("told the Astravik Herald. ¶ The company said":
    # the story's company, not the paper that reported it).
    # Nor a paper that a role noun names so ("The financial daily Kapitalposten", "X, the local weekly,").
    return not specific and "*" in fitting and not words & (types.get("public", frozenset()) | types.get("union", frozenset()) | _MASTHEADS) and not (
        e.roles & _PUBLICATIONS)


#: Name words only a newspaper's masthead holds (not "Post", "Mail", "Star"
#: or "Courier", which postal, energy and delivery companies hold too).
_MASTHEADS = frozenset("Times Herald Gazette Tribune Chronicle".split())
#: Role nouns of a paper (what "The financial daily Kapitalposten" is): no "company" re-mentions it.
_PUBLICATIONS = frozenset("newspaper paper daily weekly tabloid broadsheet magazine".split())


def _cognate(word: str, head: str) -> bool:
    """Is the name word *word* the noun *head* in another language, spelt
    almost alike ("Institut" for "institute", "Théâtre" for "theatre",
    "Ministerio" for "ministry")? The same first six letters, accents set
    aside, and lengths within two letters."""
    if len(head) < 6 or len(word) < 6 or abs(len(word) - len(head)) > 2 or word[:1] != head[:1]:
        return False  # (most words: the first letter differs, one C-level test)
    return _unaccented(word)[:6] == head[:6]


def _unaccented(word: str) -> str:
    """*word* without its accents ("théâtre" -> "theatre")."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def as_represented(e: Entity | None) -> Entity | None:
    """The entity a spokesperson speaks for, typed: a name that no title,
    gender or given name shows to be a person's is an organisation's."""
    if e is None or e.kind == "place":
        return None
    if e.kind == "person" and not (e.title or e.gender) and not e.has_given_name():
        e.kind, e.person = "organisation", False
    return e


#: The possessive pronouns of one person, and their gender: "her office", "his spokesman" speak for that person.
_PERSONAL_POSSESSIVES = {"his": "m", "her": "f"}
#: Heads that speak for an organisation or for a person: the proxy roles, and a person's "office"
#: ("Governor Alma Reyes's office said", "Her office said": the governor's words, as news reports them).
PROXY_HEADS = frozenset({"office"})


def represented(coref: Coref, m: Mention, pos: int) -> Entity | None:
    """Whom an unnamed spokesperson speaks for: the name after "for"/"of"
    ("a spokeswoman for Norrvik Air", "a spokesman for the mayor"), a
    capitalised modifier ("a Norrvik spokesman"), or a lower-case
    organisation noun ("a ministry spokesman": the ministry named last)."""
    words = m.text.split()
    low = [w.lower() for w in words]
    head_at = next((k for k, w in enumerate(low) if w.rstrip(".,") in lexicon.proxy_roles()), len(words) - 1)
    if head_at == 1 and low[0] in _PERSONAL_POSSESSIVES:
        return person_of_gender(coref._before(pos, limit=20), _PERSONAL_POSSESSIVES[low[0]])  # "Her office said", "his spokesman said"
    tail = [w for w in words[head_at + 2 :] if w.lower() not in {"the", "a", "an"}] if len(words) > head_at + 2 else []
    if tail and low[head_at + 1] in {"for", "of"}:
        first_cap = len(tail)
        while first_cap > 0 and tail[first_cap - 1][:1].isupper():
            first_cap -= 1  # (the capitalised words that end the tail)
        if 0 < first_cap < len(tail) and (e := coref.find(" ".join(tail[first_cap:]).rstrip(".,"))) is not None:
            return as_represented(e)  # "a spokeswoman for regional carrier Brisa Air": the name after its description
        if tail[0][:1].isupper():
            # ("a spokeswoman for Hallam's": a shop's name in the possessive, as the pre-scan links it)
            name = " ".join(tail).rstrip(".,")
            return as_represented(coref.find(name) or coref.find(_strip_possessive(name)))
        return org_by_noun(coref, tail[-1].lower(), pos)
    for w in words[:head_at]:
        if w[:1].isupper() and w.lower() not in {"a", "an", "the"}:
            e = as_represented(coref.find(_strip_possessive(w)))
            if e is not None:
                return e
        elif (role := lexicon.roles().get(w.lower())) is not None and role.kind != "person":
            return org_by_noun(coref, w.lower(), pos)  # "a ministry spokesman", "a police spokeswoman"
    return None


def bare_proxy(m: Mention) -> bool:
    """"A spokesman", "the spokeswoman", "a senior spokesperson": a proxy
    role that says nothing of whom it speaks for (no "for X", no
    capitalised or organisation-noun modifier; see :func:`represented`)."""
    words = m.text.split()
    return (
        len(words) >= 2 and words[-1].lower() in lexicon.proxy_roles()
        and words[0].lower() in {"a", "an", "the", "one"}
        and all(w.isalpha() and w.islower() and w not in lexicon.roles() for w in words[1:-1])
    )


def publication(e: Entity) -> bool:
    """A newspaper or broadcaster: the outlet that reports, not one a spokesperson speaks for."""
    return fits_org("newspaper", e, specific=True) or fits_org("broadcaster", e, specific=True)


def org_named_by_head(coref: Coref, m: Mention, pos: int) -> Entity | None:
    """"police said" after "Ridgeshire Police", "the team" after "Glen
    Carra Mountain Rescue Team", "the union" after "the General Union of
    Industry and Services": a bare group or organisation noun that heads the
    name of an organisation among the twelve latest entities."""
    if m.modifiers or m.text.split()[0].lower() not in {"the", m.head}:
        return None
    role = lexicon.roles().get(m.head)
    if role is None or role.kind == "person":
        return None
    heads = {role.singular.capitalize(), m.head.capitalize()}
    for e in coref._before(pos, limit=40)[:12]:
        if e.kind == "organisation" and any(not heads.isdisjoint(_name_heads(n)) for n in e.names):
            return e
    return None


def org_named_in(coref: Coref, m: Mention) -> Entity | None:
    """"The Civic Forum party said", "Kostadin's Harbour Workers union said":
    an organisation noun right after a name in the same phrase is that
    organisation's type; the name is the organisation (news; a name of two
    words or more that is not a person's: "the Ruiz family", "the Obama
    administration" and "the Swedish company" name no organisation)."""
    role = lexicon.roles().get(m.head)
    if coref.fiction or role is None or role.kind != "org" or not m.modifiers:
        return None
    head_at = m.text.lower().rfind(m.head)
    if head_at < 1:
        return None
    end = m.start + len(m.text[:head_at].rstrip())  # (where the words before the noun end)
    k = bisect_left(coref._recent, (m.start, -1))  # (the names the pre-scan found inside the phrase: a bisection, linear time)
    for seen in coref._recent[k : k + 4]:
        if seen.pos >= end:
            break
        e = coref.entities[seen.eid]
        if (e.names and " " in e.names[0] and any(s == seen.pos and t == end for s, t, _x in e.mentions)
                and not confirmed_person(e) and not e.has_given_name()):
            e.kind, e.person = "organisation", False
            return e
    return None


def _name_heads(name: str) -> tuple[str, ...]:
    """The words that head an organisation's name: its last, and the one
    before its first "of" ("the General Union of Industry and Services", "the
    University of Harrowfield")."""
    words = name.split()
    k = words.index("of") if "of" in words else 0
    return (words[-1], words[k - 1]) if k > 0 else (words[-1],)


def org_reporting_before(coref: Coref, pos: int) -> Entity | None:
    """News: the organisation whose report the sentence before *pos* holds,
    the centre that sentence goes on with: "it", "the company" or "a
    spokesperson for the company" in the next sentence is that organisation,
    not one its report names ("The agency said ... the Castellan Agrochem
    site ... It said it had ordered ..."; "Ashgrove Care, which ran
    Meadowbank House ..., said ... ¶ A spokesperson for the company said")."""
    e = reporter_before(coref, pos)  # (which a group may be too; in fiction no report is recorded)
    return e if e is not None and e.kind == "organisation" else None


def reporter_before(coref: Coref, pos: int) -> Entity | None:
    """News: a speaker's "they" right after a sentence that holds the report of an
    organisation or a group is that reporter ("Nordvik Air said ... They added
    ...", "Nurses told the paper ... They said ..."); not past a sentence
    between ("Kelby Council said ... Residents were unconvinced. They said ...")."""
    if coref.fiction or coref.last_org is None:
        return None
    eid, (start, _) = coref.last_org
    return coref.entities[eid] if in_sentence_before(coref, pos, start) else None


def untyped_reporting(coref: Coref, m: Mention, pos: int) -> Entity | None:
    """News: the organisation whose report the sentence before *pos* holds
    (:func:`org_reporting_before`) when its name says no type at all, no
    organisation word and no name word of any organisation noun ("Little
    Lanterns said in a statement ... ¶ '...,' the charity said"): any
    organisation noun may re-mention it there. A name that says its type
    ("Hollin Trust", "Norrvik Air") is left to the nouns that fit it, and so
    is the noun *m* when such a name fits it ("The Hollin Trust ... Brightwell,
    which announced ... the charity said": the trust)."""
    types = lexicon.org_types()
    if m.head not in types or m.head == "union" or types[m.head] & types.get("public", frozenset()):
        return None  # (a public body or a union is no firm's: "Brightwell said ... The union said")
    e = org_reporting_before(coref, pos)
    if e is None or not e.names or any(fits_org(m.head, x, specific=True) for x in coref._before(pos, limit=20) if x.kind == "organisation"):
        return None
    words = {w for name in e.names for w in name.split()}
    # (a name of two words at least: a lone word taken for an organisation, "Democrat", is no charity's name)
    return None if words & _typed_words() or " " not in e.canonical() else e


@functools.cache
def _typed_words() -> frozenset[str]:
    """Every name word that says an organisation's type: ``org_words.txt`` and the name words of ``org_types.txt``."""
    return lexicon.org_words() | frozenset(w for words in lexicon.org_types().values() for w in words if w != "*")


#: Possessive determiners that stand for a body ("their manager", "its chief executive").
BODY_POSSESSIVES = frozenset({"their", "its"})


def possessor_org(coref: Coref, pos: int) -> Entity | None:
    """News: the organisation a "their" or "its" at *pos* stands for, the
    latest one named in its sentence or the sentence before ("Rovers had led
    ..., a decision that left their manager, Graham Lyle, incandescent":
    Lyle is the Rovers manager, whom "the Rovers boss" re-mentions), or a
    name there that nothing shows to be a person's ("Marrow had led early,
    and their manager"). Only the latest name, or the subject that opens
    the possessive's sentence ("Rovers had led through a header from their
    captain, Isaac Mensah, ... a decision that left their manager"): one
    named before is another body ("Halden United beat Marrow City ... their
    manager" is Marrow's)."""
    if coref.fiction:
        return None
    starts = coref.sentence_starts
    k = bisect_right(starts, pos) - 1
    lo = starts[k - 1] if k >= 1 else 0
    opening = starts[k] if k >= 0 else 0  # (where the sentence's first word starts: sentences are trimmed)
    for rank, s in enumerate(coref._seen_before(pos, limit=12)):  # (latest first)
        if s.pos < lo:
            break
        if rank > 0 and s.pos != opening:
            continue
        e = coref.entities[s.eid]
        if e.kind == "organisation" or e.kind == "person" and not confirmed_person(e):
            return e
    return None


def org_name_words(e: Entity) -> set[str]:
    """The capitalised words of an organisation's names, which a person
    whose role belongs to it keeps (``Entity.bodies``, see :func:`possessor_org`)."""
    return {w for n in e.names for w in n.split() if w[:1].isupper() and w != "The"}


def org_by_noun(coref: Coref, head: str, pos: int) -> Entity | None:
    """The latest organisation among the twelve latest entities that *head*
    ("ministry") fits; one whose name ends in the noun first ("a university
    spokeswoman": Westmarch University, not the University and College Staff
    Union named since)."""
    role = lexicon.roles().get(head)
    if role is None or role.kind == "person":
        return None
    cap = head.capitalize()
    if role.kind == "org" and (centre := org_reporting_before(coref, pos)) is not None and fits_org(head, centre):
        return centre
    fits = [
        e for e in coref._before(pos, limit=40)[:12]
        if e.kind == "organisation" and (fits_org(head, e) if role.kind == "org" else cap in e.canonical().split())
    ]
    return next((e for e in fits if e.canonical().split()[-1] == cap), fits[0] if fits else None)


def named_body(coref: Coref, head: str) -> Entity | None:
    """The one organisation of the document named with the group noun *head*
    ("police" -> "Ridgeshire Police", or a name word ``org_types.txt`` lists
    for it: "Carrow Constabulary"), before or after: a wire lead's "police
    said" comes before the force is named. None when none or several are."""
    role = lexicon.roles().get(head)
    if role is None or role.kind != "group":
        return None
    fits = [e for e in coref.entities if e.kind == "organisation" and fits_org(head, e, specific=True)]
    return fits[0] if len(fits) == 1 else None


def member_body(coref: Coref, m: Mention) -> Entity | None:
    """News: the one organisation of the story that a bare plural of its
    members speaks for ("Brenmoor Police closed the road ... Officers said",
    "Police officers said";
    "The organisers said": the Corvell Film Festival), by the name words
    ``member_groups.txt`` lists for that kind of member, typed an
    organisation from then on; None when the story names none or several."""
    words = lexicon.member_groups().get(m.head)
    low = m.text.lower().split()
    if low[:1] == ["the"]:
        low = low[1:]
    if coref.fiction or words is None or not m.plural or len(low) > 2 or len(low) == 2 and low[0] not in {w.lower() for w in words}:
        return None  # (a bare plural, or one whose modifier names the body's kind: "Police officers said")
    # (a name holding such a word is the body's even when nothing else typed it: "appointed Marlow
    # Quist Restructuring as administrators ... the administrators said"; not a person's, gendered or titled)
    fits = [e for e in coref.entities if e.names and words.intersection(e.canonical().split())
            and (e.kind == "organisation" or e.kind == "person" and not (e.gender or e.title))]
    if len(fits) != 1:
        return None
    fits[0].kind, fits[0].person = "organisation", False
    return fits[0]


#: Words an acronym skips: "NHS" for "National Health Service", "FVB" for "Funiculaires de la Vallée Blanche".
_ACRONYM_SKIPS = frozenset("of the and for de la le du des del di da van von & y et".split())


def by_acronym(coref: Coref, acronym: str) -> int | None:
    """The one organisation whose name's initials spell *acronym* ("RHA" after
    "Remontées du Haut-Arlet (RHA)"; hyphenated words give one letter each
    part), or None when none or several fit."""
    if not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 6):
        return None
    fits = []
    for e in coref.entities:
        if e.kind != "organisation":
            continue
        for name in e.names:
            parts = [p for w in name.split() if w.lower() not in _ACRONYM_SKIPS for p in w.split("-") if p]
            if len(parts) > 1 and "".join(p[0] for p in parts).upper() == acronym and all(p[0].isupper() for p in parts):
                fits.append(e.eid)
                break
    return fits[0] if len(fits) == 1 else None


#: An organisation's name after its people: capitalised words, "of", "for"
#: or "and" between them, after an optional "the" (group 1).
_BODY_NAME = r"(?:the[ \t]+)?(\p{Lu}[\p{L}\p{M}'\u2019&-]*(?:[ \t]+(?:(?:of|for|and)[ \t]+)?\p{Lu}[\p{L}\p{M}'\u2019&-]*){0,5})"
#: The organisation named right after a group of professionals: "Analysts at
#: Torvik Securities", "researchers from the University of Halden" (group 1).
_EMPLOYER_AFTER = regex.compile(r"[ \t]+(?:at|from|with)[ \t]+" + _BODY_NAME)


def employer(coref: Coref, m: Mention, text: str) -> Entity | None:
    """The organisation a plural description of professionals works for,
    named right after it with "at", "from" or "with" ("Analysts at Torvik
    Securities wrote", "Researchers at the University of Halden said"): the
    name a user files their words under, as for a spokesperson. Only a
    person role (not "Residents of Kelby": "of" and a place name no one's
    employer) and only a name the pre-scan typed an organisation."""
    if m.kind != "role" or not m.plural:
        return None
    role = lexicon.roles().get(m.head)
    if role is None or role.kind not in ("person", "group"):
        return None
    found = _EMPLOYER_AFTER.match(text, m.end)
    if found is None and m.head in _MEMBERS_OF and (found := _MEMBERS_OF_AFTER.match(text, m.start)) is not None:
        # "Members of Dunmorrow District Council said": the council, named here
        # first (the pre-scan read the whole phrase as the members).
        body = analyse(tokenize(text, found.start(1), found.end(1)), text)
        e = coref.link_name(body) if body is not None and body.kind == "org" and body.name else None
        return e if e is not None and e.kind == "organisation" else None
    if found is None:
        return None
    e = coref.find(found.group(1))
    if e is not None and e.kind != "organisation" and org_noun_after(text, found.end(1)) is not None and not confirmed_person(e):
        e.kind, e.person = "organisation", False  # "Campaigners from the Save Fenwick Pool group": the group's name
    return e if e is not None and e.kind == "organisation" else None


#: A lower-case noun right after a name (group 1), which may make it an
#: organisation's ("the Save Fenwick Pool group", "the Tamarack County company").
_NOUN_AFTER = regex.compile(r"[ \t]+(\p{Ll}+)\b")


def org_noun_after(text: str, pos: int) -> regex.Match[str] | None:
    """The organisation noun (``roles.txt``, kind "org") right after *pos*, as a match (group 1), or None."""
    noun = _NOUN_AFTER.match(text, pos, min(len(text), pos + 30))
    return noun if noun is not None and getattr(lexicon.roles().get(noun.group(1)), "kind", None) == "org" else None


#: Heads of a description of a body's own people ("members", "officers"),
#: whose "of" phrase names the body they speak for.
_MEMBERS_OF = frozenset({"member", "officer", "official", "employee", "staff"})
_MEMBERS_OF_AFTER = regex.compile(r"\p{L}+[ \t]+of[ \t]+" + _BODY_NAME)


#: A spokesperson noun and its preposition right before an organisation's
#: name ("A spokesman for the Tarn Water Authority", "spokeswoman at Kelby
#: Council"): the last word before "for", "of" or "at", read back from the name.
#: (Matched from the end, where every match ends: what a search finds, the
#: whole word before the preposition, without trying each earlier start: a
#: sixteenth of the time.)
_PROXY_BEFORE = regex.compile(r"(\p{L}+)[ ](?:for|of|at)[ ](?:the[ ])?\Z", regex.IGNORECASE | regex.REVERSE)


def proxy_before(text: str, start: int) -> tuple[bool, str | None]:
    """Does a spokesperson noun stand right before the organisation's name
    at *start* ("A spokesman for the authority")? And the spokesperson's
    gender, from the noun ("spokeswoman": f; "spokesperson": None)."""
    m = _PROXY_BEFORE.match(text, max(0, start - 40), start)  # (reverse: anchored at *start*)
    word = m.group(1).lower() if m is not None else ""
    if word not in lexicon.proxy_roles():
        return False, None
    role = lexicon.roles().get(word)
    return True, role.gender if role is not None else None


def opens_with_org_word(e: Entity) -> bool:
    """Does the organisation's name open with an organisation word before
    another name ("Radio Carrow", "Air Calderia")? Its last word alone is that
    other name, most often a place, not the organisation ("services between
    Carrow and Dunmere"); a legal form in capitals ("AB Volvo") is no such word."""
    words = e.canonical().split()
    return len(words) == 2 and words[0].istitle() and _opening_org_word(words[0])


def org_of_place(toks: list[str], e: Entity) -> bool:
    """Is the new name *toks* (lower-cased words) an organisation word and
    another name ("radio carrow") and *e* that other name alone, named
    before ("Carrow valley")? The organisation is not the place."""
    return len(toks) == 2 and _opening_org_word(toks[0].title()) and " " not in e.canonical()


def _opening_org_word(word: str) -> bool:
    """Is *word* (title case) an organisation word of more than two letters, which may open a name ("Radio", "Air")?"""
    return len(word) > 2 and word in lexicon.org_words()
