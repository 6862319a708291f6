"""Organisations in coreference: which organisation an organisation noun,
a spokesperson or a group noun stands for.

Helpers of :class:`quotes.coref.Coref` (rule ``title-chain`` for "the
company" and "police", ``speaks-for`` for "a spokeswoman for Norrvik Air"),
kept apart so the class stays a table of its sieves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from . import lexicon
from .syntax.phrases import Mention, _strip_possessive, analyse, tokenize

if TYPE_CHECKING:
    from .coref import Coref, Entity

__all__ = ["as_represented", "by_acronym", "fits_org", "named_body", "org_by_noun", "org_named_by_head", "represented"]


def fits_org(head: str, e: Entity, *, specific: bool = False) -> bool:
    """Can the organisation noun *head* ("airline") re-mention the named
    organisation *e* ("Norrvik Air")? Its name holds the noun or a name word
    listed for it; "*" fits any organisation but a public body or a union (not when
    *specific*: then only the noun or a listed name word counts)."""
    words = {w for name in e.names for w in name.replace("\u2019", "'").split()}
    # Each name word lower-cased, without punctuation or possessive, and also
    # without a plural "s" ("Airways" fits "airway"... and "airways").
    bare = {_strip_possessive(w.rstrip(".,")).lower() for w in words}
    low = bare | {w[:-1] for w in bare if w.endswith("s") and len(w) > 3}
    role = lexicon.roles().get(head)
    if head in low or role is not None and role.singular.lower() in low:
        return True
    types = lexicon.org_types()
    fitting = types.get(role.singular.lower() if role is not None else head, frozenset())
    if words & fitting:
        return True
    # "*" (the company, the operator) fits no public body and no union.
    return not specific and "*" in fitting and not words & (types.get("public", frozenset()) | types.get("union", frozenset()))


def as_represented(e: Entity | None) -> Entity | None:
    """The entity a spokesperson speaks for, typed: a name that no title,
    gender or given name shows to be a person's is an organisation's."""
    if e is None or e.kind == "place":
        return None
    if e.kind == "person" and not (e.title or e.gender) and not e.has_given_name():
        e.kind, e.person = "organisation", False
    return e


def represented(coref: Coref, m: Mention, pos: int) -> Entity | None:
    """Whom an unnamed spokesperson speaks for: the name after "for"/"of"
    ("a spokeswoman for Norrvik Air", "a spokesman for the mayor"), a
    capitalised modifier ("a Norrvik spokesman"), or a lower-case
    organisation noun ("a ministry spokesman": the ministry named last)."""
    words = m.text.split()
    low = [w.lower() for w in words]
    head_at = next((k for k, w in enumerate(low) if w.rstrip(".,") in lexicon.proxy_roles()), len(words) - 1)
    tail = [w for w in words[head_at + 2 :] if w.lower() not in {"the", "a", "an"}] if len(words) > head_at + 2 else []
    if tail and low[head_at + 1] in {"for", "of"}:
        if tail[0][:1].isupper():
            return as_represented(coref.find(" ".join(tail).rstrip(".,")))
        return org_by_noun(coref, tail[-1].lower(), pos)
    for w in words[:head_at]:
        if w[:1].isupper() and w.lower() not in {"a", "an", "the"}:
            e = as_represented(coref.find(_strip_possessive(w)))
            if e is not None:
                return e
        elif (role := lexicon.roles().get(w.lower())) is not None and role.kind != "person":
            return org_by_noun(coref, w.lower(), pos)  # "a ministry spokesman", "a police spokeswoman"
    return None

def org_named_by_head(coref: Coref, m: Mention, pos: int) -> Entity | None:
    """"police said" after "Ridgeshire Police", "the team" after "Glen
    Carra Mountain Rescue Team": a bare group or organisation noun that
    ends the name of an organisation among the twelve latest entities."""
    if m.modifiers or m.text.split()[0].lower() not in {"the", m.head}:
        return None
    role = lexicon.roles().get(m.head)
    if role is None or role.kind == "person":
        return None
    cap = role.singular.capitalize()
    for e in coref._before(pos, limit=40)[:12]:
        if e.kind == "organisation" and any(n.split()[-1] in {cap, m.head.capitalize()} for n in e.names):
            return e
    return None

def org_by_noun(coref: Coref, head: str, pos: int) -> Entity | None:
    """The latest organisation among the twelve latest entities that *head* ("ministry") fits."""
    role = lexicon.roles().get(head)
    if role is None or role.kind == "person":
        return None
    for e in coref._before(pos, limit=40)[:12]:
        if e.kind == "organisation" and (fits_org(head, e) if role.kind == "org" else head.capitalize() in e.canonical().split()):
            return e
    return None


def named_body(coref: Coref, head: str) -> Entity | None:
    """The one organisation of the document named with the group noun *head*
    ("police" -> "Ridgeshire Police"), before or after: a wire lead's "police
    said" comes before the force is named. None when none or several are."""
    role = lexicon.roles().get(head)
    if role is None or role.kind != "group":
        return None
    word = head.capitalize()
    fits = [e for e in coref.entities if e.kind == "organisation" and word in e.canonical().split()]
    return fits[0] if len(fits) == 1 else None


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


#: Who issued a document, right after its noun: "a report by the Ostrava
#: Audit Office", "one message from Carl Dunmore", "a statement issued by
#: Norrvik Air". Only verbs of making or sending: whoever "saw" or
#: "obtained" a memo did not write it. Group 1 is the issuer's phrase.
_ISSUED_BY = regex.compile(
    r",?[ \t]+(?:(?:issued|released|published|written|signed|sent|compiled|commissioned|prepared|produced|"
    r"conducted|carried[ \t]+out|put[ \t]+out)[ \t]+)?(?:by|from)[ \t]+"
    r"((?:the[ \t]+)?(?:\p{Lu}[\p{L}\p{M}'\u2019.&-]*[ \t]+(?:(?:of|for|and|de|du|la)[ \t]+)?){0,5}\p{Lu}[\p{L}\p{M}'\u2019.&-]*|the[ \t]+\p{Ll}+)"
)


def issuer(coref: Coref, m: Mention, text: str) -> Entity | None:
    """The one who issued the document *m* names ("a report by the Ostrava
    Audit Office" speaks for the office): the name after "by"/"from",
    linked as any name is, or the organisation a lower-case noun after it
    fits ("a report by the airline"). None when *m* is no document or no
    issuer follows."""
    if m.kind not in {"role", "org"}:
        return None  # (most mentions: a name or a pronoun)
    role = lexicon.roles().get(m.head)
    if role is None or role.kind != "doc":
        return None
    found = _ISSUED_BY.match(text, m.end, min(len(text), m.end + 160))
    if found is None:
        return _issuer_before(coref, m, text)
    s, e = found.span(1)
    e -= text[e - 1] == "."  # (the sentence's full stop, or an abbreviation's: "Acme Corp" names it as well)
    phrase = analyse(tokenize(text, s, e), text)
    if phrase is None:
        return None
    if phrase.kind in {"name", "org"} and phrase.name:
        return as_represented(coref.link_name(phrase))
    if phrase.kind in {"role", "org"} and not phrase.plural:
        e, _ = coref._resolve_role(phrase._replace(kind="role"), m.start)  # "a report by the airline": the airline named before
        return e if e is not None and e.names and e.kind == "organisation" else None
    return None


def _issuer_before(coref: Coref, m: Mention, text: str) -> Entity | None:
    """The issuer named right before the document noun: "a leaked Finance
    Ministry memo", "a Kelvin University study", "the Mueller report" (a
    single word only when the text names that entity elsewhere, so "the
    Brexit report" and "the Iowa poll" stay documents)."""
    words = text[m.start : m.end].split()
    k = len(words) - 1
    while k > 0 and words[k - 1][:1].isupper() and words[k - 1].lower() not in {"the", "a", "an"}:
        k -= 1
    run = words[k:-1]
    if not run or not all(w[:1].isupper() for w in run):
        return None
    start = m.start + text[m.start : m.end].index(" ".join(run))
    phrase = analyse(tokenize(text, start, start + len(" ".join(run))), text)
    if phrase is None or phrase.kind not in {"name", "org"} or not phrase.name:
        return None
    if len(run) == 1:
        e = coref.find(phrase.name)
        sure = e is not None and e.names and (e.kind == "organisation" or e.gender or e.title or e.has_given_name())
        return as_represented(e) if sure else None  # ("Robert Mueller ... the Mueller report"; never "Iowa")
    return as_represented(coref.link_name(phrase))
