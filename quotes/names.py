"""Names outside quotes, linked into entities before any speaker is resolved.

The pre-scan of stage 5 (:mod:`quotes.resolve`): every capitalised run
outside quotes that analyses as a name (plus a backend's named entities)
joins an entity of :class:`~quotes.coref.Coref`, with what the words around
it say of it: an appositive role ("Ana Ruiz, the finance minister,"), a role
before it ("chief executive Tomasz Ilves"), a wire lead's description ("A
retired headteacher told a jury ... Margaret Ellery"), a type from context
("Pellworth Foods, which"), and the gender the document's own pronouns give
it ("Tom put down his pen").
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from operator import attrgetter

import regex

from . import lexicon
from .appositions import PREDICATE_OPENERS, age, agent_role, counterpart, court_side, listed, origin, predicated_role, pronoun_predicates, type_from_context
from .appositions import appositive as appositive_role
from .agreement import called_by_title, confirmed_person
from .coref import Coref, Entity
from .items import Item
from .model import QuoteKind
from .organisations import BODY_POSSESSIVES, org_name_words, possessor_org
from .sieves.attributor import Attributor
from .syntax.clauses import skip_dateline
from .syntax.parse import Layers
from .syntax.boundaries import np_after
from .syntax.phrases import DETERMINERS, Mention, Tok, analyse, is_cap
from .gender_votes import gender_votes
from .kinship import families_are_groups
from .runs import SENTENCE_ENDS, name_runs, title_stems
from .syntax.titling import ends_premodifying_title
from .syntax.types import context_type
from .syntax.words import POSSESSIVE_ENDINGS, PREPOSITIONS, QUOTE_TOKEN, is_demonym

__all__ = ["link_names"]


def link_names(text: str, items: list[Item], outer: list[Tok], att: Attributor, coref: Coref) -> None:
    """Link the names outside quotes into entities, with their roles, gender votes and speaking."""
    names, ends = _without_modifiers(outer, *name_runs(outer, text, att.words, att.word_set, news=not coref.fiction), att.starts)
    if not coref.fiction:
        names, ends = _without_bylines(names, ends, text)
    layers = att.layers
    if layers is not None and layers.has_ner:
        names, ends = _with_ner_names(names, ends, layers, att)
    starts = att.starts  # (the stream's token offsets, for bisect)
    people, org_roles = _person_roles(), _org_roles()
    titles = title_stems()
    votes = gender_votes(outer, att.words, starts, names, ends, oblique=not coref.fiction)
    tally: dict[int, list[int]] = {}
    # The described speakers of the quotes ("... that the losing manager
    # called "..."."), by start: a lead description may stand in the
    # sentence as a quote's speaker rather than open it.
    described = sorted(
        (d.start, d) for it in items if (a := it.attribution) is not None and (d := _described(a.mention)) is not None
    )
    datelines: list[Entity] = []
    for m, j, vote in zip(names, ends, votes):
        e = coref.link_name(m)
        i = bisect_left(starts, m.start)
        if m.name.isupper() and (i == 0 or "\n" in text[outer[i - 1].end : outer[i].start]) and skip_dateline(outer, i, min(len(outer), i + 16)) > j:
            datelines.append(e)  # "KELMOUTH — ...": a dateline's place (typed below)
        appositive = j < len(outer) and outer[j].text == ","
        typable = e.kind in {"person", "place"} and not (e.title or e.gender)
        ctx = _context(outer, i, j, coref.fiction) if appositive or typable else None  # (only when asked; typable cannot turn true below)
        # "the town of Punta Cerrada, the daughter of ...", "Miss Woodhouse of
        # Hartfield, the heiress ...": the appositive describes someone else.
        if appositive and ctx != "place" and not (i >= 2 and outer[i - 1].text == "of" and is_cap(outer[i - 2].text)):
            appositive_role(outer, j, text, e, coref)
        if e.kind == "person":  # (each helper's first test here: most names have none of these neighbours)
            if appositive and j + 3 < len(outer) and outer[j + 1].text.isdigit() and outer[j + 2].text == ",":
                appositive_role(outer, j + 2, text, e, coref)  # "Tomasz Wrona, 29, a software engineer,": his own role, before any lead's
            if i > 1 and outer[i - 1].text in titles and is_cap(outer[i - 1].text):
                i -= 1  # "A co-author, Dr Tomas Ebbesen of ...": a title the run dropped (NOT_NAMES) is read with the name
            prev = outer[i - 1].text if i > 0 else ""
            if prev.endswith("-year-old") and prev[:1].isdigit() and _full_name(m):
                # "Third went to 19-year-old Tilda Aarons": an age, as "Tilda Aarons, 19," gives
                # (a full name only: "the 35-year-old Aldora" is a ship, "MS Aldora")
                e.roles.add(prev.lower())
                e.person = True
            elif prev == "," or prev in people or prev in org_roles and not coref.fiction:
                _role_before(outer, i, j, text, e, coref, aged=_age_before_role(outer, i) if prev in people and _full_name(m) else None)
            if prev in SENTENCE_ENDS or prev == QUOTE_TOKEN and _ends_sentence(outer[i - 1], text):
                _lead_description(outer, i, text, e, coref, described)
            elif not outer[j - 1].text.endswith(POSSESSIVE_ENDINGS) and (q := _quote_before_tag(outer, i)) is not None:
                # ('A lorry driver who ... said ... ¶ "...," said Tomasz Welk, 54': the lead names its speaker in the next tag)
                _lead_before_quote(outer, q, text, e, coref, described)
            if appositive or prev == ",":
                court_side(outer, i, j, e)  # "Ruth Calder, prosecuting," / "Defending, Owen Pike said"
            if prev == "by" or prev.islower():
                agent_role(outer, i, e)  # "chaired by the novelist Simone Arceneaux": the chair
            if appositive:
                age(outer, j, e)
                origin(outer, j, e, news=not coref.fiction)  # "Ola Nes, a striker from Tromsø,": the Tromsø-born striker
            if j < len(outer) and (outer[j].text in PREDICATE_OPENERS or appositive and j + 1 < len(outer) and outer[j + 1].text == "who"):
                predicated_role(outer, j, e, news=not coref.fiction)
        if e.kind in {"person", "place"} and not (e.title or e.gender):
            type_from_context(e, ctx)
        if vote is not None:
            t = tally.setdefault(e.eid, [0, 0, 0])
            t["mfn".index(vote)] += 1
    for eid, (male, female, neuter) in tally.items():
        e = coref.entities[eid]
        if e.gender is None and e.kind == "person" and max(male, female) >= 2 * min(male, female) + 1:
            e.gender = "m" if male > female else "f"
            e.person = True
        elif neuter and not male and not female:
            type_from_context(e, "organisation")  # "Ostrander Glassworks will move its kilns"
    _speakers_are_people(items, coref)
    _datelines_are_places(datelines)
    families_are_groups(coref)
    if not coref.fiction:
        pronoun_predicates(outer, att.words, text, coref)  # "..., she was elected mayor": after the genders are known


def _without_modifiers(outer: list[Tok], names: list[Mention], ends: list[int], starts: list[int]) -> tuple[list[Mention], list[int]]:
    """The name runs without a one-word name that modifies a noun after an
    indefinite article or "one" ("again from a Reyes delivery", "an Okafor
    header", "one Commonwealth bronze medallist"):
    no mention of its own, so no later pronoun or description goes back to it."""
    # (Only a one-word name after an article or "one", the run's last token
    # ``outer[j - 1]``, can: that word (every case form of "a", "an", "one") and
    # the bisection's answer, j - 1, read from the offsets on either side, are
    # tested in line, with no call for the other names; most lists lose
    # none and are kept.)
    n = len(outer)
    drop = {
        x for x, (m, j) in enumerate(zip(names, ends))
        if 1 < j < n and outer[j - 2].text in _INDEFINITE_FORMS and starts[j - 2] < m.start <= starts[j - 1] and _modifies_noun(outer[j].text)
    }
    if not drop:
        return names, ends
    return [m for x, m in enumerate(names) if x not in drop], [j for x, j in enumerate(ends) if x not in drop]


#: "a" and "an" in every case (what ``.lower()`` takes to either), and the
#: numeral "one" ("three national champions, one Commonwealth bronze
#: medallist": a name modifying the noun is no person).
_INDEFINITE_FORMS = frozenset({"a", "A", "an", "An", "aN", "AN", "one", "One", "ONE"})


def _modifies_noun(w: str) -> bool:
    """Is *w*, right after a one-word name that follows "a" or "an" (tested by
    :func:`_without_modifiers`), the noun the name modifies ("a Reyes delivery")?"""
    return w.isalpha() and w.islower() and not w.endswith("ed") and w not in lexicon.cue_verbs() and w not in PREPOSITIONS


def _context(outer: list[Tok], i: int, j: int, fiction: bool) -> str | None:
    """The type the words around the name ``outer[i:j]`` give it
    (:func:`~quotes.syntax.types.context_type`); in a novel, "a loud squawk
    from Owl, which ..." makes no organisation: the relative may be the
    noun's before the preposition, and Owl no firm."""
    ctx = context_type(outer, i, j)
    if ctx == "organisation" and fiction and i > 1 and outer[i - 1].text in PREPOSITIONS and outer[i - 2].text.islower():
        return None
    return ctx


def _speakers_are_people(items: list[Item], coref: Coref) -> None:
    """Names that speak somewhere in the document (a tag names them) are people."""
    speaking = {it.attribution.mention.name.split()[-1].lower() for it in items
                if it.attribution and it.attribution.mention and it.attribution.mention.kind == "name" and it.attribution.mention.name}
    # ("said the Grandmother" where the novel also writes "Grandmother" alone: a title it calls the character by)
    if coref.fiction:
        speaking |= {m.head for it in items if it.kind is QuoteKind.DIRECT and it.attribution and (m := it.attribution.mention) and called_by_title(m, coref._by_name)}
    for e in coref.entities:
        if e.kind == "person" and e.names and e.canonical().split()[-1].lower() in speaking:
            e.person = e.speaks = True


def _datelines_are_places(datelines: list[Entity]) -> None:
    """A dateline's word ("KELMOUTH — ...") is a place whatever "its" follows a later
    "the Kelmouth plant", unless a longer name joined it ("ORLANDO" and "Orlando Sentinel")."""
    for e in datelines:
        if all(" " not in name for name in e.names) and not (e.title or e.gender):
            e.kind, e.person = "place", False


#: A byline near the top of a story: a short line "By Selma Dreyer, Political
#: Editor" or "BY TOM EKHOLM" with no sentence end ("By Monday the strike was
#: over." is a sentence). Its names are the reporter's, whom no description,
#: pronoun or lead of the story re-mentions.
_BYLINE = regex.compile(r"^[ \t]*(?:By|BY)[ \t]+\p{Lu}[^\n.!?]{0,100}$", regex.M)
#: How far into a story (characters) a byline is looked for.
_BYLINE_ZONE = 1000


def _without_bylines(names: list[Mention], ends: list[int], text: str) -> tuple[list[Mention], list[int]]:
    """The names outside the story's byline (see :data:`_BYLINE`)."""
    zone = min(len(text), _BYLINE_ZONE)
    if text.find("By", 0, zone) < 0 and text.find("BY", 0, zone) < 0:
        return names, ends  # (no byline's first word, most stories: no pattern scan)
    lines = [m.span() for m in _BYLINE.finditer(text, 0, zone)]
    if not lines:
        return names, ends
    keep = [k for k, m in enumerate(names) if not any(a <= m.start < b for a, b in lines)]
    return [names[k] for k in keep], [ends[k] for k in keep]


def _with_ner_names(names: list[Mention], ends: list[int], layers: Layers, att: Attributor) -> tuple[list[Mention], list[int]]:
    """Add the named entities the word lists cannot know ("marta kovanen"), outside quotes, in text order."""
    covered = {(m.start, m.end) for m in names}
    for s, e, _label in layers.entities():
        if (s, e) in covered:
            continue
        m = att.mention_for_span((s, e))
        if m is not None and m.kind in {"name", "org"} and m.name:
            names.append(m)
            ends.append(bisect_left(att.starts, e))
    order = sorted(range(len(names)), key=lambda x: names[x].start)
    return [names[x] for x in order], [ends[x] for x in order]


#: Tokens that end a noun phrase scanned backwards from a name.
_NP_STOPS = frozenset({".", ",", ";", ":", "!", "?", "(", ")", "\u2014", "\u2013", "-", QUOTE_TOKEN})


@functools.cache
def _person_roles() -> frozenset[str]:
    """The role nouns (singular and plural) of kind person, read once."""
    return frozenset(k for k, r in lexicon.roles().items() if r.kind == "person")


@functools.cache
def _org_roles() -> frozenset[str]:
    """The singular role nouns of an organisation or a group ("airline", "band"), read once."""
    return frozenset(k for k, r in lexicon.roles().items() if r.kind in {"org", "group"} and not r.plural)


def _role_before(outer: list[Tok], i: int, j: int, text: str, e: Entity, coref: Coref, aged: str | None = None) -> None:
    """The role right before the name ``outer[i:j]`` joins the entity (role-name
    juxtaposition, Lee et al. 2013): a premodifying title ("Brannock Rail chief
    executive Tomasz Ilves") or an appositive name after its description ("The
    club's chairman, Ruben Achterberg, said"; "The President of Ostravia, Lenka
    Horvath, said"). The longest phrase back to a boundary that analyses as a
    singular role or a titled name lends its roles, modifiers and gender.
    *aged*: an age before the premodifying role (:func:`_age_before_role`: "17-year-old
    midfielder Tavi Olunde", "19-year-old academy graduate Kofi Ansah"), the entity's too."""
    if aged:
        e.roles.add(aged)
    if i == 0 or j > len(outer):
        return
    appositive = outer[i - 1].text == ","
    if appositive and (not (j < len(outer) and (outer[j].text in {",", ".", ";", "("} or _affiliation_then_comma(outer, j))) or coref.fiction and listed(outer, j)):
        return  # "The mayor, Ruben said" is no apposition (but "The operator, Vallée Blanche (FVB), said" is), nor a list
    end = i - 1 if appositive else i
    people = _person_roles()
    if end == 0 or not appositive and outer[end - 1].text not in people and outer[end - 1].text not in _org_roles():
        return  # a premodifying title ends in a role noun: "... chief executive Tomasz Ilves", "the Gullstone band Dovetail Engine"
    k = end - 1
    cues, roles = lexicon.cue_verbs(), lexicon.roles()
    brk = "\n\n" if coref.fiction else "\n"  # (a novel's text is often wrapped mid-sentence: only a blank line ends the phrase there)
    while k >= 0 and end - k <= 10 and outer[k].text not in _NP_STOPS and brk not in text[outer[k].end : outer[k + 1].start] and not (
        outer[k].text in cues and outer[k].text not in roles  # ("Minister Lena Vargo told the news agency NTB": a verb ends the phrase,
        and not (k > 0 and outer[k - 1].text.lower() in DETERMINERS)  # but not a noun after its determiner: "on the project")
        or not appositive and ends_premodifying_title(outer, k, roles)
    ):
        k -= 1  # (a line break ends the phrase too: a subheading "Drivers and people" holds no title)
    if appositive and not coref.fiction and k + 1 < end and outer[k + 1].text.lower() in DETERMINERS:
        # "The engineer who led the inspection for the Province, Stefano
        # Rinaldi, explained": a restrictive relative clause ends the
        # description (news only: in novels it cost PDNC 0.750 -> 0.733).
        end = next((x for x in range(k + 2, end) if outer[x].text in ("who", "whose")), end)
        # ("A junior engineer on the project, Tomas Kerr,": so does a phrase after the role noun)
        # (a common noun's phrase only: in "a retiree in Fresno, Calif.," the name after the comma is the place's)
        end = next((x for x in range(k + 3, end) if outer[x].text in _ROLE_ADJUNCTS and outer[x - 1].text in people
                    and all(t.text.islower() for t in outer[x:end])), end)
    for b in range(k + 1, end):
        w = outer[b].text
        if b > k + 1 and not (w.lower() in DETERMINERS or w[:1].isupper() or w.endswith(("'s", "\u2019s"))):
            continue  # a noun phrase starts at its determiner, a capital or a possessor
        m = analyse(outer[b:end] if appositive else outer[b:j], text)
        if (appositive and m is not None and (m.kind == "org" or m.kind == "role" and m.head in lexicon.org_types()) and m.name is None and not m.plural
                and outer[b].text.lower() in DETERMINERS and not e.title and not e.gender):  # (not "Vigo County, Indiana")
            type_from_context(e, "organisation")  # "The operating company, Remontées du Haut-Arlet, said"; "His team, Vesterhav, said"
            e.roles.update(m.roles)
            return
        if (not appositive and m is not None and m.kind in {"org", "name"} and m.name in e.names and m.roles and not e.title and not e.gender
                and all((r := lexicon.roles().get(x)) is not None and r.kind in {"org", "group"} for x in m.roles)):
            type_from_context(e, "organisation")  # "the Gullstone band Dovetail Engine ... The band said"
            e.roles.update(m.roles)
            return
        if m is None or m.plural or not m.roles or m.kind not in {"role", "name"}:
            continue
        if not appositive and (m.kind != "name" or m.name not in e.names):
            continue  # a premodifying title analyses with the name it modifies
        if appositive and counterpart(outer, b, m, e, coref):
            return  # "Her Calderan counterpart, Ines Maro,"
        if m.kind == "role" and m.head not in people:
            continue  # "his own dressing-room, Morgan le Fay," names no role
        e.roles.update(m.roles)
        e.modifiers.update(m.modifiers)
        e.portfolios |= lexicon.portfolios().intersection(t.text.lower() for t in outer[b:end])  # ("health minister Ola Nes": the health minister)
        e.description = e.description or (m.text if appositive and m.kind == "role" else None)  # ("the union's general secretary, X,": the union leader)
        if appositive:
            e.modifiers.update(_of_complement(text, m))
            if (x := next((x for x in range(b, end) if outer[x].text.lower() in BODY_POSSESSIVES), None)) is not None and (
                org := possessor_org(coref, outer[x].start)
            ) is not None:
                e.bodies.update(org_name_words(org))  # "their manager, Graham Lyle,": the Rovers manager
        if m.gender and not e.gender:
            e.gender = m.gender
        if m.kind == "role" and outer[end - 1].text.lower() == m.head:
            # "His mother, Godelieve,": the role noun right before the name
            # makes its holder someone "she" may be (not "a retiree in Fresno, Calif.,").
            e.person = e.person or e.kind == "person"
        if not appositive and k > 0 and outer[k].text == "," and j < len(outer) and outer[j].text == ",":
            _description_before(outer, k, text, e)  # "The jury president, the actress Marit Dahle, told ..."
        return


def _description_before(outer: list[Tok], comma: int, text: str, e: Entity) -> None:
    """A definite person description set off before a titled name that is
    itself set off by commas ("The jury president, the actress Marit Dahle,
    told reporters"): a second apposition, so its role is the person's too.
    Only one that opens its clause (after a sentence end or at the start):
    in a list ("cut by the mayor, the actress Marit Dahle, and the bishop")
    the description is someone else."""
    b = comma - 1
    while b >= 0 and comma - b <= 6 and outer[b].text not in _NP_STOPS:
        b -= 1
    opens = b < 0 or outer[b].text in SENTENCE_ENDS or outer[b].text == QUOTE_TOKEN or "\n" in text[outer[b].end : outer[b + 1].start]
    if not opens or outer[b + 1].text.lower() not in ("the", "his", "her", "its", "their"):
        return
    m = analyse(outer[b + 1 : comma], text)
    if m is not None and m.kind == "role" and not m.plural and m.name is None and m.head in _person_roles():
        e.roles.update(m.roles)
        if m.gender and not e.gender:
            e.gender = m.gender


#: The capitalised complement that ends a description: "The president of
#: Ostravia", "the mayor of Kelby" (group 1).
_OF_COMPLEMENT = regex.compile(r"[ \t]of[ \t]+(?:the[ \t]+)?(\p{Lu}[\p{L}\p{M}'\u2019-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'\u2019-]*){0,3})(?![\p{L}\p{M}'\u2019-])")


def _of_complement(text: str, m: Mention) -> tuple[str, ...]:
    """The words of a capitalised "of" complement ending the description *m*,
    as the entity it describes keeps them: "The president of Ostravia" is
    described as Ostravia's president, so "the Ostravian leader" (whose
    capitalised modifier must fit, ``compatible_mods``) re-mentions that
    person. The description keeps its own modifiers as they were, so "the
    mayor of Kelby" still re-mentions a mayor the text never placed."""
    found = _OF_COMPLEMENT.match(text, m.end)  # (right after the phrase, which may end at its head: "The chancellor| of Veldria")
    if found is None:
        found = _OF_COMPLEMENT.search(text, m.start, m.end)
        found = found if found is not None and found.end() == m.end else None
    return tuple(found.group(1).split()) if found is not None else ()


def _affiliation_then_comma(outer: list[Tok], j: int) -> bool:
    """Does an "of" phrase of up to eight words, closed by a comma, follow the
    name ending before ``outer[j]`` ("The club's physio, Dr Ines Varga of the
    county hospital, said": the name's affiliation inside the apposition)?"""
    if outer[j].text != "of":
        return False
    for k in range(j + 1, min(len(outer), j + 10)):
        w = outer[k].text
        if w == ",":
            return k > j + 1
        if w in _NP_STOPS or w in SENTENCE_ENDS:
            return False
    return False


#: Titles that say what the person is ("Dr. Ilse Marten" is a doctor).
_TITLE_ROLES = {"Dr": "doctor", "Prof": "professor", "Professor": "professor", "Judge": "judge", "Coach": "coach",
                "Capt": "captain", "Captain": "captain", "Sgt": "sergeant", "Sergeant": "sergeant", "Det": "detective"}

#: Sentence-final punctuation, where a lead description's sentence ends.


def _ends_sentence(quote: Tok, text: str) -> bool:
    """Does the quoted passage *quote* (a stream token) end its sentence: a
    full stop, "!" or "?" right inside its closing mark ('... "unsafe by design."')."""
    return text[max(quote.start, quote.end - 3) : quote.end].rstrip("\"'\u201d\u2019\u00bb\u201c ")[-1:] in SENTENCE_ENDS


def _possessor_at(outer: list[Tok], k: int, end: int) -> bool:
    """Is ``outer[k]`` (before *end*) a singular possessor ("The developer's planning director")?"""
    return k < end and outer[k].text.endswith(POSSESSIVE_ENDINGS[:2])


#: How many entities before a name a definite or possessive lead reads (see _lead_description).
_LEAD_ENTITIES = 40
#: Words that open a lead description: an article, or a possessive of a relation ("Her co-author").
_LEAD_OPENERS = frozenset({"A", "An", "The", "His", "Her", "Their", "Its"})


def _lead_description(
    outer: list[Tok], i: int, text: str, e: Entity, coref: Coref, described: list[tuple[int, Mention]] = ()
) -> None:
    """A person first named at the start of a sentence takes the roles of an
    indefinite description that opens the sentence before (the wire lead:
    "A retired headteacher told a jury on Monday ... Margaret Ellery, 74,
    was giving evidence"; "A Dutch defender who arrived in 1988 ... Danny
    Achterberg said"). Not when the name has a role of its own already
    ("A spokesman said ... Ana Ruiz, the minister, said") unless its title
    says the same ("A doctor ... Dr. Ilse Marten, the team's director")."""
    if i < 2 or len(e.canonical().split()) < 2:
        return
    if len(e.mentions) > 1 and e.mentions[-2][0] >= text.find("\n"):
        # Named before in the story: a re-mention (a headline's "Vasko and Roos
        # paper over rift" is no naming). The names are linked in text order,
        # so the mention before this one tells.
        return

    k = i - 2
    while k >= 0 and outer[k].text not in SENTENCE_ENDS and i - k < 60 and "\n" not in text[outer[k].end : outer[k + 1].start]:
        k -= 1  # back to the sentence's start (a line break ends a headline)
    s0 = skip_dateline(outer, k + 1, i - 1)  # "HOLMBRIDGE — A father told a jury ..."
    opening = outer[k + 1].start  # (a name between here and the subject is a dateline's place or agency, no person named before)
    s0 = _past_opening_adjunct(outer, s0, i - 1)  # "Speaking against the plan, a retired farmer ..."
    if s0 >= i - 1:
        return
    m = None
    if outer[s0].text in _LEAD_OPENERS or outer[s0].text in ("a", "an"):
        # ("Her co-author", "The developer's planning director": the noun phrase
        # after the possessive, read with it)
        head_at = s0 + 1 if outer[s0].text != "The" else s0 + 2 if _possessor_at(outer, s0 + 1, i) else s0
        rng = _through_demonym(outer, np_after(outer, head_at, 8))
        m = analyse(outer[s0 : rng[1]], text) if rng is not None else None
    if m is None or m.kind != "role" or not _describes_person(m):
        # The one description that speaks a quote of the sentence ("... a
        # penalty that the losing manager called "the worst decision." ¶
        # Piet van der Hoek, whose side ..."), definite, or indefinite as
        # the antecedent of the relative that speaks ("The bug was spotted
        # by a student who says he found it ... ¶ Mateo Vidal, who ...").
        x = bisect_left(described, (outer[s0].start,))
        inside = [d for _, d in described[x : x + 2] if d.end <= outer[i - 1].end]
        # (after a sentence a lead opener opens, "The bug was spotted by ...",
        # only the indefinite one: a definite one there was never read)
        first = inside[0].text.split()[0].lower() if len(inside) == 1 else ""
        m = inside[0] if first in ("a", "an") or first == "the" and outer[s0].text not in _LEAD_OPENERS else None
        if m is not None:
            s0 = bisect_left(outer, m.start, key=attrgetter("start"))  # (a search, not a list of every start: linear time)
    if m is None or m.kind != "role" or m.plural:
        return
    # A definite lead re-mentions whoever holds its role; a plain one ("The
    # minister") also whoever was named before it. A relation ("Her
    # co-author", "The developer's planning director") is someone new.
    # (Only the entities just before are read, so the test stays linear in
    # the document; a plain definite lead past the first _LEAD_ENTITIES names
    # is no story's lead.)
    relation = outer[s0].text != "The" or _possessor_at(outer, s0 + 1, i)
    if outer[s0].text.lower() not in {"a", "an"} and not _restrictive_after(outer, s0, m, i) and (not relation and e.eid > _LEAD_ENTITIES or any(
        x is not e and (m.head in x.roles or not relation and x.kind == "person" and x.mentions and x.mentions[0][0] < outer[s0].start
                        and not opening <= x.mentions[0][0]
                        and not (x.names and x.names[0].isupper())  # ("BRENNHOLM —": a dateline in capitals names no person)
                        and (len(x.canonical().split()) > 1 or confirmed_person(x)))  # (nor a headline's or dateline's lone word: "Kelmark premier")
        for x in coref.entities[max(0, e.eid - _LEAD_ENTITIES) : e.eid]
    )):
        return  # "The minister" after "Ana Ruiz" (with her role or not): a re-mention, not a lead
    title_word = e.title.split()[-1].rstrip(".") if e.title else ""
    if e.roles and m.head not in e.roles and _TITLE_ROLES.get(title_word) != m.head and m.head not in _PLAIN_PERSONS:
        return  # a role of its own, unless its title says the same ("A doctor ... Dr. Ilse Marten, the team's director")
    if not _describes_person(m):
        return
    if m.gender and e.gender and m.gender != e.gender:
        return
    e.roles.update(m.roles)
    e.modifiers.update(m.modifiers)
    e.modifiers.update(_of_complement(text, m))
    e.gender = e.gender or m.gender


#: Person nouns that name no position ("The woman who wrote the most borrowed
#: novel ..." after a headline's "novelist Saoirse Lund"): a role of the
#: name's own does not contradict them. (Not "person": "A person familiar
#: with the talks said" is an anonymous source's formula.)
_PLAIN_PERSONS = frozenset("man woman lady gentleman".split())


def _restrictive_after(outer: list[Tok], s0: int, m: Mention, i: int) -> bool:
    """Does a restrictive modifier follow the definite description *m* that
    opens the sentence at ``outer[s0]`` ("The foreman who received that
    message told the court ...", "The owner of a 120-loom mill ... said")?
    It picks a new person out, as an indefinite does, so the name opening
    the next sentence is theirs, not a re-mention of someone named before."""
    k = bisect_left(outer, m.end, lo=s0, hi=i, key=attrgetter("end"))  # (the token that ends the description)
    if k + 2 >= i:
        return False
    w, nxt = outer[k + 1].text.lower(), outer[k + 2].text.lower()
    return w in {"who", "whose"} or w == "of" and nxt in {"a", "an"}


def _lead_before_quote(outer: list[Tok], q: int, text: str, e: Entity, coref: Coref, described: list[tuple[int, Mention]]) -> None:
    """The lead description for a name in the inverted tag of the quote at
    *q*: in the sentence before the quote, or else in the one before that
    when the sentence between names no one ("VAUDREY — The mayor of Vaudrey
    said ... The decision has divided a community. ¶ «...», said Élise
    Ferrand"; :func:`_lead_description`)."""
    before = set(e.roles)
    _lead_description(outer, q, text, e, coref, described)
    if e.roles != before:
        return
    k = q - 2  # (outer[q - 1] ends the sentence before the quote)
    while k > 0 and outer[k].text not in SENTENCE_ENDS and q - k < 40:
        k -= 1
    if k > 0 and outer[k].text in SENTENCE_ENDS and not any(is_cap(outer[x].text) for x in range(k + 2, q - 1)) and "\n" not in text[outer[k].end : outer[q - 1].end]:
        _lead_description(outer, k + 1, text, e, coref, described)


def _quote_before_tag(outer: list[Tok], i: int) -> int | None:
    """The index of the quote whose inverted tag names ``outer[i]`` ('"…,"
    said NAME'; '„…“, said NAME', the comma outside the marks), when the
    quote opens a sentence; else None. (Token tests first, the cue-verb
    look-up last: this runs for every person's name.)"""
    if i < 3:
        return None
    q = i - 3 if outer[i - 2].text == "," else i - 2
    if not (q >= 1 and outer[q].text == QUOTE_TOKEN and outer[q - 1].text in SENTENCE_ENDS):
        return None
    return q if outer[i - 1].text.lower() in lexicon.cue_verbs() else None


#: Words that open an adverbial before a sentence's subject ("On the quayside,",
#: "Outside the court,", "Earlier,"), besides prepositions and participles.
_ADJUNCT_OPENERS = frozenset("outside inside earlier later meanwhile afterwards nearby elsewhere there".split())


def _past_opening_adjunct(outer: list[Tok], s0: int, end: int) -> int:
    """Past an opening adverbial or participle phrase up to its comma when an
    indefinite description follows ("Speaking against the plan, a retired
    farmer who ... told the committee ...", "On the quayside, a nurse who
    ... said"): the description is the sentence's subject (only an
    indefinite one: "On Tuesday, the minister said" re-mentions someone)."""
    first = outer[s0].text.lower() if s0 < end else ""
    if not (first in PREPOSITIONS or first in _ADJUNCT_OPENERS or first.endswith("ing") and outer[s0].text[:1].isupper()):
        return s0
    for c in range(s0 + 1, min(end, s0 + 10)):
        if outer[c].text == ",":
            return c + 1 if c + 1 < end and outer[c + 1].text in ("a", "an") else s0
    return s0


#: Prepositions that open an adjunct after a role noun in a description set
#: before a name ("A junior engineer on the project, Tomas Kerr,", "a nurse at
#: the clinic, Ada Moe,"): the description ends at the noun ("of" stays: "the
#: mayor of Kelby" is the role with its body).
_ROLE_ADJUNCTS = frozenset("on at in for from with".split())


def _age_before_role(outer: list[Tok], i: int) -> str | None:
    """The age ("17-year-old") before the role words right before the name at
    ``outer[i]`` (at most three lower-case words: "17-year-old midfielder",
    "19-year-old academy graduate"), lower-cased; or None."""
    for k in range(i - 2, max(-1, i - 5), -1):
        w = outer[k].text
        if w.endswith("-year-old") and w[:1].isdigit():
            return w.lower()
        if not (w.replace("-", "").isalpha() and w.islower()):
            return None
    return None


def _full_name(m: Mention) -> bool:
    """A name of two words or more, the first not in capitals ("Tilda Aarons", not "MS Aldora")."""
    words = m.name.split() if m.name else []
    return len(words) > 1 and not words[0].isupper()


def _describes_person(m: Mention) -> bool:
    """A description a lead may give a person: a person role ("a retired
    headteacher") or a nationality among its modifiers ("a Dutch defender")."""
    role = lexicon.roles().get(m.head)
    return role is not None and role.kind == "person" or any(is_demonym(w) for w in m.modifiers)


def _described(m: Mention | None) -> Mention | None:
    """The singular person description a quote's speaker mention is: the
    mention itself ("the losing manager"), or a relative's antecedent ("a
    student who says"); an indefinite one only as such an antecedent."""
    if m is not None and m.kind == "relative" and m.antecedent is not None and m.antecedent.text.split()[0].lower() in ("a", "an"):
        m = m.antecedent
    elif m is not None and m.kind == "role" and m.text.split()[0].lower() in ("a", "an"):
        return None
    return m if m is not None and m.kind == "role" and not m.plural else None


def _through_demonym(outer: list[Tok], rng: tuple[int, int] | None) -> tuple[int, int] | None:
    """*rng* extended over a demonym and the lower-case words after it up to a
    role noun ("The visiting Oradian prime minister": the phrase scan stops at
    the capital, taking "Oradian" for a name)."""
    if rng is None or rng[1] >= len(outer) or not is_demonym(outer[rng[1] - 1].text):
        return rng
    roles = lexicon.roles()
    for k in range(rng[1], min(len(outer), rng[1] + 3)):
        w = outer[k].text
        if not (w.isalpha() and w.islower()):
            break
        if w in roles:
            return rng[0], k + 1
    return rng
