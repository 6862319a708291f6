"""Which entity is in focus at a point of a news story: the centre of
attention that a pronoun or an unnamed spokesperson refers to when the text
does not say (Grosz, Joshi and Weinstein 1995: the subject of the utterance
just before is the likeliest referent of the next).

Helpers of :class:`quotes.coref.Coref` (rules ``pronoun`` and ``speaks-for``)
and of :mod:`quotes.organisations`, kept apart so that class stays a table of
its sieves.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

import regex

from . import lexicon
from .agreement import age_fits, compatible_mods, confirmed_person, holds_role, noun_mods_fit, other_position, other_post, portfolio_fits, position_free, unnamed_on_purpose, who_described
from .centering import after_verb, in_sentence_before, only_oblique, past_relative, pronoun_opens
from .kinship import KIN, KIN_POSSESSIVES, other_kin
from .organisations import as_represented, fits_org, org_reporting_before, publication
from .syntax.phrases import GENDERED_HONORIFICS, INDEFINITE_SPEAKERS, _strip_possessive

if TYPE_CHECKING:
    from typing import Any

    from .coref import Coref, Entity
    from .items import Item
    from .syntax.phrases import Mention

__all__ = ["FOCUS_CHARS", "apposed_name", "asker_before", "descriptions_forward", "headline_forward", "LEAD_CHARS", "ORG_FOCUS_CHARS", "org_for_it", "org_in_focus", "org_named_next", "proxy_going_on", "focus_description", "full_name_before", "named_in_sentence", "org_in_sentence", "quoted_just_before", "role_holder", "speaker_in_focus", "subject_before"]

#: How far (in characters) after the latest attributed quote its speaker stays
#: in focus for a pronoun in news (about two short paragraphs).
FOCUS_CHARS = 300
#: How far back (characters) an organisation stays in focus for a bare
#: spokesperson: about two sentences.
ORG_FOCUS_CHARS = 400
#: How far into a story (characters) a description still stands in its lead
#: (a headline, a byline and the first sentence or two).
LEAD_CHARS = 700


def quoted_just_before(coref: Coref, pos: int) -> int | None:
    """The entity id of the speaker of the latest attributed quote when that
    quote (with its tag) ends within :data:`FOCUS_CHARS` before *pos*, else None."""
    end = coref.last_content[1]
    return coref.last_speaker if coref.last_speaker is not None and end >= 0 and 0 <= pos - end <= FOCUS_CHARS else None


def speaker_in_focus(coref: Coref, cands: list[Entity], pos: int) -> list[Entity]:
    """News: the speaker of the latest attribution, just before, stays in focus
    over people named only inside what they said ('Dame Ursula said she had
    great respect for Ms Osei. She said ...': the speaker is the clause's
    subject, the centre of attention; a name in the content is talked about)."""
    cands = past_relative(coref, cands, pos)  # ("X, who lost to Y, has been ...": X before Y)
    last = quoted_just_before(coref, pos)
    if not cands or last is None or cands[0].eid == last:
        return cands
    start, end = coref.last_content
    # Each entity's latest mention before the pronoun, from the windows
    # Coref._before reads (linear time on any document).
    latest: dict[int, int] = {}
    for seen in coref._seen_before(pos):
        latest.setdefault(seen.eid, seen.pos)  # (most recent first)
    for x, c in enumerate(cands):
        if c.eid == last:
            return [c] + cands[:x] + cands[x + 1 :]
        if not start <= latest.get(c.eid, -1) < end:
            return cands  # someone named outside that content came later
    return cands


def org_in_focus(coref: Coref, pos: int) -> Entity | None:
    """Whom a bare "A spokesman" speaks for ("Kestrel Water raised its prices.
    A spokeswoman said ..."): news names the organisation in the sentence or
    two before and leaves the spokesperson's employer unsaid. The latest
    organisation among the three entities mentioned last, within
    :data:`ORG_FOCUS_CHARS` before *pos*; never a newspaper or broadcaster (that
    reported the story), and None when no organisation is in focus ("The
    storm cut power ... A spokesman said"). The speaker of the attribution
    just before comes first: "The council said in a statement that pupils
    would move to Langford Primary. A spokesperson added ..." speaks for the
    council, not the school."""
    r = bisect_left(coref._resolved, (pos, -1))
    if r:
        last = coref._resolved[r - 1]
        e = coref.entities[last.eid]
        if pos - last.pos <= ORG_FOCUS_CHARS and e.kind == "organisation" and not publication(e):
            return as_represented(e)
    for e in coref._before(pos, limit=12)[:3]:
        if e.kind != "organisation":
            continue
        last = max((s for s, _, _ in e.mentions if s < pos), default=-1)
        if last < 0 or pos - last > ORG_FOCUS_CHARS:
            return None
        if publication(e):
            return None
        return as_represented(e)
    return None


def org_named_next(coref: Coref, m: Mention, pos: int) -> Entity | None:
    """A definite organisation description in a story's lead that no
    organisation before it fits is the organisation named next that it fits,
    within :data:`ORG_FOCUS_CHARS` ("The competition watchdog has warned
    ... ¶ The Competition and Consumer Authority said"; "the national rail
    company confirmed ... ¶ Railnet, which owns the tracks, said"): a wire
    lead describes before it names; so does a headline ("Ferry halted after
    crack found, regulator says"). None past the lead (:data:`LEAD_CHARS`)."""
    if pos > LEAD_CHARS or not (m.text.lower().startswith("the ") or coref.headline_end > pos):
        return None  # (a headline drops the article: "..., regulator says")
    for e in coref._after(pos, limit=12):
        first = min(s for s, _, _ in e.mentions)
        if first <= pos:
            continue  # (named before: the search backwards has seen it)
        if first - pos > ORG_FOCUS_CHARS:
            return None
        if e.kind == "organisation" and fits_org(m.head, e):
            return e
    return None


def proxy_going_on(coref: Coref, m: Mention, pos: int, addressed: frozenset[int]) -> Entity | None:
    """News: 'A spokesman for the authority said ... "...," he said': a
    pronoun agreeing with the spokesperson of the latest attribution
    (``Coref.last_proxy``: the organisation's id, the spokesperson's gender,
    where the content ended), within :data:`FOCUS_CHARS` after it, is the
    spokesperson going on, who speaks for the organisation; not when a person
    is named since ("Hannah Leckie ... reads the figures darkly. She says ...")."""
    if coref.last_proxy is None or coref.fiction:
        return None
    eid, gender, end = coref.last_proxy
    if not (0 <= pos - end <= FOCUS_CHARS) or gender not in (None, m.gender) or eid in addressed:
        return None
    if any(end <= x.pos < pos and coref.entities[x.eid].kind == "person" for x in coref._seen_before(pos, 12)):
        return None
    return coref.entities[eid]


def org_for_it(coref: Coref, pos: int) -> Entity | None:
    """News: "The coastguard ... it said": "it" is the organisation among the
    four entities mentioned last before *pos*, if any; but after a sentence
    a document opens and reports ("A report to cabinet by the director of
    finance, Graham Oyelaran, said ... It warned that ..."), "it" is that
    document, whose words go to whoever its report was given."""
    if coref.fiction:
        return None
    return (_document_before(coref, pos) or org_reporting_before(coref, pos)
            or next((e for e in coref._before(pos, limit=8)[:4] if e.kind == "organisation"), None))


#: A sentence opened by a document's noun phrase: a determiner, up to three words, then the noun (group 1).
_DOCUMENT_OPENING = regex.compile(r"(?:The|A|An|Its|Their|His|Her)[ \t]+(?:[\p{L}'\u2019-]+[ \t]+){0,3}?(\p{Ll}+)\b")


def _document_before(coref: Coref, pos: int) -> Entity | None:
    """The speaker of the report in the sentence before *pos* when a document's noun phrase opens that sentence."""
    if coref.last_speaker is None or not in_sentence_before(coref, pos, coref.last_content[0]):
        return None
    starts = coref.sentence_starts
    k = bisect_right(starts, pos) - 1
    m = _DOCUMENT_OPENING.match(coref.text, starts[k - 1], starts[k])
    if m is None or getattr(lexicon.roles().get(m.group(1)), "kind", None) != "doc":
        return None
    return coref.entities[coref.last_speaker]


#: Words opening a description of one of several, which re-mentions no one named before.
INDEFINITE_OPENERS = frozenset({"one", "another"})


def role_holder(coref: Coref, m: Mention, pos: int, *, kin: bool, back: bool = False) -> Entity | None:
    """Who holds the role of the description *m* (sieve ``title-chain``): the
    most recent entity with its role and compatible modifiers; a generic head
    ("the Brannock boss", "the Ostravian leader") also re-mentions the holder
    of a role it stands for (``generic_roles.txt``), but the role itself
    comes first (precision order), among the entities before and then after:
    "the premier" is the prime minister, not the chancellor named since. A
    kinship description ('her mother' is hers, not the last mother named)
    is held only by a name in apposition right after it ('her grandson, Liam
    Pask,'). *back*: only the entities before (and in apposition)."""
    if unnamed_on_purpose(coref.text, m):
        return None  # "An executive at a rival carrier, speaking on condition of anonymity,": someone new
    generic = lexicon.generic_roles().get(m.head, frozenset())
    mods = position_free(m)
    # (a name in apposition right after the description holds it first:
    # '"…," said the senior author, Professor Owen Farrant' is Farrant even
    # when an earlier "lead author" holds the role too)
    before = coref._before(pos)
    if not kin and m.text[:4].lower() == "the " and (near := named_in_sentence(coref, m.start, governed=True)):
        before.sort(key=lambda e: e.eid in near)  # (stable: the others first, most recent first)
    # "One senior player, who spoke on condition of anonymity,", "another
    # analyst": one of several, someone new, never an earlier holder of the
    # role; a name in apposition holds it, or one named after it. (Not "a"
    # or "an": a lead's "A lorry driver ... said" is often the one named
    # after it, and measured, the held-out articles lost 9 quotes to it.)
    indefinite = m.text.split(None, 1)[0].lower() in INDEFINITE_OPENERS if m.text else False
    lists = [coref._appositive_after(m)] if kin or indefinite else [coref._appositive_after(m), before]
    # After it, no one set apart from another ("One parent said ... ¶ "...,"
    # said another parent, Priya Nair"): tested last, on a fitting holder only.
    apart: dict[int, int] = {}
    after: list[Entity] = []
    if not kin and not back:
        k = bisect_left(coref._recent, (pos, -1))
        window = coref._recent[k : k + 30]
        after = [coref.entities[x.eid] for x in window]
        apart = {x.eid: x.pos for x in window}
        lists.append(after)
    text, single = coref.text, not m.plural  # (a singular description is no group: "An Israeli official" is not "Israeli officials")
    for cands in lists:
        if cands is after and (focal := _focal_subject(coref, m, pos, mods)) is not None:
            return focal  # ("Mirela Vos does not like ... Her feature ..., and the 46-year-old director says": Vos, before anyone named after)
        fit = next((e for e in cands if e.roles and any(holds_role(e.roles, r) for r in m.roles) and compatible_mods(mods, e) and portfolio_fits(m, e) and not other_post(e, m)
                    and not (single and e.kind == "group") and not (cands is after and _set_apart(text, apart[e.eid]))
                    and not (coref.fiction and only_oblique(text, e))), None)
        if fit is None and generic:
            fit = next((e for e in cands if generic & e.roles and noun_mods_fit(m, e) and compatible_mods(mods, e)
                        and not (single and e.kind == "group") and not (cands is after and _set_apart(text, apart[e.eid]))), None)
        if fit is not None and not fit.names and not coref.fiction and fit.kind == "organisation":
            # An unnamed holder ("..., regulator says" ¶ "the maritime regulator said"):
            # the organisation the lead names next ("The Maritime Safety Directorate said").
            return org_named_next(coref, m, pos) or fit
        if fit is not None:
            return fit
    return None


def _focal_subject(coref: Coref, m: Mention, pos: int, mods: tuple[str, ...]) -> Entity | None:
    """News: the person opening the sentence before a definite description
    that no one named before holds ("the 46-year-old director"), when
    nothing they hold contradicts it (no other position, no other age,
    modifiers that fit): the story's subject, described, before someone
    named later who happens to hold the role."""
    role = lexicon.roles().get(m.head)
    if coref.fiction or m.text[:4].lower() != "the " or m.plural or role is None or role.kind != "person" or after_verb(coref.text, m.start):
        return None  # (a person's description only: "the university" is no subject's; nor an object: "met the prime minister")
    eid = subject_before(coref, pos)
    if eid is None:
        return None
    e = coref.entities[eid]
    ages = {r for r in e.roles if r.endswith("-year-old")}
    if not confirmed_person(e) or other_position(m.roles, e.roles) or ages and not ages & set(m.roles) or not compatible_mods(mods, e):
        return None
    return None if other_kin(m.head, e.roles) else e  # ("founded by his father, Luigi Bellini ... The son still remembers": not the father)


#: A preposition right before a name: the name ends an adjunct, no subject.
_AFTER_PREPOSITION = regex.compile(r"\b(?:for|by|of|with|at|in|to|from|on|alongside|against|behind|beside|near)\s+(?:the\s+)?\S*\s*$")
#: What stands between a description and a name in apposition after it: a comma, maybe "the" (", the SNV").
_APPOSED_AFTER = regex.compile(r",[ \t]+(?:the[ \t]+)?")
#: The rest of an apposition up to the comma that closes it, within one sentence.
_APPOSITION_CLOSED = regex.compile(r"[^.;:!?\n\"\u201c\u201d]{0,120}?,")


def apposed_name(coref: Coref, m: Mention) -> Entity | None:
    """The named person or organisation a description stands in apposition
    to. In any genre, the person named after an indefinite speaker or a
    proxy ('"...," said another, Priya Nair', 'said a spokeswoman for Kelby
    Hotels, Jane Moss'); in news, the name right before a description set off
    by commas ("Northvane, the cloud computing group ..., said"), whose kind
    must fit the description's: a person role a person, an organisation noun
    an organisation or a name nothing shows to be a person's."""
    if (m.head in INDEFINITE_SPEAKERS or m.head in lexicon.proxy_roles()) and coref.text[m.end : m.end + 1] == "," and (
            app := [e for e in coref._appositive_after(m) if e.kind == "person"]):
        return app[0]
    role = lexicon.roles().get(m.head)
    if coref.fiction or role is None or m.plural or not coref.text:
        return None
    if role.kind == "org" and (named := next((e for e in coref._appositive_after(m) if (e.kind == "organisation" or e.kind == "person" and not confirmed_person(e))
                                               and _APPOSED_AFTER.fullmatch(coref.text, m.end, min((s for s, _e, _t in e.mentions if s >= m.end), default=m.end))), None)):
        named.kind, named.person = "organisation", False
        return named  # "according to the glassworkers' union, the SNV": the organisation named in apposition after its description
    # (set off on both sides: a comma closes the apposition before the sentence goes
    # on; "... led by Harrowgate Ventures, the company said" is a tag after a name)
    after = _APPOSITION_CLOSED.match(coref.text, m.end)
    for e in coref._before(m.start, limit=2)[:1]:
        name = next(((s, end) for s, end, _t in e.mentions[-8:] if end <= m.start and coref.text[end : m.start].strip() == ","), None)
        if after is None or name is None or _AFTER_PREPOSITION.search(coref.text, max(0, name[0] - 12), name[0]) is not None:
            return None  # ("Cross-examined by X, for Mr Pryce, the foreman accepted": the name ends an adjunct)
        if role.kind == "person" and e.kind == "person":
            return e
        if role.kind == "org" and (e.kind == "organisation" or e.kind == "person" and not confirmed_person(e)):
            e.kind, e.person = "organisation", False
            return e
    return None


def named_in_sentence(coref: Coref, pos: int, *, governed: bool = False) -> set[int]:
    """The entities mentioned earlier in the sentence holding *pos* (news;
    empty when sentences are unknown). *governed*: only those a description
    there does not re-mention (disjoint reference: a writer re-mentioning
    someone just named in an adjunct of the same clause uses a pronoun):
    "with Hadeland seated to his left, the prime minister said" is the other
    prime minister."""
    starts = coref.sentence_starts
    k = bisect_right(starts, pos) - 1
    if k < 0:
        return set()
    # *governed*: only a name that a preposition governs counts, in an adjunct of the
    # description's clause ("with Hadeland seated ...", "Under
    # cross-examination by Simon Okoro, ..."): the subject of a fronted clause
    # ("Though Trump was not willing to say ..., the front-runner did
    # offer") or of a clause coordinated before ("Isolde Varga released an
    # album, and the singer-songwriter says") is often re-described so, and
    # so is a name in a conjunct ("a rally with Okafor and Lind, where the
    # secretary of state said"). Not an apposition's name either ("Geoff
    # Garin, the pollster, said").
    text = coref.text
    near = {s.eid for s in coref._seen_before(pos, limit=20) if s.pos >= starts[k] and (
        not governed or _GOVERNED.search(text, max(0, s.pos - 12), s.pos) and not _CLAUSE_JOIN.search(text, s.pos, pos))}
    return {x for x in near if not any(0 <= pos - end <= 3 for _, end, _ in coref.entities[x].mentions[-3:])}


#: A coordination of main clauses between a name and a description (see :func:`named_in_sentence`).
_CLAUSE_JOIN = regex.compile(r",[ \t]+(?:and|but|while|whereas)[ \t]|;")
#: A preposition right before a name (see :func:`named_in_sentence`).
_GOVERNED = regex.compile(r"\b(?:with|by|to|for|from|against|beside|behind|under|over|alongside|before|after|than)[ \t]+$", regex.I)


def org_in_sentence(coref: Coref, m: Mention) -> Entity | None:
    """News: "Harbin Toys ... is recalling its Rolling Rabbit sets, the company
    said": an organisation noun ending a sentence re-mentions the organisation
    its sentence has named (the latest that fits the noun), a company
    reporting on itself, before any name that only might be an
    organisation's ("Rolling Rabbit")."""
    near = named_in_sentence(coref, m.start)
    fits = [e for e in coref._before(m.start, limit=20) if e.eid in near and e.kind == "organisation" and fits_org(m.head, e)]
    return fits[0] if fits else None


def focus_description(coref: Coref, m: Mention, pos: int) -> Entity | None:
    """News: "the veteran striker", "the singer-songwriter", "the mayor"
    that no entity holds as a role re-describes the person in focus: the
    latest named person among the three people mentioned last who is
    surely a person (a gender, title, role or given name), whose gender
    and capitalised modifiers agree, and who holds no other role ("the goalkeeper, who asked
    not to be named" after "The club's chairman, Ruben Achterberg" is a
    new person). An indefinite "a bus driver" is always new."""
    role = lexicon.roles().get(m.head)
    if role is None or role.kind != "person" or m.plural or m.text.split()[0].lower() != "the" or after_verb(coref.text, m.start):
        return None  # (nor a verb's object: "met the prime minister, who called ...")
    near = named_in_sentence(coref, m.start, governed=True)  # (disjoint reference: "Under cross-examination by Simon Okoro, ..., the witness")
    people = [e for e in coref._before(pos, limit=20) if e.kind == "person" and e.person and e.eid not in near][:3]
    for e in people:
        if not e.names or role.gender and e.gender and role.gender != e.gender or not confirmed_person(e):
            continue
        if not compatible_mods(m.modifiers, e):
            return None  # "the Florida senator": someone the text has not tied to Florida
        if other_kin(m.head, e.roles):
            continue  # ("his father, Luigi Bellini, ... The son": the son is the one before, whose father was named)
        if other_position(m.roles, e.roles) or not age_fits(m, e):
            return None  # the person in focus is someone else: a chairman is no goalkeeper, a 24-year-old no 27-year-old
        return e
    return None


def subject_before(coref: Coref, pos: int, depth: int = 0) -> int | None:
    """News: the entity that opens the sentence before the one holding *pos*
    (its subject, the centre a description opening the next sentence goes
    on with: "Miriam Achola ... crossed the line behind Haraldsen. Speaking
    later, the 31-year-old said": Achola), or None. A sentence opened by "He" or "She" goes on with
    the subject of the one before it ("Lena Moss came on ... ¶ She won it after a throw from Tom Reid
    ... ¶ "...," the 24-year-old said": Moss), twice at most."""
    starts = coref.sentence_starts
    k = bisect_right(starts, pos) - 1
    if k < 1:
        return None
    lo, hi = starts[k - 1], starts[k]
    opening = sorted(s for s in coref._seen_before(pos, limit=40) if lo <= s.pos < hi)
    first = opening[0] if opening else None
    if depth < 2 and (first is None or first.pos > lo + 2) and pronoun_opens(coref.text, lo):
        return subject_before(coref, lo, depth + 1)
    if first is not None and first.pos <= lo + 2:
        # "Vell's father, Anton Vell, who drove five hours, was in tears": a
        # name's possessive opens a description; the name apposed to it is
        # the subject, not the possessor.
        # (Kinship only: "Clinton's primary opponent, Sen. Bernie Sanders, has
        # yet to ...; ... the former secretary of state" goes on with Clinton.)
        second = next((x for x in opening if x.pos > first.pos and coref.entities[x.eid].kind == "person"), None)
        if second is not None and (d := _POSSESSOR_DESCRIPTION.fullmatch(coref.text, first.pos, second.pos)) is not None and d.group(1).lower() in KIN:
            first = second
    elif first is not None:
        # "Her counterpart at Brennmark Freight, Petra Lindqvist, will become
        # ...": a description opening the sentence with a person's name in
        # apposition; that person is its subject.
        first = next((x for x in opening if coref.entities[x.eid].kind == "person"), None)
        if first is None or _OPENING_DESCRIPTION.fullmatch(coref.text, lo, first.pos) is None:
            return None
    return first.eid if first is not None and coref.entities[first.eid].kind == "person" else None


def full_name_before(coref: Coref, pos: int) -> int | None:
    """News: the person that :func:`subject_before` finds when the text names
    them in full, the centre a "he" or "she" goes on with even when nothing
    else confirms a person ("Kerry Tolland, whose twins ..., was among them.
    ¶ "...," she said": a given name the word list leaves out)."""
    eid = subject_before(coref, pos)
    return eid if eid is not None and len(coref.entities[eid].canonical().split()) > 1 else None


#: A description opening a sentence, closed by the comma before a name in apposition: a determiner or
#: a possessor, then up to eight words ("Her counterpart at Brennmark Freight, ", "The club's new goalkeeper, ").
_OPENING_DESCRIPTION = regex.compile(
    r"(?:The|A|An|His|Her|Their|Its|Our|[\p{Lu}][\p{L}\-]*['\u2019]s)[ \t]+(?:[\p{L}\p{N}'\u2019\-]+[ \t]+){0,7}?[\p{L}\p{N}'\u2019\-]+,[ \t]+"
)
#: The same description opened by a name's possessive ("Vell's father, ", "Tomas Vell's younger
#: brother, "): up to three capitalised words before "'s"; group 1, the description's last word.
_POSSESSOR_DESCRIPTION = regex.compile(
    r"(?:\p{Lu}[\p{L}\-]*[ \t]+){0,2}\p{Lu}[\p{L}\-]*['\u2019]s[ \t]+(?:[\p{L}\p{N}'\u2019\-]+[ \t]+){0,7}?([\p{L}\p{N}'\u2019\-]+),[ \t]+"
)


#: How far (characters) after a quote the next quote's named speaker may name the description that spoke it.
_FORWARD_CHARS = 400
#: An age in a description ("the 21-year-old striker").
_AGE = regex.compile(r"\b\d{1,3}-year-old\b", regex.IGNORECASE)
#: Words that set a person apart from one described before ("said another, Priya Nair", "a second
#: witness, Ian Roe", "a fellow parent"), read in the few words before the person's first mention.
_CONTRAST = regex.compile(r"\b(?:another|other|second|third|fourth|fifth|fellow|different)\b[^.!?\n]{0,30}$", regex.IGNORECASE)


#: Academic and courtesy titles, which sit beside any position ("Professor Oduya" may be the
#: commission's chief inspector): the academic ones and the gendered honorifics, lower-cased.
_COURTESY = frozenset({"professor", "prof", "doctor", "dr", "reverend", "rev", "mx"}) | {h.lower() for h in GENDERED_HONORIFICS}


#: Determiners of a description that introduces someone new ("a delivery driver", "one survivor"): the indefinite
#: ones, and "its", an organisation's post anchored to the organisation (Prince
#: 1992's "brand-new anchored": "the airline said, as its chief executive
#: warned that ..." before the name).
_INTRODUCING = frozenset({"a", "an", "one", "its"})
#: What makes a definite description introduce someone rather than re-mention them (Prince 1992's
#: "brand-new anchored" entities): a post-modifier, read right after the mention, that anchors it to
#: something else ("the owner of a mill", "the landlady of a pub", "the inspector, a former doctor,").
_POST_MODIFIER = regex.compile(r"\s+(?:of|at|from|in|on|for|with|who|whose)\b|,\s+(?:a|an)\s", regex.IGNORECASE)
#: Heads of the descriptions that news uses for sources it does not name
#: ("a campaign adviser", "one senior official", "a person familiar with the
#: talks"): unnamed on purpose, never the person named next.
_ANONYMOUS = frozenset({"source", "official", "adviser", "advisor", "aide", "insider", "staffer", "strategist",
                        "operative", "person", "diplomat"})


def _in_lead(coref: Coref, pos: int) -> bool:
    """Is *pos* in a story's lead, the first sentence after its headline? A
    wire lead's definite description ("after the transport minister accused
    ...") brings in the person the next sentence names."""
    starts = coref.sentence_starts
    return coref.headline_end >= 0 and bisect_right(starts, pos) - 1 == bisect_left(starts, coref.headline_end)


def _capitalised_head(text: str, m: Mention) -> bool:
    """Is the head word of *m* capitalised as written ("Ms. Boxer", "Judge
    said")? Then it is a name or a title, not a common noun describing someone."""
    words = text[m.start:m.end].split()
    return any(w[:1].isupper() and w.lower().strip(".,'’") == m.head for w in words[1:] or words)


def _courtesy_title(title: str) -> bool:
    """Is *title* a courtesy or academic title ("Mr.", "Dr", "Professor"),
    not an office ("Sen.", "Gov.", "Judge"), whose holder the text introduces as such?"""
    return all(w.lower().rstrip(".") in _COURTESY for w in title.split())


def _set_apart(text: str, pos: int, m: Mention | None = None) -> bool:
    """Is the person mentioned at *pos* set apart from another ("another
    parent, Priya Nair"), or is *m*, a mention of them, such a description
    ("said another parent")? Such a person is no one an earlier description re-mentions."""
    if m is not None and m.kind == "role" and _CONTRAST.match(m.text.split()[0]) is not None:
        return True
    return bool(text) and _CONTRAST.search(text, max(0, pos - 40), pos) is not None


def descriptions_forward(items: list[Item], resolved: list[Any], coref: Coref) -> None:
    """News, linking forward (wire stories give the description before the
    name): "A delivery driver who has worked at the depot since 2009 said
    ... ¶ "...," said Martin Holloway, 47", "The 21-year-old striker, who
    set up both goals, said ... ¶ "...," Joaquín Ibarrola said". A person
    that a description introduces and the text does not name (no one
    named before fits it) is the person named as the speaker of the next
    quote by someone else, close after it, when that person is first
    named after the description and nothing says otherwise: a gender, a
    stated age or a stated position of their own, or words that set them
    apart ("said another, Priya Nair"). A definite age description ("the
    21-year-old") refers to someone the reader knows and may re-mention a
    person named before it as well. A spokesperson speaks for an
    organisation and is never linked so. The description's quotes from
    there on go to the named person."""
    links: dict[int, tuple[int, Entity]] = {}  # description entity -> (first item it is linked at, the named person)
    for idx, (ent, mention, _a, _rule) in enumerate(resolved):
        if (ent is None or ent.names or ent.kind != "person" or ent.eid in links or mention is None or mention.plural
                or mention.kind != "role" and not (mention.kind == "org" and who_described(coref.text, mention))):
            continue
        found = _AGE.search(mention.text)
        if mention.name or mention.title or _capitalised_head(coref.text, mention):
            continue  # "Ms. Boxer", "Judge": a surname that is also a role noun, no description
        if found is None:
            role = lexicon.roles().get(mention.head)
            if (role is None or role.kind != "person" and not (role.kind == "org" and who_described(coref.text, mention))
                    or mention.head in lexicon.proxy_roles() or mention.head in _ANONYMOUS):
                continue
            first = mention.text.split()[0].lower()
            if (first not in _INTRODUCING and not _POST_MODIFIER.match(coref.text, mention.end) and not _in_lead(coref, mention.start)
                    and not (mention.head in KIN and first in KIN_POSSESSIVES)  # ("His sister, who runs a café, said": no one the story named)
                    or unnamed_on_purpose(coref.text, mention)):
                continue  # "the Gawker employee said": a definite description re-mentions someone known (not "its chief executive": _INTRODUCING)
        elif not mention.text.lower().startswith("the "):
            continue
        end = items[idx].end
        nxt = None
        for j in range(idx + 1, len(resolved)):  # (bounded by the distance: linear time)
            if items[j].start - end > _FORWARD_CHARS:
                break
            if items[j].start >= end and resolved[j][0] is not ent:
                nxt = j
                break
        if nxt is None:
            continue
        named, m2, _a2, _r2 = resolved[nxt]
        age = found.group(0).lower() if found is not None else None
        held = named.roles - _COURTESY if named is not None else set()
        # (an entity's first mention is its first in the list: the name pre-scan files them in text order)
        if (named is None or m2 is None or m2.kind not in {"name", "role"} or not named.names or named.kind != "person"
                or age is None and (not confirmed_person(named) or len(max(named.names, key=len).split()) < 2
                                    or named.title and not _courtesy_title(named.title) or named.mentions[0][0] < mention.start)
                or (ent.gender and named.gender and ent.gender != named.gender)
                or age is not None and any(r.endswith("-year-old") and r != age for r in named.roles)
                or mention.head != "year-old" and held and other_position(mention.roles, held)
                or _set_apart(coref.text, named.mentions[0][0], m2)):
            continue  # (a stated role of the named person must be the description's: "coach Anton Berg" is no striker)
        links[ent.eid] = (idx, named)
    if not links:
        return
    for k, (e2, m3, a3, _r3) in enumerate(resolved):
        if e2 is not None and (link := links.get(e2.eid)) is not None and k >= link[0]:
            if m3 is not None:
                coref._mention_of(link[1], m3)
            resolved[k] = (link[1], m3, a3, "description-chain")


def headline_forward(resolved: list[Any], coref: Coref) -> None:
    """News: '«We rebuilt the bakery first»: Dunmere's mayor, a year after
    the flood ¶ ... Sabine Lhermitte still keeps ... «...,» the mayor says':
    a headline's description of a person that the text never names stands
    for the named person that the body's first speaking description of the
    same role re-describes (the latest person named before it, surely a
    person, whose gender agrees and who holds no other position); every
    quote given to the headline's
    description, and to the body's descriptions chained to it, goes to that
    person."""
    if coref.headline_end < 0:
        return
    for ent, m, _a, _rule in resolved:
        if m is not None and m.start >= coref.headline_end:
            break  # (the items come in text order: the headline's first)
        if ent is None or m is None or ent.names or m.kind != "role" or ent.kind != "person":
            continue
        body = next((m2 for e2, m2, _a2, _r2 in resolved
                     if e2 is ent and m2 is not None and m2.start >= coref.headline_end and m2.kind == "role" and m2.head == m.head), None)
        if body is None:
            continue
        role = lexicon.roles().get(body.head)
        named = next((
            e for e in coref._before(body.start, limit=6)
            if e is not ent and e.kind == "person" and e.names and confirmed_person(e)
            and not (role is not None and role.gender and e.gender and role.gender != e.gender) and not other_position(body.roles, e.roles)
        ), None)  # (the latest person the description fits: a judge named since is no striker)
        if named is None:
            continue
        for k, (e2, m2, a2, _r2) in enumerate(resolved):
            if e2 is ent:
                if m2 is not None:
                    coref._mention_of(named, m2)
                resolved[k] = (named, m2, a2, "description-chain")


#: A fronted passive participle of questioning at a sentence's start
#: ("Asked by Mr Castellane whether ...,", "Pressed about Ruiz's remarks,"):
#: what follows is read only up to its comma.
_ASKED_BY = regex.compile(r"(?:Asked|Pressed|Questioned|Challenged|Quizzed)\b")


def asker_before(coref: Coref, pos: int) -> frozenset[int]:
    """'Asked by Mr Castellane whether he had raised it with Mr Pellow, he
    replied: ...': the people a fronted participle of questioning names
    (its agent asked; the others are asked about) when it opens the
    sentence of the pronoun at *pos*: the pronoun, the clause's subject, is
    the participle's own understood subject, none of them."""
    starts = coref.sentence_starts
    k = bisect_right(starts, pos) - 1
    if k < 0 or _ASKED_BY.match(coref.text, starts[k], pos) is None:
        return frozenset()
    end = coref.text.find(",", starts[k], pos)
    clause = coref.text[starts[k] : end if end > 0 else pos]
    return frozenset(e.eid for name in _NAME_RUN.findall(clause) if (e := coref.find(_strip_possessive(name))) is not None)


#: A run of capitalised words (a name, maybe with an honorific).
_NAME_RUN = regex.compile(r"\p{Lu}[\p{L}'\u2019\-]+(?:\s+\p{Lu}[\p{L}'\u2019\-]+)*")
